<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
include 'config.php';
include __DIR__ . '/includes/header.php';
$data = file_get_contents('storage/users.json');
require 'vendor/autoload.php';
