#include "faultyproxy.h"

#include <QHostAddress>

namespace comptoir::test {

struct FaultyProxy::Link {
    QTcpSocket* client = nullptr;
    QTcpSocket* server = nullptr;
    QByteArray pendingUpstream; // what the client sent before the server side connected
    qint64 cutAfter = -1;       // bytes in the planned direction; -1: no cut
    bool cutUpstream = false;   // the direction: client → server (true) or back
    qint64 upstreamBytes = 0;
    qint64 downstreamBytes = 0;
    bool dead = false;
    bool holding = false; // answers held back (holdAnswersTo)
    QByteArray held;
};

FaultyProxy::FaultyProxy(quint16 targetPort, QObject* parent) : QObject(parent), m_target(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultyProxy::~FaultyProxy()
{
    qDeleteAll(m_dead);
    for (Link* link : m_links) {
        link->client->disconnect(this);
        link->server->disconnect(this);
        link->client->abort();
        link->server->abort();
        delete link->client;
        delete link->server;
        delete link;
    }
}

QString FaultyProxy::url(const QString& scheme) const
{
    return u"%1://127.0.0.1:%2"_qs.arg(scheme).arg(port());
}

void FaultyProxy::setRandomCuts(double probability, int maxBytes, quint32 seed)
{
    m_probability = probability;
    m_maxBytes = maxBytes;
    m_random.seed(seed);
}

void FaultyProxy::cutAll()
{
    const QList<Link*> links = m_links;
    for (Link* link : links) {
        ++m_cuts;
        cut(link);
    }
}

void FaultyProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_seen;
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto* link = new Link;
        link->client = client;
        link->server = new QTcpSocket;
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] {
            if (link->server->state() == QAbstractSocket::ConnectedState)
                forward(link, *link->client, *link->server, true);
            else
                link->pendingUpstream += link->client->readAll();
        });
        connect(link->server, &QTcpSocket::connected, this, [this, link] {
            // What the client sent early goes first, through the same counting path.
            if (!link->pendingUpstream.isEmpty())
                pass(link, std::exchange(link->pendingUpstream, {}), *link->server, true);
            if (!link->dead)
                forward(link, *link->client, *link->server, true);
        });
        connect(link->server, &QTcpSocket::readyRead, this,
                [this, link] { forward(link, *link->server, *link->client, false); });
        // A side that closes (or fails) closes the other gracefully, after what is on its way.
        connect(client, &QTcpSocket::disconnected, this,
                [this, link] { finish(link, *link->client, *link->server, true); });
        connect(client, &QTcpSocket::errorOccurred, this,
                [this, link] { finish(link, *link->client, *link->server, true); });
        connect(link->server, &QTcpSocket::disconnected, this,
                [this, link] { finish(link, *link->server, *link->client, false); });
        connect(link->server, &QTcpSocket::errorOccurred, this,
                [this, link] { finish(link, *link->server, *link->client, false); });
        link->server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultyProxy::forward(Link* link, QTcpSocket& from, QTcpSocket& to, bool upstream)
{
    if (!link->dead)
        pass(link, from.readAll(), to, upstream);
}

void FaultyProxy::pass(Link* link, const QByteArray& bytes, QTcpSocket& to, bool upstream)
{
    if (link->cutAfter < 0 && m_probability > 0 && m_random.generateDouble() < m_probability) {
        link->cutUpstream = m_random.bounded(2) == 0;
        link->cutAfter = (link->cutUpstream ? link->upstreamBytes : link->downstreamBytes) +
                         m_random.bounded(m_maxBytes + 1);
    }
    qint64& count = upstream ? link->upstreamBytes : link->downstreamBytes;
    if (link->cutAfter >= 0 && link->cutUpstream == upstream && count + bytes.size() > link->cutAfter) {
        // Let through exactly up to the cut point, then drop both sides.
        to.write(bytes.left(link->cutAfter - count));
        to.flush();
        ++m_cuts;
        return cut(link);
    }
    count += bytes.size();
    if (upstream && !m_holdPattern.isEmpty() && bytes.contains(m_holdPattern))
        link->holding = true;
    if (!upstream && link->holding) {
        link->held += bytes;
        return;
    }
    to.write(bytes);
}

qint64 FaultyProxy::heldBytes() const
{
    qint64 bytes = 0;
    for (const QList<Link*>* links : {&m_links, &m_dead})
        for (const Link* link : *links)
            bytes += link->held.size();
    return bytes;
}

void FaultyProxy::releaseHeld()
{
    m_holdPattern.clear();
    for (Link* link : m_links) {
        if (!link->holding)
            continue;
        link->holding = false;
        if (!link->dead && link->client->state() == QAbstractSocket::ConnectedState)
            link->client->write(std::exchange(link->held, {}));
    }
}

void FaultyProxy::finish(Link* link, QTcpSocket& closed, QTcpSocket& other, bool upstream)
{
    if (link->dead)
        return;
    if (other.state() == QAbstractSocket::ConnectedState)
        forward(link, closed, other, upstream); // may cut
    if (link->dead)
        return;
    link->dead = true;
    m_links.removeOne(link);
    closed.disconnect(this);
    other.disconnect(this);
    closed.deleteLater();
    QTcpSocket* rest = &other;
    if (rest->state() == QAbstractSocket::UnconnectedState) {
        rest->deleteLater();
    } else {
        connect(rest, &QTcpSocket::disconnected, rest, &QObject::deleteLater);
        rest->disconnectFromHost(); // once what is queued has gone out
    }
    m_dead.append(link); // freed with the proxy: a caller up the stack may still look at it
}

void FaultyProxy::cut(Link* link)
{
    if (link->dead)
        return;
    link->dead = true;
    m_links.removeOne(link);
    link->client->disconnect(this);
    link->server->disconnect(this);
    link->client->abort();
    link->server->abort();
    link->client->deleteLater();
    link->server->deleteLater();
    m_dead.append(link); // freed with the proxy: a caller up the stack may still look at it
}

} // namespace comptoir::test
