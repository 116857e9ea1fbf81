#pragma once
// The typed reads of the cache that the staff console's cash drawer needs: the open session of a
// register (the feed keeps the store's sessions and movements in the cache, step 6), a session by
// id, and its pay-ins and pay-outs. The till takes its cash through the open session offline too.

#include "comptoir/sqlite.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace comptoir::app {

struct DrawerSession {
    QString id;
    QString registerId;
    QString storeId;
    QString status; // open, closed
    QDateTime openedAt;
    qint64 openingFloat = 0; // minor units of `currency`
    QString currency;
};

struct DrawerMovement {
    QString id;
    QString kind; // in, out
    qint64 amount = 0;
    QString reason;
    QDateTime at;
};

class DrawerReader {
public:
    explicit DrawerReader(sqlite::Connection& db) : m_db(db) {}

    // The session open on `registerId`, if any (a register has at most one).
    [[nodiscard]] std::optional<DrawerSession> openSession(const QString& registerId);
    [[nodiscard]] std::optional<DrawerSession> session(const QString& sessionId);
    // Pay-ins and pay-outs of a session, oldest first.
    [[nodiscard]] QList<DrawerMovement> movements(const QString& sessionId);

private:
    sqlite::Connection& m_db;
};

} // namespace comptoir::app
