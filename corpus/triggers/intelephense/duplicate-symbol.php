<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
function format_price(int $cents): string { return number_format($cents / 100, 2); }
function format_price(int $cents): string { return '$' . number_format($cents / 100, 2); }
class Invoice {}
class Invoice {}
