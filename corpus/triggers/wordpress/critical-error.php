<?php
// A fatal error in a plugin on a site that does not display errors: WordPress shows its "critical error" page.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; wp-site.inc.php plays
// wp-config.php and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-include: wp-site.inc.php
// hubls-run: for c in front admin; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 -d error_log=/dev/null {file} run $c; done
$case = $argv[2] ?? '';
define('WP_DEBUG_DISPLAY', false);
if (($argv[2] ?? '') === 'admin') { define('WP_ADMIN', true); $_SERVER['REQUEST_URI'] = '/wp-admin/'; }
$plugins = [
    'front' => ['members-only/members-only.php' => <<<'PHP'
<?php
/* Plugin Name: Members Only */
if (current_user_can('manage_options')) {
    add_action('admin_notices', function () { echo 'Hello admin'; });
}
PHP],
    'admin' => ['stats-widget/stats-widget.php' => <<<'PHP'
<?php
/* Plugin Name: Stats Widget */
add_action('init', function () {
    $stats = stats_widget_fetch();
});
PHP],
];
require __DIR__ . '/wp-site.inc.php';

