#include "sync/cache/localcache.h"

#include "sync/cache/cacheschema.h"
#include "sync/outbox/pendingwork.h"
#include "sync/synclog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace comptoir::sync {

namespace {

// The cache holds the outbox: an acknowledged local write must survive a power cut, not only
// a crash, so every commit is synced to disk (the volume is small: pages of changes, actions).
constexpr auto kDurability = sqlite::Durability::Full;
constexpr int kCacheKiB = 8000;

// What a damaged cache still owes the server, when it can be read at all.
PendingWork salvageFrom(const QString& path)
{
    try {
        sqlite::Connection old(path.toStdString(), kDurability, 1000);
        return readPendingWork(old);
    } catch (const std::exception& e) {
        qCWarning(lcSync) << "nothing could be salvaged from" << path << ":" << e.what();
    }
    return {};
}

} // namespace

LocalCache::LocalCache(QString path) : m_path(std::move(path))
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    try {
        open();
    } catch (const sqlite::NewerSchemaError& e) {
        rebuild(QString::fromUtf8(e.what()));
    } catch (const sqlite::Error& e) {
        if (!e.isCorrupt())
            throw; // a full disk or a permission is not fixed by starting over
        rebuild(QString::fromUtf8(e.what()));
    }
}

LocalCache::~LocalCache() = default;

void LocalCache::open()
{
    m_checkpointer.reset();
    m_db.reset();
    m_db = std::make_unique<sqlite::Connection>(m_path.toStdString(), kDurability, kCacheKiB);
    sqlite::migrate(*m_db, cacheMigrations(), "client");
    // Reading the schema touches the first pages: a file that is not a database fails here.
    {
        auto check = m_db->prepare("SELECT count(*) FROM sqlite_schema");
        check.step();
    }
    // A bootstrap writes ~200 MB at 100,000 products: the WAL is copied into the file every
    // 80 MB rather than every 4 MB, and on a thread of its own (see WalCheckpointer).
    m_checkpointer =
        std::make_unique<sqlite::WalCheckpointer>(*m_db, m_path.toStdString(), kDurability, 20000);
}

void LocalCache::rebuild(const QString& reason)
{
    qCWarning(lcSync) << "setting the cache aside and starting again:" << reason;
    m_checkpointer.reset();
    m_db.reset();
    const PendingWork salvage = salvageFrom(m_path);
    const QString aside =
        m_path + u".broken-"_qs + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_qs);
    QFile::rename(m_path, aside);
    for (const char* suffix : {"-wal", "-shm"})
        QFile::rename(m_path + QLatin1String(suffix), aside + QLatin1String(suffix));
    open();
    {
        sqlite::Transaction tx(*m_db);
        restorePendingWork(*m_db, salvage);
        tx.commit();
    }
    m_opening = Opening{true, reason, aside, int(salvage.entries.size())};
}

qint64 LocalCache::cursor()
{
    return meta(u"cursor"_qs).toLongLong();
}

void LocalCache::setCursor(qint64 seq)
{
    setMeta(u"cursor"_qs, QString::number(seq));
}

QString LocalCache::meta(const QString& key)
{
    auto st = m_db->prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void LocalCache::setMeta(const QString& key, const QString& value)
{
    m_db->prepare("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                  "excluded.value")
        .bind(1, key)
        .bind(2, value)
        .exec();
}

void LocalCache::clearServerData()
{
    m_db->execScript(
        "DELETE FROM categories; DELETE FROM products; DELETE FROM variants; DELETE FROM products_fts;"
        "DELETE FROM locations; DELETE FROM stock; DELETE FROM promotions;"
        "DELETE FROM cash_sessions; DELETE FROM cash_movements; DELETE FROM returns;"
        "DELETE FROM wishlist;"
        "DELETE FROM orders WHERE origin = 'server'; DELETE FROM meta WHERE key = 'cursor';"
        "DELETE FROM addresses; DELETE FROM server_cart;");
}

void LocalCache::clearPrivateData()
{
    m_db->execScript(
        "DELETE FROM promotions; DELETE FROM cash_sessions; DELETE FROM cash_movements;"
        "DELETE FROM returns; DELETE FROM orders WHERE origin = 'server';"
        "DELETE FROM addresses; DELETE FROM server_cart; DELETE FROM cart_lines; DELETE FROM wishlist;"
        "DELETE FROM meta WHERE key IN ('cart.promo_code', 'account_cart.synced');");
}

namespace {

// meta 'bulk_load': "2" while the search index is kept during the load. A load begun by a
// version that left the search index out ("1") fills it at the end.
const QString kBulkLoadWithSearch = u"2"_qs;

// FTS5 merges its segments as they accumulate (automerge 4, crisismerge 16 by default): during
// a load that merging is redone page after page; one merge at the end ('optimize') does it once.
constexpr const char* kDeferSearchMerges =
    "INSERT INTO products_fts(products_fts, rank) VALUES('automerge', 0);"
    "INSERT INTO products_fts(products_fts, rank) VALUES('crisismerge', 100000);";
constexpr const char* kRestoreSearchMerges =
    "INSERT INTO products_fts(products_fts, rank) VALUES('automerge', 4);"
    "INSERT INTO products_fts(products_fts, rank) VALUES('crisismerge', 16);";

} // namespace

void LocalCache::beginBulkLoad()
{
    // The flag first: if a drop fails (another connection's statement in progress), the load
    // still ends by recreating every index.
    setMeta(u"bulk_load"_qs, kBulkLoadWithSearch);
    m_db->execScript(kDeferSearchMerges);
    for (const CacheIndex& index : cacheSecondaryIndexes()) {
        try {
            m_db->execScript((std::string("DROP INDEX IF EXISTS ") + index.name + ";").c_str());
        } catch (const sqlite::Error& e) {
            qCInfo(lcSync) << "keeping index" << index.name << "during the bootstrap:" << e.what();
        }
    }
}

bool LocalCache::bulkLoading()
{
    return !meta(u"bulk_load"_qs).isEmpty();
}

bool LocalCache::finishBulkLoad()
{
    QElapsedTimer timer;
    timer.start();
    try {
        const QString load = meta(u"bulk_load"_qs);
        if (load.isEmpty())
            return true;
        sqlite::Transaction tx(*m_db);
        for (const CacheIndex& index : cacheSecondaryIndexes())
            m_db->execScript(index.definition);
        if (load != kBulkLoadWithSearch) {
            m_db->execScript("DELETE FROM products_fts;");
            m_db->execScript(fillSearchIndexSql());
        }
        m_db->execScript(kRestoreSearchMerges);
        m_db->execScript("DELETE FROM meta WHERE key = 'bulk_load';");
        tx.commit();
    } catch (const sqlite::Error& e) {
        // The pages are committed; the load stays open and the next pull to the head retries.
        qCWarning(lcSync) << "could not build the cache's indexes after the bootstrap:" << e.what();
        return false;
    }
    try {
        // The load left one segment per page: searches as you type run ~15 % faster on one.
        m_db->execScript("INSERT INTO products_fts(products_fts) VALUES('optimize');");
    } catch (const sqlite::Error& e) {
        qCInfo(lcSync) << "search index left in several segments:" << e.what();
    }
    qCInfo(lcSync) << "bootstrap: indexes built and search merged in" << timer.elapsed() << "ms";
    return true;
}

} // namespace comptoir::sync
