<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
final class Money { public function __construct(public readonly int $amount, public readonly string $currency) {} }
$m = new Money(100, 'EUR');
if ($argv[1] === 'a') { $m->amount = 200; } else { $m->currency = 'USD'; }
