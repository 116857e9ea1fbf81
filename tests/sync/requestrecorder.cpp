#include "requestrecorder.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace comptoir::test {

struct RequestRecorder::Link {
    QTcpSocket* client = nullptr;
    QTcpSocket* upstream = nullptr;
    QByteArray waiting; // from the client before the server's socket is connected
    QByteArray sent;    // everything the client sent, to read the request lines from
};

RequestRecorder::RequestRecorder(quint16 targetPort, QObject* parent) : QObject(parent), m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RequestRecorder::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

RequestRecorder::~RequestRecorder()
{
    m_server.close();
    for (Link* link : m_links) {
        link->client->disconnect(this);
        link->upstream->disconnect(this);
        delete link->client;
        delete link->upstream;
        delete link;
    }
}

QString RequestRecorder::url() const
{
    return u"http://127.0.0.1:%1"_qs.arg(m_server.serverPort());
}

QStringList RequestRecorder::requestLines() const
{
    // Requests of the sync library are headers and a JSON body at most: a request line is a
    // method, a target and the version, at the start of the stream or after a CRLF.
    static const QRegularExpression line(
        u"(?:^|\\r\\n)((?:GET|POST|PUT|PATCH|DELETE) /\\S* HTTP/1\\.[01])\\r\\n"_qs);
    QStringList lines;
    for (const Link* link : m_links) {
        auto it = line.globalMatch(QString::fromLatin1(link->sent));
        while (it.hasNext())
            lines << it.next().captured(1).chopped(9); // without " HTTP/1.1"
    }
    return lines;
}

void RequestRecorder::forget()
{
    for (Link* link : m_links)
        link->sent.clear();
}

void RequestRecorder::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        client->setParent(nullptr);
        auto* link = new Link{client, new QTcpSocket, {}, {}};
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [link] {
            const QByteArray bytes = link->client->readAll();
            link->sent += bytes;
            if (link->upstream->state() == QAbstractSocket::ConnectedState)
                link->upstream->write(bytes);
            else
                link->waiting += bytes;
        });
        connect(link->upstream, &QTcpSocket::connected, this,
                [link] { link->upstream->write(std::exchange(link->waiting, {})); });
        connect(link->upstream, &QTcpSocket::readyRead, this,
                [link] { link->client->write(link->upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [link] { link->upstream->disconnectFromHost(); });
        connect(link->upstream, &QTcpSocket::disconnected, this,
                [link] { link->client->disconnectFromHost(); });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

} // namespace comptoir::test
