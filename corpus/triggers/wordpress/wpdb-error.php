<?php
// Queries through $wpdb against a missing table and a misspelt column, with WP_DEBUG on.
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
global $wpdb;
$wpdb->get_results("SELECT * FROM {$wpdb->prefix}reports");
$wpdb->get_var("SELECT post_titel FROM {$wpdb->posts} LIMIT 1");
