#pragma once
// The client's local SQLite cache, one file per device and server: opened and migrated at start;
// a damaged file, or one written by a newer client, is set aside and replaced by an empty cache
// (a bootstrap refills it), keeping whatever outbox entries and unconfirmed orders it still can.

#include "comptoir/sqlite.h"
#include "comptoir/walcheckpointer.h"

#include <QString>
#include <memory>

namespace comptoir::sync {

class LocalCache {
public:
    // How the last open went, for the log and the UI.
    struct Opening {
        bool rebuilt = false;
        QString reason;       // why the old file was set aside
        QString setAsidePath; // where it went
        int salvagedEntries = 0;
    };

    explicit LocalCache(QString path);
    ~LocalCache();
    LocalCache(const LocalCache&) = delete;
    LocalCache& operator=(const LocalCache&) = delete;

    [[nodiscard]] sqlite::Connection& db() { return *m_db; }
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const Opening& opening() const { return m_opening; }

    // The change-feed cursor the cached data is complete up to (0: never synced).
    [[nodiscard]] qint64 cursor();
    void setCursor(qint64 seq);
    [[nodiscard]] QString meta(const QString& key);
    void setMeta(const QString& key, const QString& value);

    // Sets the file aside and starts again from an empty cache, carrying over the pending outbox
    // and unconfirmed local orders when they can still be read.
    void rebuild(const QString& reason);
    // Forgets what the server published and the cursor, before a bootstrap from zero (a 410, or
    // another server). Keeps the outbox and unconfirmed local orders. Runs in the caller's
    // transaction.
    void clearServerData();
    // Forgets what only the signed-in person could see (their orders, addresses, carts, drawers,
    // returns, promotions) and this device's cart, keeping the public catalog and the cursor:
    // the public feed is a part of every feed, so what stays is complete up to the cursor.
    // Runs in the caller's transaction.
    void clearPrivateData();

    // A first bootstrap (cursor 0, no products yet) writes rows only: the secondary indexes are
    // dropped and the search index adds one segment per page without merging them, and
    // finishBulkLoad() builds the indexes and merges the segments once, at the end (row by row,
    // indexes and merges cost ~5 s of a 12 s bootstrap at 100,000 products). Meanwhile the
    // catalog reads slower. Survives a restart (meta 'bulk_load'). Runs in the caller's
    // transaction.
    void beginBulkLoad();
    [[nodiscard]] bool bulkLoading();
    // Builds what beginBulkLoad() dropped, in a transaction of its own; nothing if not loading.
    // False (logged) when it could not: the load stays open, to be finished by a later call.
    bool finishBulkLoad();

private:
    void open();
    QString m_path;
    std::unique_ptr<sqlite::Connection> m_db;
    std::unique_ptr<sqlite::WalCheckpointer> m_checkpointer;
    Opening m_opening;
};

} // namespace comptoir::sync
