<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class Db { private $pdo; public function query($sql) { return $this->pdo; } }
class Str { public function slug($s) { return strtolower($s); } }
if ($argv[1] === 'a') { Db::query('select 1'); }
else { echo Str::slug('Hello'); }
