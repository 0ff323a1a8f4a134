<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class Mailer { private function send($to) { return true; } }
class Signup { public function run(Mailer $m) { return $m->send('a@b.c'); } }
if ($argv[1] === 'a') { (new Mailer())->send('x@y.z'); }
else { (new Signup())->run(new Mailer()); }
