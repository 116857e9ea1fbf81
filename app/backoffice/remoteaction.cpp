#include "app/backoffice/remoteaction.h"

#include "app/backoffice/backofficerefusal.h"
#include "app/backoffice/backofficerequest.h"
#include "app/staff/consolerefusal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace comptoir::app {

RemoteAction::RemoteAction(QObject* parent) : QObject(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &RemoteAction::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &RemoteAction::messageChanged);
}

void RemoteAction::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

bool RemoteAction::send(const QString& method, const QString& path, const QVariantMap& body,
                        const QString& success, int version)
{
    if (!m_session || !m_session->sync() || m_call.busy())
        return false;
    if (m_session->isOffline()) {
        m_call.say(ConsoleRefusal::offline(), true);
        return false;
    }
    sync::CallRequest request = backOfficeRequest(method, path);
    if (!body.isEmpty())
        request.body = QJsonDocument(QJsonObject::fromVariantMap(body)).toJson(QJsonDocument::Compact);
    if (method == u"POST") {
        const QString what = method + path + QString::fromUtf8(request.body);
        if (what != m_unconfirmed) {
            m_unconfirmed = what;
            m_unconfirmedKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        request.idempotencyKey = m_unconfirmedKey;
    }
    const bool sent = m_call.send(
        *m_session->sync(), request,
        [this, success](const sync::HttpAnswer& answer) {
            if (answer.status != 0)
                m_unconfirmed.clear(); // the server's final word: a new tap is a new change
            if (answer.status == 412) {
                m_call.say(BackOfficeRefusal::say(answer), true);
                emit conflicted();
                return;
            }
            if (!answer.ok()) {
                m_call.say(BackOfficeRefusal::say(answer), true);
                return;
            }
            m_call.say(success, false);
            emit succeeded(QJsonDocument::fromJson(answer.body).object().toVariantMap());
        },
        version >= 0
            ? QList<QPair<QByteArray, QByteArray>>{{"If-Match", "\"" + QByteArray::number(version) + "\""}}
            : QList<QPair<QByteArray, QByteArray>>{});
    return sent;
}

} // namespace comptoir::app
