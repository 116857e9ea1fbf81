#pragma once
// A real PostgreSQL server for a test process: initdb in a temp folder, its own free port on
// 127.0.0.1 and its Unix socket in that folder, started once on first use and stopped at exit
// (and, should the test process die, by a watchdog). Databases are made from a template that
// already has the server's schema, so a fresh one costs a file copy, not a migration.

#include <QElapsedTimer>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

// True when COMPTOIR_TEST_BACKEND=postgres: TestServer then gives each server a database of
// the process's cluster.
[[nodiscard]] bool postgresBackendRequested();

class PgCluster {
public:
    // The process's cluster, started on first call; check isRunning() (lastError() says why not).
    static PgCluster& shared();

    ~PgCluster();
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const QString& lastError() const { return m_error; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString socketDir() const { return m_dir.path(); }
    // Where PostgreSQL's programs are (pg_dump, psql).
    [[nodiscard]] const QString& binDir() const { return m_binDir; }
    // How long initdb and the first start took (ms), for the record.
    [[nodiscard]] qint64 startMs() const { return m_startMs; }

    // A fresh database with the server's schema at its latest version; its URL, empty on failure.
    [[nodiscard]] QString createDatabase();
    // A fresh database copied from `templateName` (e.g. a seeded one), or an empty one when
    // `templateName` is empty.
    [[nodiscard]] QString createDatabaseFrom(const QString& templateName);
    // Over TCP on loopback, as a server on another machine would connect.
    [[nodiscard]] QString url(const QString& database) const;
    // Over the Unix socket in the cluster's folder.
    [[nodiscard]] QString socketUrl(const QString& database) const;
    // The name of a database from its URL (the path's last part).
    [[nodiscard]] static QString databaseName(const QString& url);

    // pg_ctl stop -m fast then start again on the same folder and port: every connection is cut.
    bool restart();
    bool stop();
    bool start();

private:
    PgCluster();
    bool initialize();
    // Runs a PostgreSQL program (as the `postgres` user when this process is root: initdb
    // refuses root). Returns its exit code; output in m_error on failure.
    int runTool(const QString& tool, const QStringList& args, int timeoutMs = 60000);
    void startWatchdog();
    bool ensureSchemaTemplate();

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    bool m_schemaTemplate = false;
    int m_nextDatabase = 0;
    qint64 m_startMs = 0;
    QString m_error;
};

} // namespace comptoir::test
