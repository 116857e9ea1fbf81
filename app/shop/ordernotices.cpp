#include "app/shop/ordernotices.h"

#include "app/core/applog.h"
#include "app/data/customerreader.h"
#include "app/shop/orderstatus.h"
#include "app/shop/shoporderlist.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QJsonObject>

namespace comptoir::app {

namespace {

constexpr int kWatched = 500;

bool worthTelling(const QString& status)
{
    return status == u"ready_for_pickup" || status == u"shipped";
}

} // namespace

OrderNotices::OrderNotices(Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
        if (entities.contains(u"order"_qs))
            check();
    });
    connect(&m_session, &Session::connectivityChanged, this, &OrderNotices::check);
    // Another customer (or none): what they had is not news either.
    connect(&m_session, &Session::syncReplaced, this, [this] {
        m_primed = false;
        m_statuses.clear();
        if (m_unseen != 0) {
            m_unseen = 0;
            emit unseenChanged();
        }
    });
}

void OrderNotices::markSeen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    emit unseenChanged();
}

void OrderNotices::check()
{
    if (!m_session.sync())
        return;
    QList<QJsonObject> orders;
    try {
        orders = CustomerReader(m_session.sync()->cache().db()).orders(kWatched);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order notices:" << e.what();
        return;
    }
    const bool primed = m_primed;
    for (const QJsonObject& order : orders) {
        const QString id = order.value(u"id"_qs).toString();
        const QString status = order.value(u"status"_qs).toString();
        const auto seen = m_statuses.constFind(id);
        const bool moved = seen == m_statuses.cend() || *seen != status;
        m_statuses.insert(id, status);
        if (!primed || !moved || !worthTelling(status))
            continue;
        const QString number = orderNumberOf(order);
        const QString text =
            orderStatusText(status, order.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString());
        notifyDesktop(tr("Order %1").arg(number), text);
        ++m_unseen;
        emit unseenChanged();
        emit noticed(id, number, text);
    }
    m_primed = m_primed || m_session.connectivity() == sync::SyncClient::Online;
}

void OrderNotices::notifyDesktop(const QString& title, const QString& body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcApp) << "no session bus: no desktop notification for" << title;
        return;
    }
    // org.freedesktop.Notifications.Notify(app_name, replaces_id, app_icon, summary, body,
    // actions, hints, expire_timeout): sent without waiting for the answer, so a missing service
    // costs nothing but a log line from the bus.
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_qs,
                                                       u"/org/freedesktop/Notifications"_qs,
                                                       u"org.freedesktop.Notifications"_qs, u"Notify"_qs);
    call << u"Comptoir"_qs << 0u << u"comptoir"_qs << title << body << QStringList() << QVariantMap() << -1;
    if (!bus.send(call))
        qCInfo(lcApp) << "desktop notification not sent:" << bus.lastError().message();
}

} // namespace comptoir::app
