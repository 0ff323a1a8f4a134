<?php
// hubls-run: printf '<?php\nfunction format_price($p) { return $p; }\n' > helpers.php; printf '<?php\nfunction connect_db() { return 1; }\n' > db.php; php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
if ($argv[1] === 'a') {
    include 'helpers.php';
    include 'helpers.php';
} else {
    function connect_db() { return 2; }
    require 'db.php';
}
