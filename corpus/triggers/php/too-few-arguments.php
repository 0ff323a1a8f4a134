<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class Invoice { public function __construct($customer, $amount) {} }
function sendMail($to, $subject, $body) { return true; }
if ($argv[1] === 'a') { sendMail('a@b.c', 'Hi'); }
else { new Invoice('ACME'); }
