#pragma once
// VAT on tax-inclusive prices: rates per tax class and the one rounding rule every part uses.
//
// Rounding rule: the VAT contained in a line whose tax-inclusive total is G, at a rate of
// r basis points, is G × r / (10000 + r) rounded half away from zero to the minor unit,
// computed once per line in exact integer arithmetic. Order totals are sums of line figures:
// tax = Σ line tax, net = total − tax, so totals always add up to the cent. A discount on the
// whole order is first spread over the lines (allocateProportionally) and each line's VAT is
// taken on its discounted total.

#include <QList>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace comptoir {

enum class TaxClass { Standard, Reduced, Zero };

// 2000 (20 %), 550 (5.5 %), 0.
[[nodiscard]] int taxRateBp(TaxClass taxClass);
[[nodiscard]] QString toString(TaxClass taxClass);
[[nodiscard]] std::optional<TaxClass> taxClassFromString(const QString& text);

// VAT contained in a tax-inclusive amount (see the rounding rule above).
[[nodiscard]] qint64 vatIncluded(qint64 grossMinor, int rateBp);

// Splits `total` over `weights` in proportion, largest remainder first, so the parts
// always sum to `total` exactly. Weights must be non-negative; a zero total gives zeros, and
// a non-zero total over no weights or all-zero weights throws std::invalid_argument.
[[nodiscard]] QList<qint64> allocateProportionally(qint64 total, const QList<qint64>& weights);

} // namespace comptoir
