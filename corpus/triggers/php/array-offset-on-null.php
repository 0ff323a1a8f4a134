<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
function findUser($id) { return null; }
$user = findUser(3);
echo $user['email'], "\n";
$count = false;
echo $count[0], "\n";
$n = 5;
echo $n['x'], "\n";
