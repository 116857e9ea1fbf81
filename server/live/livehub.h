#pragma once
// The live channel (API.md, Sync): a QWebSocketServer on --ws-port. A client says hello with
// its token and cursor, gets the catch-up from that cursor, then each commit's changes within
// milliseconds, in its scope. Push is an accelerator, pull stays the truth: a client whose send
// queue grows past a bound is dropped and catches up by pulling.

#include "domain/authservice.h"
#include "store/store.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>
#include <optional>
#include <unordered_map>

class QWebSocket;
class QWebSocketServer;

namespace comptoir::server {

class LiveHub : public QObject {
    Q_OBJECT

public:
    struct Settings {
        int helloTimeoutMs = 5000;
        int pingIntervalMs = 15000;
        qint64 maxQueuedBytes = 8 << 20;
        // Set: the channel is wss:// with this certificate and key (the HTTP API's own), so the
        // token in a hello never travels in clear when the API does not.
        std::optional<QSslConfiguration> tls;
    };

    LiveHub(Store& store, AuthService& auth, Settings settings, QObject* parent = nullptr);
    ~LiveHub() override;

    // Listens on `address`:`port` (0: any free port); false when the port is taken.
    bool listen(const QHostAddress& address, quint16 port);
    [[nodiscard]] quint16 port() const;
    // Thread-safe: called by the store after each commit, from any worker thread.
    void notifyCommitted(qint64 lastSeq);

private:
    struct Client {
        QWebSocket* socket = nullptr;
        bool ready = false;
        ChangeScope scope;
        QByteArray tokenHash;        // checked again before pushes: logout or expiry ends the feed
        quint64 revocationsSeen = 0; // the store's revocation count at the last check
        qint64 recheckAtMs = 0;      // and when expiry is next checked
        qint64 cursor = 0;
        qint64 lastPongMs = 0;
        std::unique_ptr<QTimer> helloTimer;
    };

    void onNewConnection();
    void onHello(QWebSocket* socket, const QString& message);
    void pushAll();
    // Sends the changes after `since` to `sockets` (all at that cursor), each within its scope.
    void pushFrom(qint64 since, const std::vector<QWebSocket*>& sockets);
    // Sends what `client` has not seen yet, page by page; false when it was dropped.
    // `answerHello` sends a frame even when there is nothing new: it tells the client it is live.
    bool catchUp(Client& client, bool answerHello = false);
    void pingAll();
    // Checks the sockets' tokens again when a token was revoked anywhere (a logout, a disabled
    // user, a revoked device: issue 16), so their sockets close at once, not at the next push.
    void recheckAfterRevocations();
    // False (and the socket closed with 4401) when the client's token no longer works.
    bool stillAuthorized(Client& client);
    void drop(QWebSocket* socket, int code, const QString& reason);

    Store& m_store;
    AuthService& m_auth;
    Settings m_settings;
    QWebSocketServer* m_server;
    QTimer m_pingTimer;
    QTimer m_revocationTimer;
    quint64 m_revocationsChecked = 0;
    std::unordered_map<QWebSocket*, Client> m_clients;
    bool m_pushScheduled = false;
};

} // namespace comptoir::server
