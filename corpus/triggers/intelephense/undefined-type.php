<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
namespace App\Http;

// Missing `use App\Models\Invoice;` and a typo in the exception class.
function show(int $id): Invoice
{
    throw new NotFoundExeption("invoice $id");
}

// Extension class (phpredis): not in the default stubs.
$cache = new \Redis();
