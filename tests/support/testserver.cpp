#include "testserver.h"

#include "pgcluster.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QtTest/QTest>

namespace comptoir::test {

namespace {

const QString& serverBinary()
{
    static const QString path = QString::fromLatin1(COMPTOIR_SERVER_BINARY);
    return path;
}

bool copyFolder(const QString& from, const QString& to)
{
    for (const QFileInfo& f : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(f.absoluteFilePath(), to + u'/' + f.fileName()))
            return false;
    }
    return true;
}

// One seeded demo folder per test process: seeding hashes passwords with 600,000 PBKDF2
// rounds, which is worth doing once, not in every test function.
// With COMPTOIR_TEST_BACKEND=postgres, the seeded demo database the servers' databases copy.
QString& demoDatabaseTemplate()
{
    static QString name;
    return name;
}

QString demoTemplate()
{
    static QTemporaryDir dir;
    static bool seeded = false;
    if (!seeded) {
        TestServer::Options o;
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args = {u"--demo"_qs, u"--data-dir"_qs, dir.path(), u"--port"_qs, u"0"_qs,
                            u"--ws-port"_qs, u"0"_qs, u"--log-level"_qs, u"warn"_qs,
                            // no generated sales history (issue 16) unless a test asks for it
                            u"--demo-history-days"_qs, u"0"_qs};
        if (postgresBackendRequested()) {
            const QString url = PgCluster::shared().createDatabase();
            demoDatabaseTemplate() = PgCluster::databaseName(url);
            args << u"--database"_qs << url;
        }
        p.start(serverBinary(), args);
        p.waitForStarted();
        QByteArray out;
        while (!out.contains("listening on") && p.waitForReadyRead(60000))
            out += p.readAllStandardOutput();
        p.terminate();
        p.waitForFinished(10000);
        seeded = out.contains("listening on");
    }
    return dir.path();
}

} // namespace

TestServer::TestServer(Options options)
    : m_options(std::move(options)), m_dir(std::make_unique<QTemporaryDir>())
{
}

TestServer::~TestServer()
{
    stop();
}

// issue 17: each data folder's PostgreSQL database, so that a server started again on a folder
// (restart, or a second TestServer given the same dataDir) finds its data.
QHash<QString, QString>& databasesByFolder()
{
    static QHash<QString, QString> databases;
    return databases;
}

bool TestServer::start()
{
    const bool postgres = postgresBackendRequested();
    const bool fresh = postgres ? !databasesByFolder().contains(dataDir()) : !QFile::exists(databasePath());
    if (m_options.demo && fresh && !copyFolder(demoTemplate(), dataDir())) {
        m_error = u"could not copy the demo template"_qs;
        return false;
    }
    if (postgres && fresh) {
        PgCluster& cluster = PgCluster::shared();
        const QString url =
            m_options.demo ? cluster.createDatabaseFrom(demoDatabaseTemplate()) : cluster.createDatabase();
        if (url.isEmpty()) {
            m_error = u"no PostgreSQL database: "_qs + cluster.lastError();
            return false;
        }
        databasesByFolder().insert(dataDir(), url);
    }
    if (postgres)
        m_databaseUrl = databasesByFolder().value(dataDir());
    m_process = std::make_unique<QProcess>();
    // Logs go to a file: a pipe nobody reads would fill and block the server.
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    QStringList args = {u"--data-dir"_qs, dataDir(),
                        u"--port"_qs,     QString::number(m_requestedPort),
                        u"--ws-port"_qs,  QString::number(m_requestedWsPort)};
    if (m_options.demo)
        args << u"--demo"_qs;
    if (!m_databaseUrl.isEmpty())
        args << u"--database"_qs << m_databaseUrl;
    args << m_options.extraArgs;
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted(10000)) {
        m_error = u"could not start "_qs + serverBinary();
        return false;
    }
    static const QRegularExpression listening(uR"(listening on (https?)://(\[[^]]+\]|[^:]+):(\d+))"_qs);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        out += m_process->readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_scheme = match.captured(1);
            m_host = match.captured(2);
            m_port = match.captured(3).toInt();
            m_wsUrl = client().get("/api/v1/info").json().value(u"ws_url"_qs).toString();
            // The port the live channel listens on: not the advertised one behind a proxy.
            static const QRegularExpression live(uR"(live channel on port (\d+))"_qs);
            m_wsPort = live.match(QString::fromUtf8(out)).captured(1).toInt();
            return true;
        }
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(200);
    }
    m_error = u"server did not report its port; stdout: %1; stderr: %2"_qs.arg(
        QString::fromUtf8(out), QString::fromUtf8(standardError().right(2000)));
    return false;
}

QByteArray TestServer::standardError()
{
    QFile f(logPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(15000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

void TestServer::killHard()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool TestServer::restart()
{
    stop();
    m_requestedPort = m_requestedWsPort = 0;
    return start();
}

bool TestServer::restartOnSamePorts()
{
    stop();
    m_requestedPort = m_port;
    m_requestedWsPort = m_wsPort;
    return start();
}

std::string TestServer::login(const QString& email, const QString& password)
{
    const Reply r = client().post("/api/v1/auth/login", {{u"email"_qs, email}, {u"password"_qs, password}});
    return r.status == 200 ? r.json().value(u"token"_qs).toString().toStdString() : std::string();
}

std::string TestServer::kioskToken(const QString& storeId) const
{
    QFile f(dataDir() + u"/demo-credentials.json"_qs);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(u"kiosks"_qs).toArray())
        if (v.toObject().value(u"store_id"_qs).toString() == storeId)
            return v.toObject().value(u"token"_qs).toString().toStdString();
    return {};
}

RunResult runServerBinary(const QStringList& args, int timeoutMs)
{
    QProcess p;
    p.start(serverBinary(), args);
    RunResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace comptoir::test
