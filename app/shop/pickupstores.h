#pragma once
// The stores a customer can collect the cart from, read from the cached stock (public in the
// feed, kept live): every store, those with every line available first, and for each of the
// others the lines it lacks, in words, so the customer sees why it cannot be chosen. The final
// word is the server's (CartQuote at the chosen store, then the order's reservation).

#include "app/cart/cart.h"
#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace comptoir::app {

class PickupStores : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY inputsChanged REQUIRED)
    Q_PROPERTY(comptoir::app::Cart* cart READ cart WRITE setCart NOTIFY inputsChanged REQUIRED)
    // [{locationId, name, complete, missingText}]: complete stores first, each group by name.
    Q_PROPERTY(QVariantList stores READ stores NOTIFY storesChanged)
    Q_PROPERTY(int completeCount READ completeCount NOTIFY storesChanged)

public:
    explicit PickupStores(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] Cart* cart() const { return m_cart; }
    void setCart(Cart* cart);
    [[nodiscard]] const QVariantList& stores() const { return m_stores; }
    [[nodiscard]] int completeCount() const { return m_completeCount; }

    // A store's name, for the confirmation and the messages ("" when unknown).
    Q_INVOKABLE QString nameOf(const QString& locationId) const;

signals:
    void inputsChanged();
    void storesChanged();

private:
    void reload();

    QPointer<Session> m_session;
    QPointer<Cart> m_cart;
    QVariantList m_stores;
    int m_completeCount = 0;
};

} // namespace comptoir::app
