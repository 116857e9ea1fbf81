#include "live/livehub.h"

#include "comptoir/jsonreader.h"
#include "domain/changescope.h"
#include "log/jsonlog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cmath>
#include <map>
#include <unordered_map>

namespace comptoir::server {

namespace {

constexpr int kPage = 500;
constexpr int kCloseProtocol = 4400;
constexpr int kCloseAuth = 4401;
constexpr int kCloseGone = 4410;
constexpr qint64 kTokenRecheckMs = 5000;

} // namespace

LiveHub::LiveHub(Store& store, AuthService& auth, Settings settings, QObject* parent)
    : QObject(parent), m_store(store), m_auth(auth), m_settings(settings),
      m_server(new QWebSocketServer(
          u"comptoir"_qs, m_settings.tls ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode,
          this))
{
    if (m_settings.tls)
        m_server->setSslConfiguration(*m_settings.tls);
    connect(m_server, &QWebSocketServer::newConnection, this, &LiveHub::onNewConnection);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveHub::pingAll);
    m_pingTimer.start(m_settings.pingIntervalMs);
    // An atomic load four times a second: cheap, and a revoked device's socket closes within it.
    connect(&m_revocationTimer, &QTimer::timeout, this, &LiveHub::recheckAfterRevocations);
    m_revocationsChecked = m_store.tokenRevocations();
    m_revocationTimer.start(250);
}

void LiveHub::recheckAfterRevocations()
{
    const quint64 revocations = m_store.tokenRevocations();
    if (revocations == m_revocationsChecked)
        return;
    m_revocationsChecked = revocations;
    // Closing a socket may remove it from m_clients at once: walk a copy of the keys.
    std::vector<QWebSocket*> ready;
    for (const auto& [socket, client] : m_clients)
        if (client.ready)
            ready.push_back(socket);
    for (QWebSocket* socket : ready)
        if (const auto it = m_clients.find(socket); it != m_clients.end() && it->second.ready)
            stillAuthorized(it->second); // closes the socket (4401) when its token stopped working
}

LiveHub::~LiveHub() = default;

bool LiveHub::listen(const QHostAddress& address, quint16 port)
{
    return m_server->listen(address, port);
}
quint16 LiveHub::port() const
{
    return m_server->serverPort();
}

void LiveHub::notifyCommitted(qint64)
{
    // Coalesce bursts: one push per turn of the event loop, whatever the number of commits.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_pushScheduled)
                return;
            m_pushScheduled = true;
            QTimer::singleShot(0, this, [this] {
                m_pushScheduled = false;
                pushAll();
            });
        },
        Qt::QueuedConnection);
}

void LiveHub::onNewConnection()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        socket->setMaxAllowedIncomingMessageSize(64 * 1024);
        Client& client = m_clients[socket];
        client.socket = socket;
        client.lastPongMs = QDateTime::currentMSecsSinceEpoch();
        client.helloTimer = std::make_unique<QTimer>();
        client.helloTimer->setSingleShot(true);
        connect(client.helloTimer.get(), &QTimer::timeout, this,
                [this, socket] { drop(socket, kCloseProtocol, u"no hello"_qs); });
        client.helloTimer->start(m_settings.helloTimeoutMs);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString& message) { onHello(socket, message); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            drop(socket, kCloseProtocol, u"binary frames are not part of the protocol"_qs);
        });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (auto it = m_clients.find(socket); it != m_clients.end())
                it->second.lastPongMs = QDateTime::currentMSecsSinceEpoch();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.erase(socket);
            socket->deleteLater();
        });
    }
}

void LiveHub::onHello(QWebSocket* socket, const QString& message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    Client& client = it->second;
    if (client.ready) // after the hello, clients only listen
        return drop(socket, kCloseProtocol, u"only one hello per connection"_qs);
    QJsonParseError error{};
    const QJsonObject hello = QJsonDocument::fromJson(message.toUtf8(), &error).object();
    if (error.error != QJsonParseError::NoError || hello.value(u"type"_qs).toString() != u"hello")
        return drop(socket, kCloseProtocol, u"expected {\"type\":\"hello\",\"token\",\"since\"}"_qs);
    const QJsonValue since = hello.value(u"since"_qs);
    const double sinceValue = since.toDouble(-1);
    if (!since.isDouble() || sinceValue < 0 || sinceValue != std::floor(sinceValue) || sinceValue > 9e15)
        return drop(socket, kCloseProtocol, u"since must be a non-negative integer"_qs);
    const QJsonValue token = hello.value(u"token"_qs);
    // Read before the token is: a revocation racing this hello is then seen at the first push.
    const quint64 revocationsBefore = m_store.tokenRevocations();
    std::optional<Principal> principal;
    if (token.isString()) {
        principal = m_auth.authenticate(token.toString().toStdString());
        if (!principal)
            return drop(socket, kCloseAuth, u"the token is unknown, expired or revoked"_qs);
    } else if (!token.isNull() && !token.isUndefined()) {
        return drop(socket, kCloseProtocol, u"token must be a string or null"_qs);
    }
    client.cursor = qint64(sinceValue);
    if (!m_store.canResumeFrom(client.cursor))
        return drop(socket, kCloseGone, u"cursor older than the tombstone window: bootstrap again"_qs);
    client.scope = principal ? changeScopeFor(*principal) : ChangeScope{};
    client.tokenHash = principal ? principal->tokenHash : QByteArray();
    client.revocationsSeen = revocationsBefore;
    client.recheckAtMs = QDateTime::currentMSecsSinceEpoch() + kTokenRecheckMs;
    client.ready = true;
    client.helloTimer.reset();
    catchUp(client, true);
}

bool LiveHub::catchUp(Client& client, bool answerHello)
{
    // The first frame after a hello is sent even when empty: it tells the client it is live.
    bool mustSend = answerHello;
    for (;;) {
        if (client.socket->bytesToWrite() > m_settings.maxQueuedBytes) {
            drop(client.socket, 1008, u"too slow: catch up with GET /api/v1/sync/changes"_qs);
            return false;
        }
        const std::vector<EncodedChange> page = m_store.changePage(client.cursor, kPage, client.scope);
        if (page.empty() && !mustSend)
            return true;
        mustSend = false;
        std::string frame = "{\"type\":\"changes\",\"changes\":[";
        for (size_t i = 0; i < page.size(); ++i) {
            if (i > 0)
                frame += ',';
            frame += page[i].json;
        }
        if (!page.empty()) {
            client.cursor = page.back().seq;
            m_store.noteIssuedCursor(client.cursor);
        }
        frame += "],\"next\":" + std::to_string(client.cursor) + "}";
        client.socket->sendTextMessage(QString::fromStdString(frame));
        if (int(page.size()) < kPage)
            return true;
    }
}

void LiveHub::pushAll()
{
    // Sockets at the same cursor share one read of the log: a commit costs one query, not one
    // per socket (1,000 at 1,000 clients), and sockets that see the same changes share a frame.
    std::map<qint64, std::vector<QWebSocket*>> byCursor;
    for (auto& [socket, client] : m_clients)
        if (client.ready)
            byCursor[client.cursor].push_back(socket);
    for (auto& [cursor, sockets] : byCursor) {
        std::erase_if(sockets, [this](QWebSocket* socket) {
            auto it = m_clients.find(socket);
            return it == m_clients.end() || !stillAuthorized(it->second);
        });
        if (!sockets.empty())
            pushFrom(cursor, sockets);
    }
}

void LiveHub::pushFrom(qint64 since, const std::vector<QWebSocket*>& sockets)
{
    for (;;) {
        const std::vector<LoggedChange> batch = m_store.changesAfter(since, kPage);
        if (batch.empty())
            return;
        // Frames by the set of changes they carry ('1' where a change is in), built once each.
        std::unordered_map<std::string, QString> frames;
        for (QWebSocket* socket : sockets) {
            auto it = m_clients.find(socket);
            if (it == m_clients.end())
                continue;
            Client& client = it->second;
            if (socket->bytesToWrite() > m_settings.maxQueuedBytes) {
                drop(socket, 1008, u"too slow: catch up with GET /api/v1/sync/changes"_qs);
                continue;
            }
            std::string carried(batch.size(), '0');
            qint64 lastVisible = 0;
            for (size_t i = 0; i < batch.size(); ++i)
                if (batch[i].visibleTo(client.scope)) {
                    carried[i] = '1';
                    lastVisible = batch[i].change.seq;
                }
            // Past what it may not see, too: the next read starts where the group's does.
            client.cursor = batch.back().change.seq;
            if (lastVisible == 0)
                continue;
            auto frame = frames.find(carried);
            if (frame == frames.end()) {
                std::string text = "{\"type\":\"changes\",\"changes\":[";
                bool first = true;
                for (size_t i = 0; i < batch.size(); ++i) {
                    if (carried[i] != '1')
                        continue;
                    if (!first)
                        text += ',';
                    first = false;
                    text += batch[i].change.json;
                }
                // `next` is the last change carried, as a page's is.
                text += "],\"next\":" + std::to_string(lastVisible) + "}";
                m_store.noteIssuedCursor(lastVisible);
                frame = frames.emplace(carried, QString::fromStdString(text)).first;
            }
            socket->sendTextMessage(frame->second);
        }
        if (int(batch.size()) < kPage)
            return;
        since = batch.back().change.seq;
    }
}

bool LiveHub::stillAuthorized(Client& client)
{
    if (client.tokenHash.isEmpty())
        return true; // anonymous: public changes only
    // A query per socket per push would cost 1,000 queries a commit at 1,000 clients: the token is
    // read again when a token was revoked anywhere (a logout closes its sockets before the next
    // push), and otherwise every few seconds, for expiry.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const quint64 revocations = m_store.tokenRevocations();
    if (revocations == client.revocationsSeen && now < client.recheckAtMs)
        return true;
    client.revocationsSeen = revocations;
    client.recheckAtMs = now + kTokenRecheckMs;
    if (m_store.userForToken(client.tokenHash, QDateTime::currentDateTimeUtc()))
        return true;
    drop(client.socket, kCloseAuth, u"the token was revoked or has expired"_qs);
    return false;
}

void LiveHub::pingAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<QWebSocket*> dead;
    for (auto& [socket, client] : m_clients) {
        // Two missed pongs: the peer is gone without closing (a cable pulled, a laptop asleep).
        if (now - client.lastPongMs > 2 * m_settings.pingIntervalMs + 1000)
            dead.push_back(socket);
        else if (!client.ready || stillAuthorized(client))
            socket->ping();
    }
    for (QWebSocket* socket : dead)
        drop(socket, 1001, u"no answer to pings"_qs);
}

void LiveHub::drop(QWebSocket* socket, int code, const QString& reason)
{
    log::write(log::Level::Info, "live client closed",
               {{"code", std::to_string(code), true}, {"reason", reason.toStdString()}});
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    if (auto it = m_clients.find(socket); it != m_clients.end())
        it->second.ready = false;
}

} // namespace comptoir::server
