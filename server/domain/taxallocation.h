#pragma once
// The VAT a payment (or a refund without lines) carries, by rate: its amount is spread over its
// order's lines in proportion to their totals after discounts (largest remainder, as pricing
// spreads a discount), each line's share gives its VAT by the one rounding rule (vat.h), and the
// shares are summed by rate. A payment of the whole order carries exactly the order's VAT.

#include "store/orderstore.h"
#include "store/paymentstore.h"

namespace comptoir::server {

// Highest rate first; `amount` in the order's currency, at most its total.
[[nodiscard]] QList<TaxShare> allocateTaxes(const OrderRecord& order, qint64 amount);

} // namespace comptoir::server
