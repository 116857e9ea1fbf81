#include "app/shop/singleinstance.h"

#include "app/core/applog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace comptoir::app {

namespace {
// A link is under a kilobyte (ResetLink refuses longer ones); more than this is no instance of ours.
constexpr qint64 kMaxMessageBytes = 8 * 1024;
} // namespace

SingleInstance::SingleInstance(QString key, QObject* parent) : QObject(parent), m_key(std::move(key))
{
    // Only this user may hand a link to their shop.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::keyFor(const QString& mode, const QString& profileDir)
{
    const QString profile = profileDir.isEmpty() ? QString() : QDir(profileDir).absolutePath();
    // Socket names are short (a Unix socket path has ~100 bytes): the profile's path as a digest.
    const QByteArray digest =
        QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"comptoir-"_qs + mode + u'-' + QString::fromLatin1(digest);
}

bool SingleInstance::handOver(const QString& message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(timeoutMs))
        return false; // none runs (or a crashed one left its socket: listen() takes it over)
    socket.write(message.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running one says it took it, so this one never exits on a message lost half-way.
    if (!socket.waitForReadyRead(timeoutMs) || !socket.readAll().startsWith("ok"))
        return false;
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_key))
        return true;
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        // handOver() found nobody behind it: a socket file left by a shop that crashed.
        QLocalServer::removeServer(m_key);
        if (m_server.listen(m_key))
            return true;
    }
    qCWarning(lcApp) << "single instance: cannot listen on" << m_key << m_server.errorString();
    return false;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxMessageBytes)
                return socket->abort();
            if (!socket->canReadLine())
                return;
            const QString message = QString::fromUtf8(socket->readLine()).trimmed();
            socket->write("ok\n");
            socket->flush();
            qCInfo(lcApp) << "single instance: a second start handed over"
                          << (message.isEmpty() ? "nothing" : "a link");
            emit messageReceived(message);
        });
    }
}

} // namespace comptoir::app
