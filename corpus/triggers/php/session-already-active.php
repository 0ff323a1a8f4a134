<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d session.save_path=/tmp -d session.use_cookies=0 {file}
session_start();
$_SESSION['cart'] = [];
require_once __FILE__ === '' ? '' : 'php://memory';
session_start();
