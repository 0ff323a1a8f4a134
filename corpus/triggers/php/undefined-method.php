<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class Cart { public function addItem($sku) { return $this; } }
class Str {}
if ($argv[1] === 'a') { (new Cart())->add('sku-1'); }
else { echo Str::slugify('Hello World'); }
