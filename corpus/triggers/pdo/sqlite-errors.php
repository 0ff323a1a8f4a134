<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
$cases = [
    fn () => (new PDO('sqlite:' . __DIR__ . '/app.db'))->query('SELECT * FROM users'),
    fn () => (new PDO('sqlite::memory:'))->prepare('SELECT id FROM orders WHERE total > ?'),
    fn () => new PDO('sqlite:' . __DIR__ . '/missing-dir/app.sqlite'),
    fn () => new PDO('sqlite:/var/lib/nonexistent/database.sqlite'),
];
foreach ($cases as $case) {
    try {
        $case();
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), "\n";
    }
}
// Laravel-style path whose directory does not exist on this machine
new PDO('sqlite:' . __DIR__ . '/database/database.sqlite');
