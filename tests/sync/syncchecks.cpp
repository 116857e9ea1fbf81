#include "syncchecks.h"

#include "demoaccounts.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace comptoir::test {

namespace {

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QList<QJsonObject> allItems(TestServer& server, const std::string& path, const std::string& token)
{
    const char separator = path.find('?') == std::string::npos ? '?' : '&';
    auto c = server.client();
    QList<QJsonObject> items;
    for (const QJsonValue& v : everyItem(c, path + separator + "limit=200", token))
        items.append(v.toObject());
    return items;
}

QString differencesWithServer(sync::LocalCache& cache, TestServer& server, const std::string& token)
{
    QStringList problems;
    sqlite::Connection& db = cache.db();

    // Products: every cached one as GET /products/{id} serves it; the active ones as listed.
    QSet<QString> cachedActive;
    auto products = db.prepare("SELECT id, json, status FROM products");
    int productCount = 0;
    while (products.step()) {
        ++productCount;
        const QString id = products.text(0);
        if (products.text(2) == u"active")
            cachedActive.insert(id);
        const Reply r = server.client().get("/api/v1/products/" + id.toStdString());
        if (r.status != 200 || r.json() != parse(products.text(1)))
            problems << u"product %1 differs"_qs.arg(id);
    }
    QSet<QString> listed;
    for (const QJsonObject& p : allItems(server, "/api/v1/products", {}))
        listed.insert(p.value(u"id"_qs).toString());
    if (listed != cachedActive || listed.isEmpty())
        problems << u"active products: %1 listed, %2 cached"_qs.arg(listed.size()).arg(cachedActive.size());

    // Stock: every level at every location.
    auto locations = db.prepare("SELECT id FROM locations ORDER BY id");
    QStringList locationIds;
    while (locations.step())
        locationIds << locations.text(0);
    QSet<QString> serverLocations;
    for (const QJsonObject& l : allItems(server, "/api/v1/locations", {}))
        serverLocations.insert(l.value(u"id"_qs).toString());
    if (serverLocations != QSet<QString>(locationIds.cbegin(), locationIds.cend()))
        problems << u"locations differ"_qs;
    for (const QString& location : locationIds) {
        QMap<QString, QPair<qint64, qint64>> served, cached;
        for (const QJsonObject& s :
             allItems(server, "/api/v1/inventory?location_id=" + location.toStdString(), {}))
            served.insert(s.value(u"sku"_qs).toString(),
                          {s.value(u"on_hand"_qs).toInteger(), s.value(u"reserved"_qs).toInteger()});
        auto stock = db.prepare("SELECT sku, on_hand, reserved FROM stock WHERE location_id = ?");
        stock.bind(1, location);
        while (stock.step())
            cached.insert(stock.text(0), {stock.int64(1), stock.int64(2)});
        if (served != cached)
            problems << u"stock at %1: %2 levels served, %3 cached, or values differ"_qs.arg(location)
                            .arg(served.size())
                            .arg(cached.size());
    }

    // Orders: what this principal may see, exactly, with the same content.
    if (!token.empty()) {
        QMap<QString, QJsonObject> served;
        for (const QJsonObject& o : allItems(server, "/api/v1/orders", token))
            served.insert(o.value(u"id"_qs).toString(), o);
        QMap<QString, QJsonObject> cached;
        auto orders = db.prepare("SELECT id, json FROM orders WHERE origin = 'server'");
        while (orders.step())
            cached.insert(orders.text(0), parse(orders.text(1)));
        if (served.keys() != cached.keys())
            problems << u"orders: %1 served, %2 cached"_qs.arg(served.size()).arg(cached.size());
        else
            for (auto it = served.cbegin(); it != served.cend(); ++it)
                if (cached.value(it.key()) != it.value())
                    problems << u"order %1 differs"_qs.arg(it.key());
    }
    if (productCount == 0)
        problems << u"the cache holds no product"_qs;
    return problems.mid(0, 10).join(u"; "_qs);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

sync::SyncClient::Settings clientSettings(const TestServer& server, const std::string& token,
                                          const QString& cachePath)
{
    sync::SyncClient::Settings s;
    s.serverUrl = QUrl(server.url());
    s.token = QByteArray::fromStdString(token);
    s.cachePath = cachePath;
    s.pollIntervalMs = 2000;
    return s;
}

QSet<QString> cachedOrderIds(sync::LocalCache& cache, const QString& origin)
{
    QSet<QString> ids;
    auto st = cache.db().prepare("SELECT id FROM orders WHERE origin = ?");
    st.bind(1, origin);
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

} // namespace comptoir::test
