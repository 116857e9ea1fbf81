#include "pgcluster.h"

#include "store/pg/pgconnection.h"
#include "store/pg/pgmigrations.h"

#include <pwd.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>
#include <optional>

namespace comptoir::test {

namespace {

constexpr auto kSuperuser = "comptoir";
constexpr auto kSchemaTemplate = "comptoir_schema";

QString findBinDir()
{
    if (const QString dir = qEnvironmentVariable("COMPTOIR_PG_BINDIR"); !dir.isEmpty())
        return dir;
    if (QFileInfo::exists(u"/usr/lib/postgresql/15/bin/initdb"_qs))
        return u"/usr/lib/postgresql/15/bin"_qs;
    const QString initdb = QStandardPaths::findExecutable(u"initdb"_qs);
    return initdb.isEmpty() ? QString() : QFileInfo(QFileInfo(initdb).canonicalFilePath()).path();
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// initdb and postgres refuse to run as root: the tools then run as Debian's `postgres` user,
// which must own the cluster's folder.
std::optional<std::pair<uid_t, gid_t>> postgresUser()
{
    if (geteuid() != 0)
        return std::nullopt;
    const passwd* pw = getpwnam("postgres");
    if (!pw)
        return std::nullopt;
    return std::pair{pw->pw_uid, pw->pw_gid};
}

} // namespace

bool postgresBackendRequested()
{
    static const bool requested = qEnvironmentVariable("COMPTOIR_TEST_BACKEND") == u"postgres"_qs;
    return requested;
}

PgCluster& PgCluster::shared()
{
    static PgCluster cluster;
    // Stopped while the application still exists (QProcess), before the statics go.
    static const bool stopsAtExit = [] {
        qAddPostRoutine([] { PgCluster::shared().stop(); });
        return true;
    }();
    (void)stopsAtExit;
    return cluster;
}

PgCluster::PgCluster() : m_dir(QDir::tempPath() + u"/comptoir-pg-XXXXXX"_qs)
{
    QElapsedTimer timer;
    timer.start();
    m_running = initialize();
    m_startMs = timer.elapsed();
    if (m_running)
        qInfo().noquote() << u"postgresql: cluster on port %1 ready in %2 ms"_qs.arg(m_port).arg(m_startMs);
    else
        qWarning().noquote() << u"postgresql: no cluster: "_qs + m_error;
}

PgCluster::~PgCluster()
{
    stop();
}

int PgCluster::runTool(const QString& tool, const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path()); // readable by the postgres user, unlike a home folder
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_binDir + u'/' + tool;
    if (postgresUser())
        p.start(u"runuser"_qs, QStringList{u"-u"_qs, u"postgres"_qs, u"--"_qs, program} + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        m_error = tool + u" did not finish: "_qs + QString::fromUtf8(p.readAll());
        return -1;
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (code != 0)
        m_error = tool + u" failed: "_qs + QString::fromUtf8(p.readAll());
    return code;
}

bool PgCluster::initialize()
{
    if (!m_dir.isValid()) {
        m_error = u"no temp folder"_qs;
        return false;
    }
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_error = u"initdb not found (install postgresql-15, or set COMPTOIR_PG_BINDIR)"_qs;
        return false;
    }
    if (const auto user = postgresUser();
        user && chown(QFile::encodeName(m_dir.path()).constData(), user->first, user->second) != 0) {
        m_error = u"cannot give the cluster folder to the postgres user"_qs;
        return false;
    }
    const QString data = m_dir.path() + u"/data"_qs;
    // --no-sync: initdb's own files are not flushed to disk (the first checkpoint does it); the
    // server itself runs with PostgreSQL's defaults, fsync and synchronous_commit on.
    if (runTool(u"initdb"_qs, {u"-D"_qs, data, u"-U"_qs, QString::fromLatin1(kSuperuser), u"--auth=trust"_qs,
                               u"-E"_qs, u"UTF8"_qs, u"--locale=C"_qs, u"--no-sync"_qs}) != 0)
        return false;
    QFile conf(data + u"/postgresql.conf"_qs);
    if (!conf.open(QIODevice::Append)) {
        m_error = u"cannot write postgresql.conf"_qs;
        return false;
    }
    // Small, since each test process has its own server; enough connections for a few servers'
    // pools. Durability settings are PostgreSQL's defaults.
    conf.write(
        QStringLiteral("\n# comptoir tests\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%1'\n"
                       "shared_buffers = 16MB\nmax_connections = 300\nlogging_collector = off\n")
            .arg(m_dir.path())
            .toUtf8());
    conf.close();
    startWatchdog();
    for (int attempt = 0; attempt < 3; ++attempt) { // another process may take the free port first
        m_port = freePort();
        if (start())
            return true;
    }
    return false;
}

bool PgCluster::start()
{
    const QString data = m_dir.path() + u"/data"_qs;
    const bool ok =
        runTool(u"pg_ctl"_qs, {u"-D"_qs, data, u"-l"_qs, m_dir.path() + u"/server.log"_qs, u"-w"_qs, u"-t"_qs,
                               u"60"_qs, u"-o"_qs, u"-p %1"_qs.arg(m_port), u"start"_qs}) == 0;
    if (!ok) {
        QFile log(m_dir.path() + u"/server.log"_qs);
        if (log.open(QIODevice::ReadOnly))
            m_error += u"; server log: "_qs + QString::fromUtf8(log.readAll().right(2000));
    }
    m_running = ok;
    return ok;
}

bool PgCluster::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return runTool(u"pg_ctl"_qs,
                   {u"-D"_qs, m_dir.path() + u"/data"_qs, u"-w"_qs, u"-m"_qs, u"fast"_qs, u"stop"_qs}) == 0;
}

bool PgCluster::restart()
{
    return stop() && start();
}

void PgCluster::startWatchdog()
{
    // Should the test process die (crash, ctest's timeout, kill -9), no destructor stops the
    // server: a shell waits for this process to go, then stops the server and removes the folder.
    QString pgCtl = m_binDir + u"/pg_ctl"_qs;
    if (postgresUser())
        pgCtl = u"runuser -u postgres -- "_qs + pgCtl;
    const QString script =
        u"while kill -0 %1 2>/dev/null; do sleep 1; done; %2 -D '%3/data' -m immediate stop "
        u">/dev/null 2>&1; rm -rf '%3'"_qs.arg(QCoreApplication::applicationPid())
            .arg(pgCtl, m_dir.path());
    QProcess::startDetached(u"sh"_qs, {u"-c"_qs, script});
}

QString PgCluster::url(const QString& database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_qs.arg(QString::fromLatin1(kSuperuser))
        .arg(m_port)
        .arg(database);
}

QString PgCluster::socketUrl(const QString& database) const
{
    return u"postgresql:///%1?host=%2&port=%3&user=%4"_qs.arg(database, m_dir.path())
        .arg(m_port)
        .arg(QString::fromLatin1(kSuperuser));
}

QString PgCluster::databaseName(const QString& url)
{
    return QUrl(url).path().mid(1);
}

bool PgCluster::ensureSchemaTemplate()
{
    if (m_schemaTemplate)
        return true;
    try {
        {
            pg::Connection admin(socketUrl(u"postgres"_qs).toStdString());
            admin.execScript((std::string("CREATE DATABASE ") + kSchemaTemplate).c_str());
        }
        pg::Connection c(socketUrl(QString::fromLatin1(kSchemaTemplate)).toStdString());
        server::migratePostgres(c);
    } catch (const std::exception& e) {
        m_error = u"cannot make the schema template: "_qs + QString::fromUtf8(e.what());
        return false;
    }
    m_schemaTemplate = true;
    return true;
}

QString PgCluster::createDatabase()
{
    if (!ensureSchemaTemplate())
        return {};
    return createDatabaseFrom(QString::fromLatin1(kSchemaTemplate));
}

QString PgCluster::createDatabaseFrom(const QString& templateName)
{
    if (!m_running)
        return {};
    const QString name = u"test_%1"_qs.arg(++m_nextDatabase);
    try {
        pg::Connection admin(socketUrl(u"postgres"_qs).toStdString());
        QString sql = u"CREATE DATABASE "_qs + name;
        if (!templateName.isEmpty())
            sql += u" TEMPLATE "_qs + templateName;
        admin.execScript(sql.toUtf8().constData());
    } catch (const std::exception& e) {
        m_error = u"cannot create a database: "_qs + QString::fromUtf8(e.what());
        return {};
    }
    return url(name);
}

} // namespace comptoir::test
