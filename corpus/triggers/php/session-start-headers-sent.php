<?php
// Served by PHP's built-in web server so real response headers exist.
// hubls-run: printf '<?php\nfunction page_title() { return "Login"; }\n?%s\n\n' '>' > layout.php; php -d display_errors=1 -d log_errors=0 -d output_buffering=0 -d html_errors=0 -S 127.0.0.1:18082 >/dev/null 2>&1 & pid=$!; sleep 1; curl -s 'http://127.0.0.1:18082/{file}?case=echo'; curl -s 'http://127.0.0.1:18082/{file}?case=include'; kill $pid
if ($_GET['case'] === 'echo') {
    echo "<html><body>\n";
    session_start();
} else {
    require __DIR__ . '/layout.php';
    if (session_status() !== PHP_SESSION_ACTIVE) {
        session_start();
    }
}
$_SESSION['user_id'] = 42;
