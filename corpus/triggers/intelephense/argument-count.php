<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
function send_mail(string $to, string $subject, string $body = ''): bool { return $to !== '' && $subject !== '' && $body !== 'x'; }
function pad(string $s, int $width): string { return str_pad($s, $width); }
send_mail('ops@example.com');
pad('x', 4, ' ', STR_PAD_LEFT);
send_mail('a@example.com', 'hi', 'body', 'extra');
function transfer(int $from, int $to, int $cents): void { echo $from + $to + $cents; }
transfer(1, 2);
