#pragma once
// The signed-in customer's cart kept on the server (GET, PUT /me/cart with If-Match), in step
// with the cart on this device (App.cart, which the views use): at sign-in the visitor's cart is
// merged into the account's; each change here is sent (debounced) naming the version it builds
// on; a 412 (another device saved first) reads that copy, lays this device's changes over it and
// sends again; a `cart` change in the feed (another device) updates this cart live. Offline, the
// changes stay here and go when the link is back. Nobody's line is lost, nothing is overwritten
// silently. What this device last agreed with the server (its version and lines) is kept in the
// cache (meta 'account_cart.synced'), so a restart merges rather than doubles.

#include "app/shop/cartmerge.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <optional>

namespace comptoir::sync {
class OnlineCall;
struct HttpAnswer;
} // namespace comptoir::sync

namespace comptoir::app {

class Cart;
class CustomerAccess;
class Session;

class AccountCart : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App keeps the shop's account cart")
    // A change of this device is on its way to the server (or waits for the link).
    Q_PROPERTY(bool pending READ pending NOTIFY stateChanged)
    // The server's version this device's cart builds on (-1: not read yet).
    Q_PROPERTY(qint64 version READ version NOTIFY stateChanged)
    // Why the server refused the cart, in words (empty when it took it).
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)

public:
    static constexpr int kSendDelayMs = 300;
    static constexpr int kRetryDelayMs = 3000;

    AccountCart(Session& session, CustomerAccess& access, Cart& cart, QObject* parent = nullptr);
    ~AccountCart() override;

    [[nodiscard]] bool pending() const;
    [[nodiscard]] qint64 version() const { return m_version; }
    [[nodiscard]] const QString& error() const { return m_error; }
    // The cart on this device, as the server would hold it.
    [[nodiscard]] CartContent local() const;

signals:
    void stateChanged();

private:
    void onSessionReplaced();
    void fetch();
    void onFetched(const sync::HttpAnswer& answer);
    void onLocalChange();
    void send();
    void onSent(const CartContent& sent, const sync::HttpAnswer& answer);
    void onServerCartInCache();
    // Lays `theirs` (at `version`) under this device's changes since the last agreement, shows
    // the result here and sends it when it differs from theirs.
    void mergeWith(const CartContent& theirs, qint64 version);
    void applyLocally(const CartContent& content);
    void agree(const CartContent& content, qint64 version);
    void loadAgreement();
    [[nodiscard]] bool active() const;
    void setError(const QString& error);

    Session& m_session;
    CustomerAccess& m_access;
    Cart& m_cart;
    QTimer m_sendTimer;
    QPointer<sync::OnlineCall> m_call;
    CartContent m_base;    // what this device and the server last agreed on
    qint64 m_version = -1; // its version; -1 until the server's cart is read
    bool m_hasBase = false;
    bool m_applying = false;
    std::optional<CartContent> m_refused; // a cart the server refused (422): not sent again as is
    QString m_error;
};

} // namespace comptoir::app
