#include "app/staff/consolecall.h"

namespace comptoir::app {

ConsoleCall::ConsoleCall(QObject* parent) : QObject(parent) {}

void ConsoleCall::say(const QString& message, bool refused)
{
    if (message == m_message && refused == m_refused)
        return;
    m_message = message;
    m_refused = refused;
    emit messageChanged();
}

bool ConsoleCall::send(sync::SyncClient& sync, const sync::CallRequest& request,
                       std::function<void(const sync::HttpAnswer&)> done,
                       const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (busy())
        return false;
    m_call = sync.call(request, this);
    for (const auto& [name, value] : headers)
        m_call->setRawHeader(name, value);
    connect(m_call, &sync::OnlineCall::finished, this,
            [this, done = std::move(done)](const sync::HttpAnswer& answer) {
                m_call->deleteLater();
                m_call = nullptr;
                emit busyChanged();
                done(answer);
            });
    m_call->start();
    emit busyChanged();
    return true;
}

} // namespace comptoir::app
