#pragma once
// Orders: placement with atomic reservation and promotion use, who may see what, the status
// machine of API.md, cancellation (releasing stock, refunding captured payments) and the
// sweeper that cancels unpaid orders past their reservation.

#include "domain/errors.h"
#include "domain/paymentgateway.h"
#include "domain/pricing.h"
#include "domain/principal.h"
#include "store/store.h"

#include <chrono>
#include <functional>

namespace comptoir::server {

struct PreparedOrder {
    OrderRecord record;
    LocationId stockAt;
    LocationId store;
    bool usesPromotion = false;
    QString sessionId; // the shopper's analytics session (API.md "Analytics"), kept on the order
};

struct OrderSettings {
    QString currency = u"EUR"_qs;
    std::chrono::seconds reservationWindow{15 * 60};
};

class OrderService {
public:
    OrderService(Store& store, PaymentGateway& gateway, OrderSettings settings)
        : m_store(store), m_gateway(gateway), m_settings(std::move(settings))
    {
    }

    // Figures only: a staff discount is priced (403 for anyone below staff) but no approval is
    // checked; the answer says whether the order will need one.
    [[nodiscard]] PricedCart quote(const Principal& principal, const QJsonObject& body);
    // Placing an order is two steps so that parsing and pricing (reads) happen before the store's
    // write lock is taken: prepareOrder validates and prices; commitOrder, inside the
    // transaction, takes the promotion use, reserves, numbers and saves. Prices are those read
    // in the first step, moments before, as a quote's would be.
    [[nodiscard]] PreparedOrder prepareOrder(const Principal& principal, const QJsonObject& body);
    OrderRecord commitOrder(PreparedOrder prepared);
    // 404 when the order does not exist or is not the principal's to see.
    [[nodiscard]] OrderRecord visibleOrder(const Principal& principal, const OrderId& id);
    [[nodiscard]] Page<Order> list(const Principal& principal, OrderQuery query);
    OrderRecord cancel(const Principal& principal, const OrderId& id);
    OrderRecord setStatus(const Principal& principal, const OrderId& id, const QString& status);
    // Cancels unpaid orders whose reservation has expired; returns how many.
    int sweepExpired(const QDateTime& now);

    [[nodiscard]] static bool canSee(const Principal& principal, const OrderRecord& record);

    // Told, in the transaction that saves it, of each order whose status changed (the mails of
    // OrderMails). PaymentService reports the orders its payments make paid through it too.
    void setStatusListener(std::function<void(const OrderRecord&)> listener)
    {
        m_statusListener = std::move(listener);
    }
    void statusChanged(const OrderRecord& record) const
    {
        if (m_statusListener)
            m_statusListener(record);
    }

private:
    struct ApprovalRequest {
        QString email;
        QString pin;
    };
    // The manager who approves a discount above 20 % (API.md "Counter sales: staff discounts"):
    // 403 when offline, missing, wrong, locked or not a manager's.
    UserId approver(bool offline, const std::optional<ApprovalRequest>& approval);
    // The customer a counter sale is attached to by the email the cashier typed (an addition to
    // API.md: `"customer_email"` on staff orders), so it joins their history and their returns.
    // Only staff+ name one (403 otherwise). An address with no customer account → 422, unless the
    // sale is offline: it already happened, so it is kept without a customer rather than refused.
    UserId customerNamed(const Principal& principal, const QString& email, bool offline);

    struct Placement {
        LocationId store;
        LocationId stockAt;
        QString channel;
    };
    LocationId defaultShippingLocation();
    Placement resolvePlacement(const Principal& principal, CartRequest& cart, bool offline,
                               const QString& channel);
    // Cancels in the current transaction: refunds captured payments, releases stock, gives back
    // the promotion use. When the processor refuses a refund (or does not answer), the order
    // keeps its status and stock, the refunds it did make are recorded, and the 502 to answer is
    // returned, for the caller to throw once this is committed: a rollback would forget refunds
    // that the processor made.
    [[nodiscard]] std::optional<Unavailable> cancelInTransaction(OrderRecord& record, const QString& reason);

    Store& m_store;
    PaymentGateway& m_gateway;
    OrderSettings m_settings;
    std::function<void(const OrderRecord&)> m_statusListener;
};

// "loc_paris" → "PAR": the prefix of a store's order numbers.
[[nodiscard]] QString orderNumberPrefix(const LocationId& store);

} // namespace comptoir::server
