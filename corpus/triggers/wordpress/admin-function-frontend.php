<?php
// Plugins that call wp-admin/includes functions on front-end requests, where those files are not loaded.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in active upload; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'active' => ['shop-addon/shop-addon.php' => <<<'PHP'
<?php
/* Plugin Name: Shop Addon */
add_action('init', function () {
    if (is_plugin_active('woocommerce/woocommerce.php')) {
        add_filter('the_content', fn ($c) => $c);
    }
});
PHP],
    'upload' => ['avatar-import/avatar-import.php' => <<<'PHP'
<?php
/* Plugin Name: Avatar Import */
add_action('init', function () {
    $tmp = download_url('https://example.test/avatar.png');
});
PHP],
];
require __DIR__ . '/wp-site.inc.php';

