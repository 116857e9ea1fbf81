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

// A staff discount (API.md, "Counter sales: staff discounts"): a percentage (1–100) or an amount
// in minor units, per unit on a line, on the whole for the order.
struct Discount {
    std::optional<int> percent;
    std::optional<qint64> amount;
    bool operator==(const Discount&) const = default;
};

// Above this percentage of what it applies to, a discount needs a manager's approval.
inline constexpr int kDiscountApprovalPercent = 20;

// What a line discount takes off a line of `quantity` at `unitPrice`: the percentage of the line
// total rounded half up to the cent, or the amount per unit times the quantity; never more than
// the line total. Throws MoneyError on overflow.
[[nodiscard]] qint64 lineDiscountAmount(const Discount& discount, qint64 unitPrice, qint64 quantity);
// What an order discount takes off `base` (the subtotal after line discounts): the percentage
// rounded half up, or the amount; never more than the base.
[[nodiscard]] qint64 orderDiscountAmount(const Discount& discount, qint64 base);
// Whether a discount goes above kDiscountApprovalPercent of what it applies to: a line's on its
// unit price (an amount is per unit), the order's on the subtotal after line discounts. Judged on
// the discount as given (20 % of 3 cents rounds to 1 cent and still needs no approval).
[[nodiscard]] bool discountNeedsApproval(const Discount& discount, qint64 base);

// One line of a cart as the arithmetic sees it.
struct PricingItem {
    qint64 unitPrice = 0; // tax-inclusive
    qint64 quantity = 0;
    int taxRateBp = 0;
    std::optional<Discount> discount; // the line's own staff discount
};

// Every figure of a cart with staff discounts and a promotion, in the order they apply: line
// discounts, then the order discount on what remains, then the promotion on what remains after
// that; the order discount and the promotion together are spread over the net lines as a
// promotion alone is (priceLines), and each line's VAT is taken on what is left of it.
struct CartFigures {
    QList<qint64> lineDiscounts; // each line's own discount
    QList<qint64> lineTotals;    // unit price × quantity − the line's own discount
    // Over the net lines: subtotal = Σ lineTotals, discount = orderDiscount + promotionDiscount,
    // lineDiscounts = each line's share of that discount, lineTaxes, tax, total.
    PricedTotals totals;
    qint64 orderDiscount = 0;
    qint64 promotionBase = 0; // what the promotion applies to: subtotal − orderDiscount
    qint64 promotionDiscount = 0;
    bool needsApproval = false; // some discount is above kDiscountApprovalPercent
};

// `promotion` may be null; a promotion below its minimum on promotionBase gives nothing (the
// server refuses it before: promotionRefusal on promotionBase). Throws MoneyError on overflow.
[[nodiscard]] CartFigures priceCartItems(const QList<PricingItem>& items,
                                         const std::optional<Discount>& orderDiscount,
                                         const Promotion* promotion);

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
