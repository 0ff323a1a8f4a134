<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
function send_mail($to, $subject = 'Hello', $body) { return true; }
class Report { public function export($format = 'csv', array $rows) { return $rows; } }
echo "loaded\n";
