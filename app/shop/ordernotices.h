#pragma once
// Tells the customer when an order of theirs becomes ready to collect or is shipped, as the feed
// brings the change (not for the orders already there at the first sync): a desktop notification
// through the freedesktop notification service on the session bus (none running: nothing else
// happens), and a count the top bar's Orders button shows until the customer opens the orders.

#include "app/session/session.h"

#include <QHash>
#include <QObject>
#include <QQmlEngine>

namespace comptoir::app {

class OrderNotices : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The shop makes its order notices")
    Q_PROPERTY(int unseen READ unseen NOTIFY unseenChanged)

public:
    explicit OrderNotices(Session& session, QObject* parent = nullptr);

    [[nodiscard]] int unseen() const { return m_unseen; }
    // The customer opened the orders: the badge goes.
    Q_INVOKABLE void markSeen();

signals:
    void unseenChanged();
    // An order reached a status worth telling (already sent to the desktop).
    void noticed(const QString& orderId, const QString& number, const QString& text);

private:
    void check();
    void notifyDesktop(const QString& title, const QString& body);

    Session& m_session;
    QHash<QString, QString> m_statuses; // order id → status last seen
    // The first read after the session is up to date only records: old news is not news.
    bool m_primed = false;
    int m_unseen = 0;
};

} // namespace comptoir::app
