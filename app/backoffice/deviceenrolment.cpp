#include "app/backoffice/deviceenrolment.h"

#include "app/backoffice/backofficerefusal.h"
#include "app/backoffice/backofficerequest.h"
#include "app/staff/consolerefusal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

namespace comptoir::app {

DeviceEnrolment::DeviceEnrolment(QObject* parent) : QObject(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &DeviceEnrolment::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &DeviceEnrolment::messageChanged);
}

void DeviceEnrolment::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

QString DeviceEnrolment::setupLink() const
{
    if (m_token.isEmpty() || !m_session)
        return {};
    QUrlQuery query;
    query.addQueryItem(u"server"_qs, m_session->serverUrl());
    query.addQueryItem(u"token"_qs, m_token);
    query.addQueryItem(u"store"_qs, m_storeId);
    query.addQueryItem(u"kind"_qs, m_kind);
    return u"comptoir://enrol?"_qs + query.toString(QUrl::FullyEncoded);
}

void DeviceEnrolment::enrol(const QString& name, const QString& storeId, const QString& kind)
{
    if (!m_session || !m_session->sync())
        return;
    if (name.trimmed().isEmpty())
        return m_call.say(tr("Give the device a name people will recognise, such as “Till 2”."), true);
    if (storeId.isEmpty())
        return m_call.say(tr("Choose the store the device stands in."), true);
    if (m_session->isOffline())
        return m_call.say(ConsoleRefusal::offline(), true);
    const QJsonObject body{{u"name"_qs, name.trimmed()}, {u"store_id"_qs, storeId}, {u"kind"_qs, kind}};
    m_call.send(
        *m_session->sync(),
        backOfficeRequest(u"POST"_qs, u"/devices"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact),
                          QUuid::createUuid().toString(QUuid::WithoutBraces)),
        [this, name, storeId, kind](const sync::HttpAnswer& a) {
            if (!a.ok())
                return m_call.say(BackOfficeRefusal::say(a), true);
            const QJsonObject device = QJsonDocument::fromJson(a.body).object();
            m_token = device.value(u"token"_qs).toString();
            m_name = name.trimmed();
            m_storeId = storeId;
            m_kind = kind;
            emit enrolledChanged();
            m_call.say(tr("%1 is enrolled. Type or scan its token on the device now: it is shown only once.")
                           .arg(m_name),
                       false);
            emit enrolled(device.value(u"device_id"_qs).toString());
        });
}

void DeviceEnrolment::dismiss()
{
    m_token.fill(u'\0');
    m_token.clear();
    m_name.clear();
    emit enrolledChanged();
    m_call.say({}, false);
}

} // namespace comptoir::app
