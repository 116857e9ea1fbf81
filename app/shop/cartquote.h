#pragma once
// The server's word on the cart (POST /quotes, no side effect): its totals with the VAT they
// include, the promo code refused in words (a customer's feed carries no promotions: only the
// server can judge a code), and, for a pickup store or a delivery, the lines it cannot supply in
// full. The figures carry the names CartTotals reads, so a page shows the server's totals with
// the same control as the kiosk's cart.

#include "app/cart/cart.h"
#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

namespace comptoir::app {

class CartQuote : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(comptoir::app::Cart* cart READ cart WRITE setCart NOTIFY inputsChanged REQUIRED)
    // "" (no fulfilment yet: totals and the code only), "pickup" or "delivery".
    Q_PROPERTY(QString fulfillmentType READ fulfillmentType WRITE setFulfillmentType NOTIFY inputsChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY inputsChanged)
    Q_PROPERTY(QString address READ address WRITE setAddress NOTIFY inputsChanged)
    // Asks again by itself when the cart or the inputs change (the cart page); else on refresh().
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY inputsChanged)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY changed)
    Q_PROPERTY(QString discountText READ discountText NOTIFY changed)
    Q_PROPERTY(bool hasDiscount READ hasDiscount NOTIFY changed)
    Q_PROPERTY(QString promoCode READ promoCode NOTIFY changed)
    Q_PROPERTY(QString taxText READ taxText NOTIFY changed)
    Q_PROPERTY(QString totalText READ totalText NOTIFY changed)
    // CartTotals also reads a till's sale discount: a customer never has one.
    Q_PROPERTY(bool hasSaleDiscount READ hasSaleDiscount CONSTANT)
    Q_PROPERTY(QString saleDiscountLabel READ saleDiscountLabel CONSTANT)
    Q_PROPERTY(QString saleDiscountText READ saleDiscountText CONSTANT)
    // Why the server refuses the code, in words; empty when it takes it (or there is none).
    Q_PROPERTY(QString promoMessage READ promoMessage NOTIFY changed)
    // Why there is no quote (the server refused the cart, or cannot be reached), in words.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    // Every line available in full where the quote was asked for.
    Q_PROPERTY(bool complete READ complete NOTIFY changed)
    // The lines that are short there, one sentence each ("Pull marin, M: 1 left, 2 asked").
    Q_PROPERTY(QStringList shortLines READ shortLines NOTIFY changed)

public:
    enum State {
        Idle,       // nothing asked yet (or an empty cart)
        Checking,   // the question is with the server
        Ready,      // the figures are the server's
        Refused,    // the server refused the cart (message, promoMessage)
        Unreachable // no answer: offline, or the server is down
    };
    Q_ENUM(State)

    explicit CartQuote(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] Cart* cart() const { return m_cart; }
    void setCart(Cart* cart);
    [[nodiscard]] const QString& fulfillmentType() const { return m_fulfillmentType; }
    void setFulfillmentType(const QString& type);
    [[nodiscard]] const QString& locationId() const { return m_locationId; }
    void setLocationId(const QString& id);
    [[nodiscard]] const QString& address() const { return m_address; }
    void setAddress(const QString& address);
    [[nodiscard]] bool live() const { return m_live; }
    void setLive(bool live);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool ready() const { return m_state == Ready; }
    [[nodiscard]] QString subtotalText() const { return money(m_subtotal); }
    [[nodiscard]] QString discountText() const { return money(-m_discount); }
    [[nodiscard]] bool hasDiscount() const { return m_discount > 0; }
    [[nodiscard]] const QString& promoCode() const { return m_promoCode; }
    [[nodiscard]] QString taxText() const { return money(m_tax); }
    [[nodiscard]] QString totalText() const { return money(m_total); }
    [[nodiscard]] bool hasSaleDiscount() const { return false; }
    [[nodiscard]] QString saleDiscountLabel() const { return {}; }
    [[nodiscard]] QString saleDiscountText() const { return {}; }
    [[nodiscard]] const QString& promoMessage() const { return m_promoMessage; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] bool complete() const { return m_ready && m_shortLines.isEmpty(); }
    [[nodiscard]] const QStringList& shortLines() const { return m_shortLines; }

    // Asks the server now (a question already on its way is dropped: the newest cart wins).
    Q_INVOKABLE void refresh();

signals:
    void inputsChanged();
    void changed();
    // The answer to the last refresh() arrived (or never will): `state` says which.
    void answered();

private:
    [[nodiscard]] QString money(qint64 amount) const;
    void setInputs();
    void onAnswer(const sync::HttpAnswer& answer);
    void finish(State state, const QString& message = {}, const QString& promoMessage = {});

    QPointer<Session> m_session;
    QPointer<Cart> m_cart;
    QString m_fulfillmentType;
    QString m_locationId;
    QString m_address;
    bool m_live = false;
    QTimer m_debounce;
    QPointer<sync::OnlineCall> m_call;

    State m_state = Idle;
    bool m_ready = false;
    qint64 m_subtotal = 0;
    qint64 m_discount = 0;
    qint64 m_tax = 0;
    qint64 m_total = 0;
    QString m_promoCode;
    QString m_promoMessage;
    QString m_message;
    QStringList m_shortLines;
};

} // namespace comptoir::app
