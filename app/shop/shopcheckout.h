#pragma once
// The shop's checkout as one action for the customer: "Pay" checks the card fields, asks the
// server for a final quote where the goods will come from (a store that ran out since the page
// opened is said, with its lines), places the order (Checkout, through the outbox), then pays it
// with the typed card. A decline keeps the order, the cart and the form: "Pay" again pays the
// same order. The card is held in memory only while the order is being placed.

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class Checkout;
class CartQuote;

class ShopCheckout : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        comptoir::app::Checkout* checkout READ checkout WRITE setCheckout NOTIFY inputsChanged REQUIRED)
    // The page's quote: its fulfilment inputs are the customer's choice, and it makes the last check.
    Q_PROPERTY(comptoir::app::CartQuote* quote READ quote WRITE setQuote NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // Why the last "Pay" did not end paid, in words (a decline, a store that ran out); else empty.
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString numberError READ numberError NOTIFY changed)
    Q_PROPERTY(QString expiryError READ expiryError NOTIFY changed)
    Q_PROPERTY(QString cvcError READ cvcError NOTIFY changed)

public:
    explicit ShopCheckout(QObject* parent = nullptr);

    [[nodiscard]] Checkout* checkout() const { return m_checkout; }
    void setCheckout(Checkout* checkout);
    [[nodiscard]] CartQuote* quote() const { return m_quote; }
    void setQuote(CartQuote* quote);
    [[nodiscard]] bool busy() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] const QString& numberError() const { return m_numberError; }
    [[nodiscard]] const QString& expiryError() const { return m_expiryError; }
    [[nodiscard]] const QString& cvcError() const { return m_cvcError; }

    Q_INVOKABLE void pay(const QString& number, const QString& expiry, const QString& cvc);
    // The customer leaves the checkout for the cart: an unpaid order gives its stock back.
    Q_INVOKABLE void leave();

signals:
    void inputsChanged();
    void changed();

private:
    enum class Stage {
        Idle,
        Checking,   // the final quote is with the server
        Placing,    // the order is on its way; the card waits in memory
        Explaining, // the order was refused: a quote says which lines ran out
    };
    struct Card {
        QString number;
        int month = 0;
        int year = 0;
        QString cvc;
    };

    [[nodiscard]] QString choiceKey() const;
    void onQuoteAnswered();
    void onCheckoutState();
    void stop(const QString& message);
    void forgetCard() { m_card = {}; }

    QPointer<Checkout> m_checkout;
    QPointer<CartQuote> m_quote;
    Stage m_stage = Stage::Idle;
    Card m_card;
    QString m_placedFor; // the choice the current order was placed for
    QString m_message;
    QString m_numberError;
    QString m_expiryError;
    QString m_cvcError;
};

} // namespace comptoir::app
