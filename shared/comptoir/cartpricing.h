#pragma once
// The arithmetic of a cart, shared by the server's quotes and orders and the client's offline
// cart, so a total shown on a kiosk without network is the total the server will charge.
// Rounding follows vat.h: the discount is spread over the lines, VAT is taken per line.

#include "comptoir/domain.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace comptoir {

struct PricingLine {
    qint64 lineTotal = 0; // tax-inclusive, before discount
    int taxRateBp = 0;
};

struct PricedTotals {
    QList<qint64> lineDiscounts; // each line's share of the discount
    QList<qint64> lineTaxes;     // VAT contained in (line total − its discount)
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

// Subtotal, discount spread over the lines, VAT per line, total. `discount` is clamped to the
// subtotal. Throws MoneyError on overflow.
[[nodiscard]] PricedTotals priceLines(const QList<PricingLine>& lines, qint64 discount);

// The discount a promotion gives on a subtotal (never more than the subtotal; none below its
// minimum subtotal).
[[nodiscard]] qint64 promotionDiscount(const Promotion& promotion, qint64 subtotal);

enum class PromotionRefusal { NotValidNow, UsedUp, OtherCurrency, BelowMinimum };

// Why a promotion cannot be used on this subtotal now, or nothing when it can.
[[nodiscard]] std::optional<PromotionRefusal> promotionRefusal(const Promotion& promotion, qint64 subtotal,
                                                               const QString& currency, const QDateTime& now);
// The refusal in the words of the API's field error ("is not valid at this time").
[[nodiscard]] QString describe(PromotionRefusal refusal, const Promotion& promotion, const QString& currency);

} // namespace comptoir
