<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
function total(array $items): float
{
    foreach ($items as $item) {
        $subtotal = $item['price'] * $item['qty'];
    }
    return $subTotal;             // assigned as $subtotal above
}
function greet(): string
{
    return "Hello $username";
}
