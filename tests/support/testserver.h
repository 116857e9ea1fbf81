#pragma once
// A real comptoir-server process for a test: a free port, a fresh temp data folder (seeded
// with the demo store from a per-process template, so each test pays for seeding once), and
// helpers to sign in, stop, kill -9 and restart on the same folder.

#include "httpclient.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

inline constexpr auto kDemoPassword = "comptoir-demo";

class TestServer {
public:
    struct Options {
        bool demo = true;
        QStringList extraArgs;
        // A data folder of the caller's (kept after the server stops) instead of a fresh one.
        QString dataDir = {};
    };

    TestServer() : TestServer(Options{}) {}
    explicit TestServer(Options options);
    ~TestServer();

    // Starts the process and waits until it prints the URL it listens on. False on failure,
    // with the reason in lastError().
    bool start();
    void stop();     // SIGTERM and wait
    void killHard(); // SIGKILL, as a crash or power cut of the process would
    bool restart();  // on the same data folder (a new port)
    // Stops and starts again on the same data folder and the same HTTP and live ports, as a
    // server restarted by its operator: connected clients find it where it was.
    bool restartOnSamePorts();

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] int wsPort() const { return m_wsPort; }
    // Where the server said it listens ("http://127.0.0.1:port"; https with --tls-cert, another
    // host with --listen).
    [[nodiscard]] QString url() const { return u"%1://%2:%3"_qs.arg(m_scheme, m_host).arg(m_port); }
    // The live channel's address as /info advertises it, and the port it listens on.
    [[nodiscard]] QString wsUrl() const { return m_wsUrl; }
    [[nodiscard]] QString dataDir() const
    {
        return m_options.dataDir.isEmpty() ? m_dir->path() : m_options.dataDir;
    }
    [[nodiscard]] QString databasePath() const { return dataDir() + u"/comptoir.db"_qs; }
    // With COMPTOIR_TEST_BACKEND=postgres: the server's database (one per data folder, kept
    // across restarts); empty otherwise.
    [[nodiscard]] const QString& databaseUrl() const { return m_databaseUrl; }
    [[nodiscard]] const QString& lastError() const { return m_error; }
    // Everything the server logged (its stderr, kept in a file beside the data folder).
    [[nodiscard]] QByteArray standardError();
    [[nodiscard]] QString logPath() const { return m_logDir.path() + u"/server.log"_qs; }
    [[nodiscard]] bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    [[nodiscard]] HttpClient client() const { return HttpClient(url().toStdString()); }

    // A bearer token for a demo account (password comptoir-demo); empty on failure.
    [[nodiscard]] std::string login(const QString& email,
                                    const QString& password = QString::fromLatin1(kDemoPassword));
    // Kiosk tokens of the demo store, by store id.
    [[nodiscard]] std::string kioskToken(const QString& storeId) const;

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_logDir;
    QString m_scheme = u"http"_qs;
    QString m_host = u"127.0.0.1"_qs;
    int m_port = 0;
    int m_wsPort = 0;
    QString m_wsUrl;
    int m_requestedPort = 0; // 0: any free port
    int m_requestedWsPort = 0;
    QString m_error;
    QString m_databaseUrl; // issue 17: COMPTOIR_TEST_BACKEND=postgres
};

// Runs the server binary with `args` to completion; returns exit code and output.
struct RunResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
RunResult runServerBinary(const QStringList& args, int timeoutMs = 30000);

} // namespace comptoir::test
