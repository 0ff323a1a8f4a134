<?php
// Connection failures of pdo_mysql: missing socket file, closed TCP port, unknown host name.
// hubls-needs: mariadb
// hubls-run: for a in all socket refused; do php -d display_errors=1 -d log_errors=0 -d pdo_mysql.default_socket=/tmp/mysql.sock {file} $a; done
$dsns = [
    'mysql:host=localhost;dbname=shop',                   // localhost = unix socket at the default path
    'mysql:unix_socket=/var/run/mysql/mysql.sock;dbname=app',
    'mysql:host=127.0.0.1;port=3307;dbname=shop',         // nothing listens on 3307
    'mysql:host=127.0.0.1;port=3399;dbname=app',
    'mysql:host=db;dbname=shop',                          // a docker-compose service name used outside docker
    'mysql:host=mysql.internal.invalid;dbname=app',
];
if ($argv[1] === 'socket') {
    $pdo = new PDO('mysql:host=localhost;dbname=shop', 'app', 'secret');
}
if ($argv[1] === 'refused') {
    $pdo = new PDO('mysql:host=127.0.0.1;port=3307;dbname=shop', 'app', 'secret');
}
foreach ($dsns as $dsn) {
    try {
        new PDO($dsn, 'app', 'secret', [PDO::ATTR_TIMEOUT => 2]);
    } catch (PDOException $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
