#pragma once
// The live channel (API.md, Sync): a WebSocket to the server's ws_url that says hello with the
// token and the cache's cursor, then applies each frame of changes as it arrives. When the
// socket drops, or says something it should not, it is closed and opened again after an
// exponential backoff with jitter; meanwhile the owner pulls over HTTP. A silent peer is found
// by our own pings.

#include "sync/cache/changeapplier.h"
#include "sync/net/backoff.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace comptoir::sync {

class LiveClient : public QObject {
    Q_OBJECT
public:
    // `retryCapMs`: the longest wait between two connection attempts.
    LiveClient(LocalCache& cache, int retryCapMs, QObject* parent = nullptr);
    ~LiveClient() override;

    void start(const QUrl& url, const QByteArray& token);
    void stop();
    // The certificate check for wss:// (null: the system's defaults).
    void setTls(const QSslConfiguration& tls);
    // Connected, hello sent, and frames flowing.
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] const QUrl& url() const { return m_url; }

signals:
    void connectedChanged(bool connected);
    void applied(const comptoir::sync::ApplyResult& result);
    // The socket went away (or was closed for misbehaving); a reconnect is scheduled.
    void dropped(const QString& reason);
    void cacheDamaged(const QString& error);

private:
    void open();
    void onConnected();
    void onText(const QString& text);
    void onDisconnected();
    void dropAndRetry(const QString& reason);
    void setConnected(bool connected);

    LocalCache& m_cache;
    ChangeApplier m_applier;
    QWebSocket m_socket;
    QUrl m_url;
    QByteArray m_token;
    Backoff m_backoff;
    QTimer m_reconnect;
    QTimer m_ping;
    bool m_running = false;
    bool m_connected = false;
    bool m_awaitingPong = false;
};

} // namespace comptoir::sync
