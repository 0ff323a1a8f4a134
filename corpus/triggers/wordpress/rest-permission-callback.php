<?php
// REST routes registered without a permission_callback (notice since WordPress 5.5).
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in run; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'run' => [],
];
require __DIR__ . '/wp-site.inc.php';
add_action('rest_api_init', function () {
    register_rest_route('myplugin/v1', '/items', ['methods' => 'GET', 'callback' => fn () => []]);
    register_rest_route('shop/v2', '/orders/(?P<id>\d+)', ['methods' => 'POST', 'callback' => fn () => []]);
});
rest_get_server();
