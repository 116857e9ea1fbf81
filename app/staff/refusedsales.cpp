#include "app/staff/refusedsales.h"

#include <QLocale>
#include <QMap>

namespace comptoir::app {

RefusedSales::RefusedSales(QObject* parent) : QObject(parent) {}

void RefusedSales::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::syncReplaced, this, &RefusedSales::watch);
    watch();
    emit sessionChanged();
}

void RefusedSales::watch()
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = m_session ? m_session->sync() : nullptr;
    if (m_sync)
        connect(m_sync, &sync::SyncClient::rejectedEntriesChanged, this, &RefusedSales::reload);
    reload();
}

QString RefusedSales::why(int status, const QString& reason)
{
    // The server names the field it refused; the sale's own words follow from it.
    if (reason.contains(u"promo_code:"))
        return tr("its promotion code had been used up or had ended meanwhile");
    if (reason.contains(u"customer_email:"))
        return tr("the customer's email was refused");
    if (status == 422)
        return tr("an item or a price in it is no longer sold as it was");
    if (status == 401 || status == 403)
        return tr("the person who rang it up may no longer sell at this store");
    if (status == 409)
        return tr(
            "it conflicted with what the server had recorded meanwhile (a drawer closed, an order changed)");
    if (status == 404)
        return tr("its sale is not on the server");
    return tr("the server could not take it");
}

QString RefusedSales::saleOf(const QVariantMap& entry)
{
    // The order itself names its id; what follows it (its payment, its hand-over) names it in the path.
    const QString path = entry.value(u"path"_qs).toString();
    if (path == u"/orders")
        return entry.value(u"entityId"_qs).toString();
    if (path.startsWith(u"/orders/"))
        return path.section(u'/', 2, 2);
    return {};
}

void RefusedSales::reload()
{
    QVariantList sales;
    if (m_sync) {
        // One notice per sale: its order refused (the payment and hand-over queued after it are
        // refused with it), or, the order taken, its payment refused (the order waits unpaid
        // although the customer paid).
        struct Refusal {
            qint64 entryId = 0;
            bool orderRefused = false;
            int status = 0;
            QString reason;
            QDateTime at;
        };
        QMap<QString, Refusal> bySale;
        QStringList order;
        for (const QVariant& v : m_sync->rejectedEntries()) {
            const QVariantMap e = v.toMap();
            const QString orderId = saleOf(e);
            if (orderId.isEmpty())
                continue;
            if (m_dismissed.contains(orderId)) {
                m_sync->dismissRejected(e.value(u"id"_qs).toLongLong()); // refused after it was dealt with
                continue;
            }
            const bool isOrder = e.value(u"path"_qs).toString() == u"/orders";
            if (!bySale.contains(orderId))
                order << orderId;
            Refusal& r = bySale[orderId];
            if (r.entryId == 0 || isOrder) {
                r.entryId = e.value(u"id"_qs).toLongLong();
                r.orderRefused = isOrder;
                r.status = e.value(u"status"_qs).toInt();
                r.reason = e.value(u"reason"_qs).toString();
                r.at = e.value(u"createdAt"_qs).toDateTime();
            }
        }
        const QLocale locale;
        for (const QString& orderId : order) {
            const Refusal& r = bySale[orderId];
            const QString reference = orderId.right(6).toUpper();
            const QString at = locale.toString(r.at.toLocalTime(), QLocale::ShortFormat);
            const QString text =
                r.orderRefused
                    ? tr("The sale %1 of %2, made while offline, was refused by the server: %3. The "
                         "customer has paid: a manager must record it again.")
                          .arg(reference, at, why(r.status, r.reason))
                    : tr("The payment of sale %1 of %2 was refused by the server: %3. The customer has "
                         "paid: a manager must record the payment.")
                          .arg(reference, at, why(r.status, r.reason));
            sales.append(QVariantMap{{u"entryId"_qs, r.entryId}, {u"text"_qs, text}});
        }
    }
    if (sales == m_sales)
        return;
    m_sales = sales;
    emit salesChanged();
}

void RefusedSales::dismiss(qint64 entryId)
{
    if (!m_sync)
        return;
    QString orderId;
    const QVariantList entries = m_sync->rejectedEntries();
    for (const QVariant& v : entries)
        if (v.toMap().value(u"id"_qs).toLongLong() == entryId)
            orderId = saleOf(v.toMap());
    if (!orderId.isEmpty())
        m_dismissed.insert(orderId);
    for (const QVariant& v : entries) {
        const QVariantMap e = v.toMap();
        const qint64 id = e.value(u"id"_qs).toLongLong();
        if (id == entryId || (!orderId.isEmpty() && saleOf(e) == orderId))
            m_sync->dismissRejected(id);
    }
}

} // namespace comptoir::app
