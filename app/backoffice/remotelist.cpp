#include "app/backoffice/remotelist.h"

#include "app/backoffice/backofficerefusal.h"
#include "app/backoffice/backofficerequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace comptoir::app {

RemoteList::RemoteList(QObject* parent) : QObject(parent)
{
    connect(&m_live, &LiveRefresh::due, this, &RemoteList::refresh);
}

void RemoteList::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    m_live.setSession(session);
    emit sessionChanged();
    refresh();
}

void RemoteList::setPath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    emit pathChanged();
    refresh();
}

void RemoteList::setRefreshOn(const QStringList& entities)
{
    if (entities == m_live.entities())
        return;
    m_live.setEntities(entities);
    emit refreshOnChanged();
}

void RemoteList::refresh()
{
    if (!m_session || !m_session->sync() || m_path.isEmpty())
        return;
    if (m_call) {
        m_again = true;
        return;
    }
    m_reading.clear();
    readPage({});
}

void RemoteList::readPage(const QString& cursor)
{
    QString path = m_path;
    const QChar join = path.contains(u'?') ? u'&' : u'?';
    path += join + u"limit=200"_qs;
    if (!cursor.isEmpty())
        path += u"&cursor="_qs + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    m_call = m_session->sync()->call(backOfficeRequest(u"GET"_qs, path), this);
    connect(m_call, &sync::OnlineCall::finished, this, [this](const sync::HttpAnswer& answer) {
        m_call->deleteLater();
        m_call = nullptr;
        if (m_again) { // the filters moved meanwhile: this answer is for the old ones
            m_again = false;
            emit loadingChanged();
            refresh();
            return;
        }
        if (!answer.ok()) {
            emit loadingChanged();
            setMessage(BackOfficeRefusal::say(answer));
            return;
        }
        const QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        for (const QJsonValue& item : page.value(u"items"_qs).toArray())
            m_reading.append(item.toVariant());
        const QString next = page.value(u"next_cursor"_qs).toString();
        if (!next.isEmpty() && m_reading.size() < m_maxItems) {
            readPage(next);
            return;
        }
        m_items = m_reading;
        m_reading.clear();
        emit loadingChanged();
        emit itemsChanged();
        setMessage({});
    });
    m_call->start();
    if (cursor.isEmpty())
        emit loadingChanged();
}

QVariantMap RemoteList::find(const QString& key, const QVariant& value) const
{
    for (const QVariant& item : m_items) {
        const QVariantMap map = item.toMap();
        if (map.value(key) == value)
            return map;
    }
    return {};
}

void RemoteList::setMessage(const QString& message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace comptoir::app
