<?php
// This PHP lacks the mbstring, curl, zip, intl and xml extensions, like many minimal Docker images.
// hubls-run: for c in mb curl zip intl dom; do php -d display_errors=1 -d log_errors=0 {file} $c; done
if ($argv[1] === 'mb') { echo mb_strlen('Grüße'); }
if ($argv[1] === 'curl') { $ch = curl_init('https://example.com/'); }
if ($argv[1] === 'zip') { $zip = new ZipArchive(); }
if ($argv[1] === 'intl') { $f = new NumberFormatter('de_DE', NumberFormatter::CURRENCY); }
if ($argv[1] === 'dom') { $doc = new DOMDocument(); }
