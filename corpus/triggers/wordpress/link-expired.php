<?php
// An admin action whose nonce does not verify (expired or missing): check_admin_referer() stops the request.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in plain referer; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'plain' => [], 'referer' => [],
];
require __DIR__ . '/wp-site.inc.php';
wp_set_current_user(1);
$_REQUEST['_wpnonce'] = 'abc123';
if ($case === 'referer') {
    $_SERVER['HTTP_REFERER'] = admin_url('admin.php?page=reports');
}
check_admin_referer('delete-report_7');
