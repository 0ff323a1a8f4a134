<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b; php -d display_errors=1 -d log_errors=0 {file} c
declare(strict_types=1);
function addDays(int $days): int { return $days * 86400; }
function greet(string $name): string { return "Hi $name"; }
if ($argv[1] === 'a') { echo addDays("3"); }
if ($argv[1] === 'b') { echo greet(null); }
if ($argv[1] === 'c') { echo strlen([1, 2]); }
