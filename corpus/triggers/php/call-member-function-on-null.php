<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} user; php -d display_errors=1 -d log_errors=0 {file} order
class Repo { public function find($id) { return null; } }
$repo = new Repo();
if ($argv[1] === 'user') {
    echo $repo->find(1)->getName();
} else {
    $order = $repo->find(7);
    $order->save();
}
