<?php
// WordPress 6.1 (Debian package) booted with database settings that do not work; WP_DEBUG shows the details.
// Cases: wrong password over TCP, an unreachable host, a database name that does not exist.
// hubls-needs: mariadb
// hubls-run: mariadb -e "CREATE USER IF NOT EXISTS 'wp_app'@'localhost' IDENTIFIED BY 'wp-secret'; GRANT USAGE ON *.* TO 'wp_app'@'localhost'"; for c in password host database; do php -d display_errors=1 -d log_errors=0 -d mysqli.default_socket=/run/mysqld/mysqld.sock {file} $c; done
$case = $argv[1];
$settings = [
    'password' => ['wordpress', 'wp_app', 'wrong-secret', '127.0.0.1'],
    'host'     => ['wordpress', 'wp_app', 'wp-secret', '127.0.0.1:3307'],
    'database' => ['wp_production', 'wp_app', 'wp-secret', 'localhost'],
][$case];
define('DB_NAME', $settings[0]);
define('DB_USER', $settings[1]);
define('DB_PASSWORD', $settings[2]);
define('DB_HOST', $settings[3]);
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
define('WP_DEBUG', true);
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('ABSPATH', '/usr/share/wordpress/');
$_SERVER += ['HTTP_HOST' => 'example.test', 'SERVER_NAME' => 'example.test', 'REQUEST_URI' => '/', 'SERVER_PROTOCOL' => 'HTTP/1.1', 'REQUEST_METHOD' => 'GET'];
require ABSPATH . 'wp-settings.php';
