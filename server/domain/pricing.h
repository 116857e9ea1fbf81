#pragma once
// The one pricing function of the server: quotes and orders both call it, so the order placed
// from a quote can never differ from it. Rounding follows shared/comptoir/vat.h.

#include "comptoir/cartpricing.h"
#include "store/store.h"

#include <QJsonObject>

namespace comptoir::server {

// A staff discount as asked for (API.md "Counter sales: staff discounts"); its currency is
// checked against the prices when the cart is priced.
struct DiscountRequest {
    std::optional<int> percent;
    std::optional<Money> amount; // per unit on a line
    QString reason;              // the order's discount only
};

struct CartLine {
    QString sku;
    qint64 quantity = 0;
    std::optional<DiscountRequest> discount = std::nullopt;
};

struct CartRequest {
    QList<CartLine> lines;
    QString promoCode;
    Fulfillment fulfillment;
    std::optional<DiscountRequest> discount; // on the whole order

    // Whether any line or the order carries a staff discount.
    [[nodiscard]] bool hasStaffDiscount() const;
};

struct PricedLine {
    OrderLine line;       // sku, name, quantity, unit price, rate, its own discount, line total net of it
    qint64 discount = 0;  // this line's share of the order-level discounts (staff and promotion)
    qint64 tax = 0;       // VAT contained in (line total − discount)
    qint64 available = 0; // at the fulfilling location, when there is one
    bool availabilityKnown = false;
};

struct PricedCart {
    QList<PricedLine> lines;
    Totals totals; // subtotal: Σ net line totals; discount: the order's discount + the promotion's
    std::optional<Promotion> promotion;
    std::optional<OrderDiscount> discount; // the staff's discount on the whole order, applied
    bool needsApproval = false;            // some discount is above kDiscountApprovalPercent
};

inline constexpr qint64 kMaxLineQuantity = 10'000;
inline constexpr int kMaxCartLines = 200;

// Reads and validates {"lines" (each with its optional "discount"), "promo_code", "fulfillment",
// "discount"}; throws ValidationError naming each bad field. Does not look anything up, and does
// not judge who may give a discount (OrderService does).
[[nodiscard]] CartRequest readCartRequest(const QJsonObject& body);

// Prices a cart against the catalog and promotions as they are now (shared/comptoir/cartpricing.h
// does the arithmetic, as a till offline does); throws a 422 on unknown or archived SKUs, on
// discounts in another currency or above what they apply to, and on unknown, expired or
// exhausted promo codes (field promo_code), judged on the subtotal after staff discounts.
// `stockAt` is where availability is reported (may be empty).
[[nodiscard]] PricedCart priceCart(const CartRequest& cart, Store& store, const LocationId& stockAt,
                                   const QString& currency, const QDateTime& now);

// The quote answer of API.md.
[[nodiscard]] QJsonObject quoteJson(const PricedCart& cart);

} // namespace comptoir::server
