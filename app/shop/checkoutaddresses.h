#pragma once
// The customer's saved delivery addresses as the checkout needs them, read from the cache the feed
// keeps (the account page's source too, so the shop has one list of addresses, offline as well),
// and a new one added from the checkout itself (POST /me/addresses) with the server's refusals
// shown under their fields, in words. Each address also comes as the one text an order's delivery
// carries.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace comptoir::app {

class CheckoutAddresses : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // [{id, label, name, text}]: `text` is the address on one line, as the order carries it.
    Q_PROPERTY(QVariantList addresses READ addresses NOTIFY addressesChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY addressesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // What the last action left to say (a refusal as a whole, the network), in words.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The server's refusals of the new address, by field (name, line1, postal_code, ...), in words.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messageChanged)

public:
    explicit CheckoutAddresses(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QVariantList& addresses() const { return m_addresses; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] const QVariantMap& fieldErrors() const { return m_fieldErrors; }

    // Reads the cache's addresses again (also when the feed changes them).
    Q_INVOKABLE void reload();
    // Saves a new address ({label, name, line1, line2, postal_code, city, country, phone}); on
    // success it joins the list and `added` names it.
    Q_INVOKABLE void add(const QVariantMap& fields);
    // An address as one text ("Camille Martin, 12 rue …, 69002 Lyon, FR").
    [[nodiscard]] static QString oneLine(const QJsonObject& address);

signals:
    void sessionChanged();
    void addressesChanged();
    void busyChanged();
    void messageChanged();
    void added(const QString& addressId);

private:
    void append(const QJsonObject& address);

    QPointer<Session> m_session;
    ConsoleCall m_call;
    QVariantList m_addresses;
    QVariantMap m_fieldErrors;
    QString m_justAdded; // listed before the feed brings it
    bool m_loaded = false;
};

} // namespace comptoir::app
