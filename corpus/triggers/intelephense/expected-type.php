<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
declare(strict_types=1);

class User {}
function notify(User $user): void { echo get_class($user); }
function retries(int $n): int { return $n; }
notify(new DateTime());
retries("3");
retries(getenv('RETRIES'));
