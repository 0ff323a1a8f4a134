<?php
// hubls-run: printf '<?php\nclass Helper { }\n' > Helper.php; printf '<?php\nnamespace App;\nclass Logger { }\n' > Logger.php; php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
if ($argv[1] === 'a') { include 'Helper.php'; include 'Helper.php'; }
else { include 'Logger.php'; include 'Logger.php'; }
