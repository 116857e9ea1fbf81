#pragma once
// When a back-office reading of the server is stale: an entity it shows changed in the live feed
// (a burst of changes, such as an order placed then paid, reads once after a short pause), or
// the session's link to the server was replaced. One piece for the lists and the dashboard.

#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace comptoir::app {

class LiveRefresh : public QObject {
    Q_OBJECT
public:
    explicit LiveRefresh(int pauseMs, QObject* parent = nullptr);

    void setSession(Session* session);
    // The entities ("order", "product"…) whose changes make the reading stale.
    [[nodiscard]] const QStringList& entities() const { return m_entities; }
    void setEntities(const QStringList& entities) { m_entities = entities; }

signals:
    // Read again now.
    void due();

private:
    QPointer<Session> m_session;
    QStringList m_entities;
    QTimer m_pause;
};

} // namespace comptoir::app
