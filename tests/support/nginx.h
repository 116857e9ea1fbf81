#pragma once
// Debian's nginx in front of the servers of a test, as operators run it: started by the test in
// the foreground (one process, no daemon) on a free loopback port, with its configuration, logs,
// pid and temp files in a temp folder of its own; stopped with the test.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

class Nginx {
public:
    // Picks the port now, so the servers can be told their public address before nginx starts.
    Nginx();
    ~Nginx();
    Nginx(const Nginx&) = delete;
    Nginx& operator=(const Nginx&) = delete;

    // Starts nginx with `serverBody` as the body of its one `server {}` block (locations,
    // proxy_pass ...), `httpBody` before it (upstreams, maps); waits until it answers on its port.
    bool start(const QString& serverBody, const QString& httpBody = {});
    void stop();

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString url(const QString& scheme = u"http"_qs) const;
    [[nodiscard]] const QString& lastError() const { return m_error; }
    // What nginx logged (warnings and errors), to explain a failure.
    [[nodiscard]] QByteArray errorLog() const;
    // The `map` that turns a WebSocket upgrade into Connection: upgrade (for httpBody).
    static QString upgradeMap();
    // The directives of a location that proxies WebSockets to `upstream` ("http://127.0.0.1:8081").
    static QString webSocketProxy(const QString& upstream);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace comptoir::test
