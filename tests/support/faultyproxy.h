#pragma once
// A TCP proxy of our own between a client under test and a real server, which cuts connections
// on command or at random points of the byte stream: mid-request, after the server has answered
// (and so committed) but before the answer is through, mid-WebSocket frame. It runs on the test's
// event loop.

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace comptoir::test {

class FaultyProxy : public QObject {
public:
    explicit FaultyProxy(quint16 targetPort, QObject* parent = nullptr);
    ~FaultyProxy() override;

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QString url(const QString& scheme = u"http"_qs) const;
    void setTarget(quint16 targetPort) { m_target = targetPort; }

    // From now on, each time bytes pass on a connection that has no cut planned, a cut is planned
    // with `probability`, a random number of bytes (up to `maxBytes`) further in a random
    // direction: long-lived keep-alive connections and WebSockets are cut too. 0 turns it off.
    void setRandomCuts(double probability, int maxBytes, quint32 seed);
    // Cuts every open connection now.
    void cutAll();
    // Refuses service: new connections are closed at once, as a server that is down.
    void setRefusing(bool refusing) { m_refusing = refusing; }

    // issue 15 finish: from now on, the answer to a request whose bytes hold `pattern` (e.g.
    // "/payments HTTP/") is held back, once the server has sent it, until releaseHeld(): a test
    // makes another channel (the live feed) overtake it. An empty pattern holds nothing new.
    void holdAnswersTo(const QByteArray& pattern) { m_holdPattern = pattern; }
    // Bytes of held answers not sent, also of connections closed since (never to be sent).
    [[nodiscard]] qint64 heldBytes() const;
    // Sends what was held, in order, and stops holding those connections.
    void releaseHeld();

    [[nodiscard]] int connectionsSeen() const { return m_seen; }
    [[nodiscard]] int cutsMade() const { return m_cuts; }

private:
    struct Link;
    void onNewConnection();
    void forward(Link* link, QTcpSocket& from, QTcpSocket& to, bool upstream);
    void pass(Link* link, const QByteArray& bytes, QTcpSocket& to, bool upstream);
    void finish(Link* link, QTcpSocket& closed, QTcpSocket& other, bool upstream);
    void cut(Link* link);

    QTcpServer m_server;
    quint16 m_target;
    QList<Link*> m_links;
    QList<Link*> m_dead; // closed links, kept until the proxy goes (their sockets are deleted later)
    double m_probability = 0;
    int m_maxBytes = 0;
    QRandomGenerator m_random;
    bool m_refusing = false;
    int m_seen = 0;
    int m_cuts = 0;
    QByteArray m_holdPattern;
};

} // namespace comptoir::test
