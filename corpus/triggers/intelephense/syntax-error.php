<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
$total = 10
$tax = 2;
function price(int $cents { return $cents / 100; }
$rates = ['eu' => 20, 'uk' => 17.5;
if ($total > 0) {
    echo $total;
