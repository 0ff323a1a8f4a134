<?php
// White screen: a plugin exhausts PHP memory (php.ini 32M; WordPress raises it to WP_MEMORY_LIMIT, 40M by default, 64M when set).
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in plugin core; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 -d memory_limit=32M {file} run $c; done
$case = $argv[2] ?? '';
if (($argv[2] ?? '') === 'core') { define('WP_MEMORY_LIMIT', '64M'); }
$plugins = [
    'plugin' => ['report-export/report-export.php' => <<<'PHP'
<?php
/* Plugin Name: Report Export */
add_action('init', function () {
    $rows = [];
    for ($i = 0; $i < 10000000; $i++) {
        $rows[] = ['id' => $i, 'title' => "Order #$i", 'total' => $i * 1.5];
    }
});
PHP],
    'core' => ['feed-cache/feed-cache.php' => <<<'PHP'
<?php
/* Plugin Name: Feed Cache */
add_action('init', function () {
    $html = str_repeat('<p>news & more</p>', 1500000);
    echo strlen(esc_html($html));
});
PHP],
];
require __DIR__ . '/wp-site.inc.php';

