<?php
// A plugin calls user functions at load time, before WordPress has loaded pluggable.php.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in cap login; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';

$plugins = [
    'cap' => ['members-only/members-only.php' => <<<'PHP'
<?php
/* Plugin Name: Members Only */
if (current_user_can('manage_options')) {
    add_action('admin_notices', function () { echo 'Hello admin'; });
}
PHP],
    'login' => ['login-redirect/login-redirect.php' => <<<'PHP'
<?php
/* Plugin Name: Login Redirect */
if (!is_user_logged_in()) {
    add_action('template_redirect', 'auth_redirect');
}
PHP],
];
require __DIR__ . '/wp-site.inc.php';

