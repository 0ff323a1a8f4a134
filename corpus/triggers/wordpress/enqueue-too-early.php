<?php
// A plugin enqueues assets when its file loads instead of on the wp_enqueue_scripts hook.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in early; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'early' => ['chart-block/chart-block.php' => <<<'PHP'
<?php
/* Plugin Name: Chart Block */
wp_enqueue_script('chart-block', plugins_url('chart.js', __FILE__), [], '1.0', true);
wp_enqueue_style('chart-block', plugins_url('chart.css', __FILE__), [], '1.0');
PHP],
];
require __DIR__ . '/wp-site.inc.php';

