#pragma once
// One change a manager makes in the back office (create a promotion, change a role, revoke a
// device, close a day): sent at once, one at a time (`busy`), its outcome said in one sentence
// (`message`, `refused`). A POST carries an Idempotency-Key kept while its answer is unknown, so
// tapping again after a lost answer does not make it twice. A versioned change sends If-Match and,
// when someone else changed the thing meanwhile, says so and hands back nothing overwritten.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace comptoir::app {

class RemoteAction : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    explicit RemoteAction(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }

    // `method` on `path` with `body` (none when empty); `version` >= 0 sends If-Match with it.
    // `success` is said when it is done; `succeeded` carries the server's answer.
    Q_INVOKABLE bool send(const QString& method, const QString& path, const QVariantMap& body,
                          const QString& success, int version = -1);
    Q_INVOKABLE void clearMessage() { m_call.say({}, false); }

signals:
    void sessionChanged();
    void busyChanged();
    void messageChanged();
    void succeeded(const QVariantMap& answer);
    // The server holds a newer version than the one the change was made on (412).
    void conflicted();

private:
    QPointer<Session> m_session;
    ConsoleCall m_call;
    QString m_unconfirmed; // method, path and body of the POST whose answer was lost
    QString m_unconfirmedKey;
};

} // namespace comptoir::app
