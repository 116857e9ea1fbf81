#pragma once
// What every desk of the staff console does the same way: at most one request to the server at a
// time (`busy` while it is in flight, so a second tap does nothing), and the one sentence the last
// action left for the person at the counter (`message`, with `refused` telling a refusal from a
// success). The desks keep their own words and what they do with an answer; this keeps the state.

#include "sync/syncclient.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace comptoir::app {

class ConsoleCall : public QObject {
    Q_OBJECT
public:
    explicit ConsoleCall(QObject* parent = nullptr);

    [[nodiscard]] bool busy() const { return m_call != nullptr; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] bool refused() const { return m_refused; }

    void say(const QString& message, bool refused);
    // Sends `request` now, unless a call is already in flight: false then, and nothing is sent.
    // `done` receives the answer once, after `busy` has dropped, so it may send the next call.
    // `headers` go with it (the back office's If-Match).
    bool send(sync::SyncClient& sync, const sync::CallRequest& request,
              std::function<void(const sync::HttpAnswer&)> done,
              const QList<QPair<QByteArray, QByteArray>>& headers = {});

signals:
    void busyChanged();
    void messageChanged();

private:
    QPointer<sync::OnlineCall> m_call;
    QString m_message;
    bool m_refused = false;
};

} // namespace comptoir::app
