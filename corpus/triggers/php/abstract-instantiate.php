<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
abstract class Shape { abstract public function area(): float; }
interface PaymentGateway { public function charge(int $cents): bool; }
if ($argv[1] === 'a') { $s = new Shape(); } else { $g = new PaymentGateway(); }
