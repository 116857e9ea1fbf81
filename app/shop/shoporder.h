#pragma once
// One of the customer's orders as its page shows it: lines, totals, how it is fulfilled (the
// store to collect from and the QR code to show there, or the address it ships to), its status in
// words, live from the cache; and what the customer may do with it: order the same again (the
// lines back in the cart, saying which products are no longer sold) and cancel while unpaid.

#include "app/session/session.h"

#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class Cart;

class ShopOrder : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(comptoir::app::Cart* cart MEMBER m_cart NOTIFY cartChanged)
    Q_PROPERTY(QString orderId READ orderId WRITE setOrderId NOTIFY orderIdChanged)
    Q_PROPERTY(bool known READ known NOTIFY orderChanged)
    Q_PROPERTY(QString number READ number NOTIFY orderChanged)
    Q_PROPERTY(QString status READ status NOTIFY orderChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY orderChanged)
    Q_PROPERTY(QString placedText READ placedText NOTIFY orderChanged)
    Q_PROPERTY(QString fulfillmentText READ fulfillmentText NOTIFY orderChanged)
    // A pickup the customer shows at the store (its QR code holds the order id).
    Q_PROPERTY(bool showsPickupCode READ showsPickupCode NOTIFY orderChanged)
    // [{name, sku, quantity, unitPriceText, lineTotalText}]
    Q_PROPERTY(QVariantList lines READ lines NOTIFY orderChanged)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY orderChanged)
    Q_PROPERTY(QString discountText READ discountText NOTIFY orderChanged)
    Q_PROPERTY(QString taxText READ taxText NOTIFY orderChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY orderChanged)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY orderChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // What the last reorder or cancel did, in words (empty before any).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The message says why something was not done (shown as a refusal).
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    explicit ShopOrder(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QString& orderId() const { return m_orderId; }
    void setOrderId(const QString& orderId);

    [[nodiscard]] bool known() const { return !m_order.isEmpty(); }
    [[nodiscard]] QString number() const;
    [[nodiscard]] QString status() const { return m_order.value(u"status"_qs).toString(); }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString placedText() const;
    [[nodiscard]] QString fulfillmentText() const;
    [[nodiscard]] bool showsPickupCode() const;
    [[nodiscard]] QVariantList lines() const;
    [[nodiscard]] QString subtotalText() const { return totalText(u"subtotal"_qs); }
    [[nodiscard]] QString discountText() const;
    [[nodiscard]] QString taxText() const { return totalText(u"tax"_qs); }
    [[nodiscard]] QString totalText() const { return totalText(u"total"_qs); }
    [[nodiscard]] bool canCancel() const { return status() == u"pending_payment" && !busy(); }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] bool refused() const { return m_refused; }

    // Puts the order's lines in the cart again; says which products are no longer sold.
    // Returns how many lines went in.
    Q_INVOKABLE int reorder();
    // POST /orders/{id}/cancel: only the owner of an unpaid order may.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void dismissMessage() { setMessage({}); }

signals:
    void sessionChanged();
    void cartChanged();
    void orderIdChanged();
    void orderChanged();
    void busyChanged();
    void messageChanged();

private:
    void read();
    void setMessage(const QString& message, bool refused = false);
    [[nodiscard]] QString totalText(const QString& key) const;
    [[nodiscard]] QString money(const QJsonValue& value) const;

    QPointer<Session> m_session;
    QPointer<Cart> m_cart;
    QString m_orderId;
    QJsonObject m_order;
    bool m_busy = false;
    QString m_message;
    bool m_refused = false;
};

} // namespace comptoir::app
