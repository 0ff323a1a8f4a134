<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
$latin1 = "Gr\xFC\xDFe";
echo utf8_encode($latin1), "\n";
echo bin2hex(utf8_decode('Grüße')), "\n";
