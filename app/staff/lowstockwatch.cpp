#include "app/staff/lowstockwatch.h"

#include "app/core/applog.h"

namespace comptoir::app {

namespace {

constexpr int kMaxAlerts = 50;

} // namespace

LowStockWatch::LowStockWatch(QObject* parent) : QObject(parent) {}

void LowStockWatch::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"stock"_qs))
                check();
        });
        connect(m_session, &Session::syncReplaced, this, [this] {
            m_primed = false;
            m_low.clear();
            dismissAll();
            check();
        });
    }
    emit sessionChanged();
    check();
}

void LowStockWatch::check()
{
    StockReader* reader = m_session ? m_session->stock() : nullptr;
    if (!reader || m_session->storeId().isEmpty())
        return;
    QSet<QString> low;
    try {
        low = reader->lowSkus(m_session->storeId(), kLowStockThreshold);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "low stock:" << e.what();
        return;
    }
    // The first read after the catalog is in is what was low already: no alert for it.
    if (!m_primed) {
        m_primed = m_session->catalogReady();
        m_low = std::move(low);
        return;
    }
    bool added = false;
    for (const QString& sku : low) {
        if (m_low.contains(sku))
            continue;
        try {
            const auto item = reader->item(sku, m_session->storeId());
            if (!item)
                continue;
            const QString what =
                item->options.isEmpty() ? item->name : item->name + u" — "_qs + item->options;
            m_alerts.prepend(tr("%1 (%2): %n left", nullptr, int(item->available())).arg(what, sku));
            emit lowStock(sku, item->available());
            added = true;
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "low stock of" << sku << e.what();
        }
    }
    m_low = std::move(low);
    if (!added)
        return;
    while (m_alerts.size() > kMaxAlerts)
        m_alerts.removeLast();
    emit alertsChanged();
}

void LowStockWatch::dismissAll()
{
    if (m_alerts.isEmpty())
        return;
    m_alerts.clear();
    emit alertsChanged();
}

} // namespace comptoir::app
