<?php
// This PHP has no mbstring, intl or gd extension installed, like many minimal Docker images.
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} mb; php -d display_errors=1 -d log_errors=0 {file} gd; php -d display_errors=1 -d log_errors=0 {file} intl
if ($argv[1] === 'mb') { echo mb_strlen('Grüße'); }
if ($argv[1] === 'gd') { $img = imagecreatetruecolor(100, 100); }
if ($argv[1] === 'intl') { $f = new NumberFormatter('de_DE', NumberFormatter::CURRENCY); }
