#include "sync/live/liveclient.h"

#include "sync/synclog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::sync {

namespace {
constexpr int kPingIntervalMs = 15000; // a pong must come back before the next ping
// Catch-up frames hold 500 changes; a few MB is generous, and bounds what a hostile peer costs.
constexpr qint64 kMaxFrameBytes = 16 << 20;
} // namespace

LiveClient::LiveClient(LocalCache& cache, int retryCapMs, QObject* parent)
    : QObject(parent), m_cache(cache), m_applier(cache),
      m_backoff(std::chrono::milliseconds(250), std::chrono::milliseconds(retryCapMs))
{
    m_socket.setMaxAllowedIncomingMessageSize(kMaxFrameBytes);
    m_socket.setMaxAllowedIncomingFrameSize(kMaxFrameBytes);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &LiveClient::open);
    m_ping.setInterval(kPingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_awaitingPong)
            return dropAndRetry(u"the server stopped answering pings"_qs);
        m_awaitingPong = true;
        m_socket.ping();
    });
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_awaitingPong = false; });
    connect(&m_socket, &QWebSocket::connected, this, &LiveClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveClient::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveClient::onText);
    // The handshake then fails and the socket drops: say why, for whoever reads the log.
    connect(&m_socket, &QWebSocket::sslErrors, this, [](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            qCWarning(lcSync) << "live channel: the server's certificate is refused:" << e.errorString();
    });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [this] { dropAndRetry(u"the server sent a binary frame"_qs); });
}

LiveClient::~LiveClient()
{
    m_running = false;
    m_socket.disconnect(this);
    m_socket.abort();
}

void LiveClient::start(const QUrl& url, const QByteArray& token)
{
    if (m_running && url == m_url && token == m_token)
        return; // already at it, with its own backoff
    m_url = url;
    m_token = token;
    m_running = true;
    m_backoff.reset();
    if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_reconnect.isActive())
        open();
}

void LiveClient::setTls(const QSslConfiguration& tls)
{
    if (!tls.isNull())
        m_socket.setSslConfiguration(tls);
}

void LiveClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_ping.stop();
    m_socket.abort();
    setConnected(false);
}

void LiveClient::open()
{
    if (!m_running)
        return;
    qCDebug(lcSync) << "opening the live channel" << m_url;
    m_socket.open(m_url);
}

void LiveClient::onConnected()
{
    // The cursor is read now, not when the socket was asked for: pulls may have moved it.
    const QJsonObject hello{
        {u"type"_qs, u"hello"_qs},
        {u"token"_qs, m_token.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(m_token))},
        {u"since"_qs, double(m_cache.cursor())}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
    m_awaitingPong = false;
    m_ping.start();
}

void LiveClient::onText(const QString& text)
{
    try {
        const LiveFrame frame = decodeLiveFrame(text.toUtf8());
        if (frame.type != u"changes") {
            qCInfo(lcSync) << "ignoring a live frame of unknown type" << frame.type;
            return;
        }
        const ApplyResult result = m_applier.applyPage(frame.page);
        if (result.bulkLoadOpen)
            m_cache.finishBulkLoad(); // live frames come at the head of the feed
        m_backoff.reset();            // a frame applied: the channel works
        setConnected(true);
        emit applied(result);
    } catch (const NotAPage& e) {
        dropAndRetry(u"the server sent a frame that is not a frame of changes: "_qs +
                     QString::fromUtf8(e.what()));
    } catch (const ProtocolError& e) {
        dropAndRetry(u"the server sent a malformed changes frame: "_qs + QString::fromUtf8(e.what()));
    } catch (const sqlite::Error& e) {
        if (e.isCorrupt())
            emit cacheDamaged(QString::fromUtf8(e.what()));
        dropAndRetry(u"could not apply live changes: "_qs + QString::fromUtf8(e.what()));
    }
}

void LiveClient::onDisconnected()
{
    m_ping.stop();
    setConnected(false);
    if (!m_running)
        return;
    const QString reason =
        m_socket.closeReason().isEmpty()
            ? m_socket.errorString()
            : u"closed %1: %2"_qs.arg(int(m_socket.closeCode())).arg(m_socket.closeReason());
    const auto delay = m_backoff.nextDelay();
    qCInfo(lcSync) << "live channel dropped (" << reason << "); again in" << delay.count() << "ms";
    m_reconnect.start(delay);
    emit dropped(reason);
}

void LiveClient::dropAndRetry(const QString& reason)
{
    qCWarning(lcSync) << reason;
    // abort() emits disconnected(), which schedules the reconnect with backoff.
    m_socket.abort();
}

void LiveClient::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    emit connectedChanged(connected);
}

} // namespace comptoir::sync
