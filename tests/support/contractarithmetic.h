#pragma once
// The contract's money arithmetic (API.md: rounding of a percentage, allocation of a discount
// over lines, VAT contained in a price), written by the suites on their own on purpose: the
// server's figures are checked against this, never against the server's own code.

#include <QList>
#include <QtGlobal>

namespace comptoir::test {

// `percent` of `amount`, rounded half up, as the contract rounds a percentage discount.
[[nodiscard]] qint64 percentOf(qint64 amount, int percent);
// Splits `total` over `weights` in proportion, the largest remainders taking the cents left
// (ties to the earlier), as pricing allocates an order discount.
[[nodiscard]] QList<qint64> largestRemainder(qint64 total, const QList<qint64>& weights);
// The VAT contained in a tax-inclusive amount at `rateBp`, rounded half away from zero.
[[nodiscard]] qint64 vatIn(qint64 gross, int rateBp);

} // namespace comptoir::test
