#pragma once
// Tells the store's staff, as it happens, that an item is running low: stock levels reach the
// cache live through the change feed, and each SKU of the store that falls to the low-stock
// threshold or below (a sale, a reservation, damage) becomes an alert, once, until it is restocked.
// What is already low when the console starts is the low-stock list's business, not an alert.

#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>

namespace comptoir::app {

class LowStockWatch : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // Newest first: "Pull marin — M · Bleu (TSH-…): 2 left".
    Q_PROPERTY(QStringList alerts READ alerts NOTIFY alertsChanged)
    Q_PROPERTY(int count READ count NOTIFY alertsChanged)

public:
    explicit LowStockWatch(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QStringList& alerts() const { return m_alerts; }
    [[nodiscard]] int count() const { return int(m_alerts.size()); }

    // Seen: the alerts leave (the SKUs stay watched, and alert again once restocked and low again).
    Q_INVOKABLE void dismissAll();

signals:
    void sessionChanged();
    void alertsChanged();
    void lowStock(const QString& sku, qint64 available);

private:
    void check();

    QPointer<Session> m_session;
    QSet<QString> m_low;
    bool m_primed = false;
    QStringList m_alerts;
};

} // namespace comptoir::app
