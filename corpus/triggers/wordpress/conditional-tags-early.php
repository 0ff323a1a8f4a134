<?php
// A plugin calls conditional tags (is_front_page, is_singular) when its file loads, before the main query ran.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in early; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'early' => ['home-banner/home-banner.php' => <<<'PHP'
<?php
/* Plugin Name: Home Banner */
if (is_front_page()) {
    add_action('wp_footer', function () { echo '<div class="banner">Welcome</div>'; });
}
if (is_singular('product')) {
    add_filter('the_content', fn ($c) => $c . '<p>Free shipping</p>');
}
PHP],
];
require __DIR__ . '/wp-site.inc.php';

