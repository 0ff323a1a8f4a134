<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class UserService { private PDO $pdo; public function count(): int { return (int) $this->pdo->query('SELECT 1')->fetchColumn(); } }
class Order { public int $id; public ?string $note; }
if ($argv[1] === 'a') { (new UserService())->count(); }
else { $o = new Order(); echo $o->note; }
