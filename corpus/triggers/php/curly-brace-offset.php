<?php
// hubls-run: printf '<?php\n$name = "Ann";\necho $name{0};\n' > legacy.php; printf '<?php\n$row = [1, 2];\n$first = $row{0};\n' > legacy2.php; php -d display_errors=1 -d log_errors=0 legacy.php; php -d display_errors=1 -d log_errors=0 legacy2.php; php -d display_errors=1 -d log_errors=0 {file}
echo "ran\n";
