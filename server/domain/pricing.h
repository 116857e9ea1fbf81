#pragma once
// The one pricing function of the server: quotes and orders both call it, so the order placed
// from a quote can never differ from it. Rounding follows shared/comptoir/vat.h.

#include "store/store.h"

#include <QJsonObject>

namespace comptoir::server {

struct CartLine {
    QString sku;
    qint64 quantity = 0;
};

struct CartRequest {
    QList<CartLine> lines;
    QString promoCode;
    Fulfillment fulfillment;
};

struct PricedLine {
    OrderLine line;       // sku, name, quantity, unit price, rate, line total (before discount)
    qint64 discount = 0;  // this line's share of the order discount
    qint64 tax = 0;       // VAT contained in (line total − discount)
    qint64 available = 0; // at the fulfilling location, when there is one
    bool availabilityKnown = false;
};

struct PricedCart {
    QList<PricedLine> lines;
    Totals totals;
    std::optional<Promotion> promotion;
};

inline constexpr qint64 kMaxLineQuantity = 10'000;
inline constexpr int kMaxCartLines = 200;

// Reads and validates {"lines", "promo_code", "fulfillment"}; throws ValidationError naming
// each bad field. Does not look anything up.
[[nodiscard]] CartRequest readCartRequest(const QJsonObject& body);

// Prices a cart against the catalog and promotions as they are now; throws a 422 on unknown
// or archived SKUs, and on unknown, expired or exhausted promo codes (field promo_code).
// `stockAt` is where availability is reported (may be empty).
[[nodiscard]] PricedCart priceCart(const CartRequest& cart, Store& store, const LocationId& stockAt,
                                   const QString& currency, const QDateTime& now);

// The quote answer of API.md.
[[nodiscard]] QJsonObject quoteJson(const PricedCart& cart);

} // namespace comptoir::server
