<?php
// Shared by the WordPress triggers (each names it in `hubls-include:`): plays wp-config.php for WordPress
// 6.1 from Debian's package against MariaDB, and with `install` sets up a fresh site with the trigger's
// $plugins[$case] active; otherwise it loads WordPress, and the trigger's own code runs after it.
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
