<?php
// Plugins that call wp-admin/includes functions on front-end requests, where those files are not loaded.
// Runs WordPress 6.1 from Debian's package (/usr/share/wordpress) against MariaDB; this file plays wp-config.php
// and installs a fresh site with the plugins below for each case.
// hubls-needs: mariadb
// hubls-run: for c in active upload; do mariadb -e "DROP DATABASE IF EXISTS hubls_wp; CREATE DATABASE hubls_wp"; php {file} install $c >/dev/null 2>&1; php -d display_errors=1 -d log_errors=0 {file} run $c; done
$case = $argv[2] ?? '';
define('DB_NAME', 'hubls_wp');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:/run/mysqld/mysqld.sock');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_DEBUG', true);
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('ABSPATH', '/usr/share/wordpress/');
$_SERVER += ['HTTP_HOST' => 'example.test', 'SERVER_NAME' => 'example.test', 'REQUEST_URI' => '/', 'SERVER_PROTOCOL' => 'HTTP/1.1', 'REQUEST_METHOD' => 'GET'];

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
if ($argv[1] === 'install') {
    foreach ($plugins[$case] ?? [] as $file => $code) {
        @mkdir(dirname(WP_CONTENT_DIR . "/plugins/$file"), 0777, true);
        file_put_contents(WP_CONTENT_DIR . "/plugins/$file", $code);
    }
    define('WP_INSTALLING', true);
    require ABSPATH . 'wp-settings.php';
    require ABSPATH . 'wp-admin/includes/upgrade.php';
    wp_install('Hubls', 'admin', 'admin@example.test', false, '', 'admin-password');
    update_option('active_plugins', array_keys($plugins[$case] ?? []));
    exit;
}
require ABSPATH . 'wp-settings.php';

