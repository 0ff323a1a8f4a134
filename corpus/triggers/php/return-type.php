<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
function findName(array $u): string { return $u['name'] ?? null; }
class Repo { public function count(): int { return "3 rows"; } }
if ($argv[1] === 'a') { findName([]); } else { (new Repo())->count(); }
