<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
class Account
{
    private const SALT = 'pepper';
    private string $password = '';
    protected int $balance = 0;
    private function hash(): string { return md5(self::SALT . $this->password); }
}
$account = new Account();
echo $account->hash();
echo $account->balance;
class AuditLog
{
    public function record(Account $account): string { return Account::SALT . spl_object_id($account); }
}
