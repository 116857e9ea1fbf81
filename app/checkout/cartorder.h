#pragma once
// The order a cart becomes (POST /orders): its client-chosen id, the body sent, and the copy the
// cache shows until the server answers. Written once for every mode that sells: the kiosk's
// checkout and the till build their orders here and add only what is theirs.

#include "comptoir/orderenums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace comptoir::app {

class Cart;

struct CartOrder {
    QString id;
    QJsonObject body;  // POST /orders
    QJsonObject local; // the body plus the totals the cart showed, for the receipt meanwhile

    [[nodiscard]] QByteArray bodyBytes() const;
    [[nodiscard]] QByteArray localBytes() const;
};

struct CartOrderOptions {
    orders::Channel channel = orders::Channel::Kiosk;
    orders::Fulfillment fulfillment = orders::Fulfillment::CarryOut;
    QString locationId;
    bool offline = false;  // a carry-out sale made while the link is down
    QString currency;      // of the cart's totals
    QString customerEmail; // staff only: the customer account the sale is filed under (optional)
};

[[nodiscard]] CartOrder cartOrder(const Cart& cart, const CartOrderOptions& options);

} // namespace comptoir::app
