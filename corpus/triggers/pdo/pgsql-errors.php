<?php
// hubls-needs: postgres
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
$pg = new PDO('pgsql:host=/tmp;dbname=postgres', 'postgres', '', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$pg->exec('DROP TABLE IF EXISTS accounts');
$pg->exec('CREATE TABLE accounts (id serial PRIMARY KEY, email text UNIQUE NOT NULL)');
$pg->exec("INSERT INTO accounts (email) VALUES ('ann@example.com')");
$cases = [
    fn () => $pg->query('SELECT * FROM users'),
    fn () => $pg->query('SELECT * FROM "Accounts"'),
    fn () => $pg->query('SELECT emial FROM accounts'),
    fn () => $pg->query('SELECT id FROM accounts ORDER BY created_at'),
    fn () => $pg->prepare('INSERT INTO accounts (email) VALUES (?)')->execute(['ann@example.com']),
    fn () => $pg->prepare('INSERT INTO accounts (id, email) VALUES (?, ?)')->execute([1, 'bob@example.com']),
    fn () => new PDO('pgsql:host=127.0.0.1;port=5499;dbname=app', 'app', 'secret'),
    fn () => new PDO('pgsql:host=/tmp;dbname=shop', 'postgres', ''),
];
foreach ($cases as $case) {
    try {
        $case();
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), "\n";
    }
}
