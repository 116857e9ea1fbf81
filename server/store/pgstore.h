#pragma once
// The PostgreSQL implementation of the SQL store, for several server processes sharing one
// database (issue 17). Each process keeps SQLite's shape: reads on a connection per worker thread,
// writes batched by one writer connection (GroupCommit), each write in its own savepoint. Across
// processes, a batch takes the write lock (a transaction-level advisory lock) before anything
// else, so writes are serialized as on SQLite: a read-check-write (stock, promotion uses) needs
// no further locking, and the change log's seqs are taken in commit order. The lock is released
// only once the commit is visible, so a reader can never see seq N+1 while seq N is still to
// commit (docs/architecture.md, "The change log on PostgreSQL").

#include "store/pg/pgconnection.h"
#include "store/sql/wrappedconnection.h"
#include "store/sqlstore.h"

#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace comptoir::server {

class PgStore final : public SqlStore {
public:
    // Connects to `url`, migrates the schema (once, whichever process comes first), and signs the
    // fiscal journal with the key at `fiscalKeyPath` (every process of a chain needs the same).
    PgStore(std::string url, const QString& fiscalKeyPath);
    ~PgStore() override;

    bool isReady() override;
    int schemaVersion() override;
    bool isLeader() override;

protected:
    sql::Connection& conn() override;
    const FullTextSql& fullTextSql() const override;
    QString fullTextQuery(const QString& typed) const override;
    void runAudited(AuditContext& audit, const std::function<void()>& work) override;
    void tokensRevoked() override;
    const char* productNameKey() const override;

private:
    using Connection = sql::WrappedConnection<pg::Connection, pg::Statement>;
    // A connection to the database, opened again when the last one broke (server restarted).
    [[nodiscard]] std::unique_ptr<Connection> connect() const;
    void commitBatch(const std::vector<GroupCommit::Write*>& batch) override;
    // Tells the other processes' live hubs that the log grew (LISTEN/NOTIFY, payload: the seq).
    void announce(const TransactionEffects& effects);
    // The other processes' commits, told to this process's listener (see announce()).
    void listenForOtherProcesses();

    std::string m_url;
    quint64 m_generation;
    std::unique_ptr<Connection> m_writer;
    int m_writerPid = 0;
    // The session that holds the leader's lock (isLeader()), and whether it does.
    std::mutex m_leaderMutex;
    std::unique_ptr<Connection> m_leaderConnection;
    bool m_leading = false;
    std::atomic<bool> m_stopping{false};
    std::thread m_listener;
};

} // namespace comptoir::server
