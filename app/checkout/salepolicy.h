#pragma once
// What a mode sells and how, given to Checkout: the channel its orders carry, the fulfilments it
// offers, whether a carry-out sale completes without the network (through the outbox), and
// whether the person at the screen takes cash. The kiosk, the shop and the till differ only here.

#include "comptoir/orderenums.h"

#include <QList>

namespace comptoir::app {

struct SalePolicy {
    orders::Channel channel = orders::Channel::Kiosk;
    QList<orders::Fulfillment> fulfillments;
    bool sellsOffline = false; // a carry-out sale is accepted offline and sent when the link is back
    bool takesCash = false;    // staff at a till; a kiosk sends the shopper to the counter

    [[nodiscard]] bool offers(orders::Fulfillment f) const { return fulfillments.contains(f); }

    // In a store: pay at the counter (works offline) or here by card, for now or for pickup.
    static SalePolicy kiosk()
    {
        return {orders::Channel::Kiosk,
                {orders::Fulfillment::CarryOut, orders::Fulfillment::Pickup},
                true,
                false};
    }
    // At home: pickup in a store or delivery, paid by card, online only.
    static SalePolicy shop()
    {
        return {
            orders::Channel::Web, {orders::Fulfillment::Pickup, orders::Fulfillment::Delivery}, false, false};
    }
    // At the till: carry-out (cash works offline) or pickup elsewhere.
    static SalePolicy till()
    {
        return {
            orders::Channel::Pos, {orders::Fulfillment::CarryOut, orders::Fulfillment::Pickup}, true, true};
    }
};

} // namespace comptoir::app
