<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
function handler(array $request, array $context): array
{
    $started = microtime(true);
    return $request;
}
