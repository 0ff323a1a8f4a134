<?php
// hubls-run: node run-intelephense.js {file}
// hubls-include: run-intelephense.js
// hubls-tool: intelephense
interface PaymentGateway
{
    public function charge(int $cents): bool;
    public function refund(string $chargeId): bool;
}
class StripeGateway implements PaymentGateway
{
    public function charge(int $cents): bool { return $cents > 0; }
}
abstract class Report { abstract public function rows(): array; }
class SalesReport extends Report {}
