<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}; php -d display_errors=1 -d log_errors=0 -r 'print_r(PDO::getAvailableDrivers());'
foreach (['sqlsrv:Server=localhost;Database=shop', 'odbc:DSN=warehouse', 'oci:dbname=//localhost:1521/XE'] as $dsn) {
    try {
        new PDO($dsn, 'app', 'secret');
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), ' (', strtok($dsn, ':'), ")\n";
    }
}
new PDO('sqlsrv:Server=localhost;Database=shop', 'app', 'secret');
