<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
namespace App\Http\Controllers;
if ($argv[1] === 'a') {
    $client = new \GuzzleHttp\Client();
} else {
    $user = new User();
}
