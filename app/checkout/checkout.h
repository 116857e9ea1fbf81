#pragma once
// Turns the cart into an order and sees it paid: at the counter (the order waits in the outbox
// and works offline), or here on the card terminal (needs the network while the shopper stands
// there: the order must reach the server, then the card is charged once, however often the
// answer is lost). The terminal is simulated: presenting a card number stands for a tap.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <functional>

#include "app/checkout/salepolicy.h"
#include "sync/net/onlinecall.h"

namespace comptoir::app {

class Cart;
class Session;

class Checkout : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The checkout belongs to App")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY orderChanged)
    Q_PROPERTY(QString orderNumber READ orderNumber NOTIFY orderChanged)
    Q_PROPERTY(QString orderReference READ orderReference NOTIFY orderChanged)
    // Where the order is, in the shopper's words (follows the server through the cache).
    Q_PROPERTY(QString orderStatusText READ orderStatusText NOTIFY orderChanged)
    Q_PROPERTY(QString qrPayload READ qrPayload NOTIFY orderChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY orderChanged)
    Q_PROPERTY(QString pickupStoreName READ pickupStoreName NOTIFY orderChanged)
    Q_PROPERTY(bool pickupElsewhere READ pickupElsewhere NOTIFY orderChanged)
    // The shop: the order is delivered (to this address, one line per part) rather than collected.
    Q_PROPERTY(bool delivery READ isDelivery NOTIFY orderChanged)
    Q_PROPERTY(QString deliveryAddress READ deliveryAddress NOTIFY orderChanged)

public:
    enum State {
        Idle,
        Placing,       // the order is on its way to the server
        AwaitingCard,  // the terminal waits for a card
        Authorizing,   // the card is being charged
        Paid,          // done: paid here
        Declined,      // the card was refused; the cart is kept
        SentToCounter, // done: the order waits for the shopper at the counter
        NeedsNetwork,  // paying here needs the server, which cannot be reached
        Failed,        // the order could not be placed (stock gone, server refused)
        Unconfirmed,   // the bank's answer was lost: the card may have been charged; staff decide
    };
    Q_ENUM(State)

    Checkout(Session& session, Cart& cart, SalePolicy policy, QObject* parent = nullptr);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] const QString& orderId() const { return m_orderId; }
    [[nodiscard]] const QString& orderNumber() const { return m_orderNumber; }
    [[nodiscard]] QString orderReference() const;
    [[nodiscard]] QString orderStatusText() const;
    [[nodiscard]] QString qrPayload() const;
    [[nodiscard]] const QString& totalText() const { return m_totalText; }
    [[nodiscard]] const QString& pickupStoreName() const { return m_pickupStoreName; }
    [[nodiscard]] bool pickupElsewhere() const { return m_pickupElsewhere; }
    [[nodiscard]] bool isDelivery() const { return !m_deliveryAddress.isEmpty(); }
    [[nodiscard]] const QString& deliveryAddress() const { return m_deliveryAddress; }

    // The shopper pays at the counter and leaves with the goods: works offline.
    Q_INVOKABLE void payAtCounter();
    // The shopper pays here by card; the goods wait at `locationId` (this store when empty).
    Q_INVOKABLE void payHere(const QString& locationId = {});
    // The shop: the order is shipped to `address` and paid by card (typed in, see payByCard).
    Q_INVOKABLE void deliverTo(const QString& address);
    // The simulated terminal read a card.
    Q_INVOKABLE void presentCard(const QString& number);
    // The shop: the customer typed the card. Tokenized by the server's simulator at once; the
    // number is only ever in this call's body, never in the cache, the outbox or a log.
    Q_INVOKABLE void payByCard(const QString& number, int expMonth, int expYear, const QString& cvc);
    // The shopper gave up paying here: the unpaid order is cancelled, the cart stays.
    Q_INVOKABLE void cancelPayment();
    // Back to the start: the next shopper.
    Q_INVOKABLE void reset();

signals:
    void stateChanged();
    void orderChanged();

public:
    // The shopper's analytics session, asked for when an order is placed (it carries the id).
    void setAnalyticsSession(std::function<QString()> current) { m_analyticsSession = std::move(current); }

private:
    void setState(State state, const QString& message = {});
    // Paying here needs the server: says so (NeedsNetwork) when the link is down.
    [[nodiscard]] bool refusedWithoutNetwork();
    [[nodiscard]] QString placeOrder(orders::Fulfillment fulfillment, const QString& locationId,
                                     bool offline);
    void onEntrySettled(qint64 entryId, bool applied, int status, const QString& reason);
    void readOrderFromCache();
    void pay(const QString& cardToken);
    // Tokenizes `card` (POST /payments/tokens), then pays the order with the token.
    void tokenizeAndPay(const QJsonObject& card);
    // In a store (the kiosk, the till) the counter is the way out of a refusal; at home it is not.
    [[nodiscard]] bool hasCounter() const { return m_policy.offers(orders::Fulfillment::CarryOut); }
    [[nodiscard]] QString declineMessage(const QString& code) const;
    void cancelUnpaidOrder();
    void abortCalls();

    Session& m_session;
    Cart& m_cart;
    SalePolicy m_policy;
    State m_state = Idle;
    QString m_message;
    QString m_orderId;
    QString m_orderNumber;
    QString m_orderStatus; // as in the cache: sync::kUnsentOrderStatus, then the server's
    QString m_totalText;
    QString m_pickupStoreName;
    bool m_pickupElsewhere = false;
    QString m_deliveryAddress;
    bool m_orderOnServer = false;
    qint64 m_entryId = 0;
    QTimer m_placeTimeout;
    QPointer<sync::OnlineCall> m_call;
    std::function<QString()> m_analyticsSession;
};

} // namespace comptoir::app
