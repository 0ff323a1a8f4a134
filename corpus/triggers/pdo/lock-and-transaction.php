<?php
// Row lock held by one connection while another waits; transaction state misuse; unbuffered result sets.
// Mode "all" catches every exception; "lock" and "unbuffered" leave one uncaught.
// hubls-needs: mariadb
// hubls-run: mariadb -e "CREATE DATABASE IF NOT EXISTS hubls_pdo"; for m in all lock unbuffered; do php -d display_errors=1 -d log_errors=0 {file} $m; done
$mode = $argv[1];
$dsn = 'mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=hubls_pdo;charset=utf8mb4';
$opts = [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION];
$a = new PDO($dsn, 'root', '', $opts);
$b = new PDO($dsn, 'root', '', $opts);
$a->exec('DROP TABLE IF EXISTS stock');
$a->exec('CREATE TABLE stock (sku VARCHAR(20) PRIMARY KEY, qty INT) ENGINE=InnoDB');
$a->exec("INSERT INTO stock VALUES ('A-1', 10), ('B-2', 5)");
$b->exec('SET SESSION innodb_lock_wait_timeout = 1');

function attempt(callable $work): void
{
    try {
        $work();
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), "\n";
    }
}

if ($mode === 'lock') {
    $a->beginTransaction();
    $a->exec("UPDATE stock SET qty = qty - 1 WHERE sku = 'B-2'");
    $b->exec("UPDATE stock SET qty = qty - 2 WHERE sku = 'B-2'");
}
if ($mode === 'unbuffered') {
    $c = new PDO($dsn, 'root', '', $opts + [PDO::MYSQL_ATTR_USE_BUFFERED_QUERY => false]);
    $rows = $c->query('SELECT * FROM stock');
    $rows->fetch();
    $total = $c->query('SELECT SUM(qty) FROM stock')->fetchColumn();
}
if ($mode === 'all') {
    $a->beginTransaction();
    $a->exec("UPDATE stock SET qty = qty - 1 WHERE sku = 'A-1'");
    attempt(fn () => $b->query("UPDATE stock SET qty = qty - 2 WHERE sku = 'A-1'"));
    $a->commit();
    attempt(fn () => $a->commit());
    attempt(fn () => $b->rollBack());
    attempt(function () use ($a) { $a->beginTransaction(); $a->beginTransaction(); });
    $c = new PDO($dsn, 'root', '', $opts + [PDO::MYSQL_ATTR_USE_BUFFERED_QUERY => false]);
    $rows = $c->query('SELECT * FROM stock');
    $rows->fetch();
    attempt(fn () => $c->exec("UPDATE stock SET qty = 0 WHERE sku = 'B-2'"));
}
