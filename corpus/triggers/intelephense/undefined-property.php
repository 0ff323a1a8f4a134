<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
class Order
{
    public int $total = 0;
    public ?string $couponCode = null;
}
$order = new Order();
echo $order->totl;
echo $order->coupon_code;
