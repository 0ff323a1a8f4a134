<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d session.save_path=/tmp -d session.use_cookies=0 {file}
session_start();
$_SESSION['cart'] = [];
// a bootstrap file and a page both start the session
session_start();
$_SESSION['user_id'] = 7;
session_start();
