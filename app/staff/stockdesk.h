#pragma once
// One-off stock moves from the console: taking out what was damaged or stolen (an adjustment with
// its reason) and sending items to another store (a transfer). Requests the person waits for; a
// retry of the same move after a lost answer goes with the same Idempotency-Key, so it is never
// made twice. The new levels come back through the change feed.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class StockDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    explicit StockDesk(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }

    // `quantity` items of `sku` leave the store's stock: reason "damage" or "theft".
    Q_INVOKABLE void writeOff(const QString& sku, int quantity, const QString& reason);
    // `quantity` items of `sku` go from this store to `toLocationId`.
    Q_INVOKABLE void transfer(const QString& sku, const QString& toLocationId, int quantity);
    Q_INVOKABLE void clearMessage();

signals:
    void sessionChanged();
    void busyChanged();
    void messageChanged();
    void done(const QString& sku);

private:
    struct Move {
        QString sku;
        QString path;
        QByteArray body;
        QString success;
        QString conflict;
    };
    void send(const Move& move);
    void say(const QString& message, bool refused) { m_call.say(message, refused); }

    QPointer<Session> m_session;
    ConsoleCall m_call;
    // The last move whose answer was lost, and its key: the same move again reuses the key.
    QString m_unconfirmedPath;
    QByteArray m_unconfirmedBody;
    QString m_unconfirmedKey;
};

} // namespace comptoir::app
