#pragma once
// The SQLite implementation of the SQL store: WAL mode, one connection per worker thread for
// reads, and one writer connection whose BEGIN IMMEDIATE transactions commit concurrent writes
// together (GroupCommit), each write in its own savepoint.

#include "comptoir/sqlite.h"
#include "comptoir/walcheckpointer.h"
#include "store/sql/sqliteconnection.h"
#include "store/sqlstore.h"

#include <atomic>
#include <memory>

namespace comptoir::server {

class SqliteStore final : public SqlStore {
public:
    // Opens (creating if needed) and migrates the database at `path`.
    SqliteStore(std::string path, sqlite::Durability durability);
    ~SqliteStore() override;

    bool isReady() override;
    int schemaVersion() override;

protected:
    // This thread's connection to this store's file, opened on first use.
    sql::Connection& conn() override;
    const FullTextSql& fullTextSql() const override;
    QString fullTextQuery(const QString& typed) const override;
    const char* productNameKey() const override;

private:
    // Registers comptoir_audit() and creates the audit triggers on the writer connection.
    void installAuditTriggers();
    void commitBatch(const std::vector<GroupCommit::Write*>& batch) override;

    std::string m_path;
    sqlite::Durability m_durability;
    quint64 m_generation;
    // Writes are serialized anyway, so they all use one connection (used by one batch at a time)
    // whose larger cache keeps the write path's pages warm; readers keep one connection per thread.
    std::unique_ptr<sql::SqliteConnection> m_writer;
    // Keeps checkpoints out of the commits (none for an in-memory database).
    std::unique_ptr<sqlite::WalCheckpointer> m_checkpointer;
    std::atomic<bool> m_ready{false};
};

} // namespace comptoir::server
