<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
class Mailer
{
    public function send(string $to): bool { return $to !== ''; }
    public function queue(string $to): bool { return $to !== ''; }
}
Mailer::send('ops@example.com');
Mailer::queue('ops@example.com');
