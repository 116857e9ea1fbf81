#include "kioskfixture.h"

#include "syncchecks.h"

namespace comptoir::test {

Kiosk::Kiosk(TestServer& server, KioskOptions options)
{
    if (options.profileDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_profileDir = m_tempDir->path();
    } else {
        m_profileDir = options.profileDir;
    }
    m_token = server.kioskToken(options.storeId);
    app::LaunchOptions launch;
    launch.serverUrl = server.url();
    launch.deviceToken = QString::fromStdString(m_token);
    launch.storeId = options.storeId;
    launch.profileDir = m_profileDir;
    launch.idleTimeoutSeconds = options.idleTimeoutSeconds;
    m_app = std::make_unique<app::App>(launch);
}

Kiosk::~Kiosk() = default;

bool Kiosk::waitUntilReady(int timeoutMs)
{
    return waitFor(
        [this] {
            const app::Session& s = *m_app->session();
            return s.catalogReady() && s.connectivity() == sync::SyncClient::Online;
        },
        timeoutMs);
}

bool Kiosk::waitUntilSettled(int timeoutMs)
{
    return waitFor(
        [this] {
            const app::Session& s = *m_app->session();
            return s.pendingCount() == 0 && s.connectivity() == sync::SyncClient::Online;
        },
        timeoutMs);
}

QString skuInStock(sqlite::Connection& cache, const QString& storeId, const QString& taxClass, int minimum,
                   int skip)
{
    auto statement = cache.prepare("SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id "
                                   "JOIN stock s ON s.sku = v.sku AND s.location_id = ? "
                                   "WHERE p.status = 'active' AND json_extract(p.json, '$.tax_class') = ? "
                                   "AND s.on_hand - s.reserved >= ? "
                                   "ORDER BY v.sku LIMIT 1 OFFSET ?");
    statement.bind(1, storeId).bind(2, taxClass).bind(3, minimum).bind(4, skip);
    return statement.step() ? statement.text(0) : QString();
}

} // namespace comptoir::test
