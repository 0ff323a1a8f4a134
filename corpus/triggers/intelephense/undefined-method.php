<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
class Cart
{
    public function addItem(string $sku): static { return $this; }
    public static function fromSession(): self { return new self(); }
}
$cart = new Cart();
$cart->add('sku-1');          // the method is addItem()
Cart::fromRequest();          // the factory is fromSession()
