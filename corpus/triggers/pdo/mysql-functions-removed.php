<?php
// Legacy ext/mysql code: the mysql_* functions were removed in PHP 7.0.
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} connect; php -d display_errors=1 -d log_errors=0 {file} escape
if ($argv[1] === 'connect') {
    $link = mysql_connect('localhost', 'app', 'secret');
} else {
    $name = mysql_real_escape_string($_GET['name'] ?? 'ann');
}
