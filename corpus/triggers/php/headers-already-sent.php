<?php
// Served by PHP's built-in web server so real response headers exist.
// hubls-run: php -d display_errors=1 -d log_errors=0 -d output_buffering=0 -d html_errors=0 -S 127.0.0.1:18081 >/dev/null 2>&1 & pid=$!; sleep 1; curl -s 'http://127.0.0.1:18081/{file}?case=redirect'; curl -s 'http://127.0.0.1:18081/{file}?case=cookie'; kill $pid
if ($_GET['case'] === 'redirect') {
    echo "<p>Saving...</p>\n";
    header('Location: /dashboard');
    exit;
}
?>

<?php
setcookie('theme', 'dark');
echo "done\n";
