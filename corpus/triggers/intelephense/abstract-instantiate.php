<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
abstract class Repository { abstract public function find(int $id): ?array; }
abstract class Job { abstract public function handle(): void; }
$repo = new Repository();
$job = new Job();
