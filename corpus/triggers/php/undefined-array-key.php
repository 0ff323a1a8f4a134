<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
$config = ['host' => 'localhost'];
echo $config['port'], "\n";
$row = [10, 20];
echo $row[2], "\n";
$_POST = [];
$email = $_POST["email"];
