#pragma once
// A TCP proxy of our own between a client under test and a real server that keeps every request
// line the client sent, query included (the server's own log leaves the query out): a test tells
// a bootstrap (GET /api/v1/sync/changes?since=0) from a delta by what reached the server, without
// looking inside the client. It runs on the test's event loop.

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace comptoir::test {

class RequestRecorder : public QObject {
public:
    explicit RequestRecorder(quint16 targetPort, QObject* parent = nullptr);
    ~RequestRecorder() override;

    [[nodiscard]] QString url() const;
    // "GET /api/v1/sync/changes?since=0&limit=5000", one per request sent so far, in the order
    // each connection sent them.
    [[nodiscard]] QStringList requestLines() const;
    // From now on, requestLines() holds only what is sent after this call.
    void forget();

private:
    struct Link;
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_target;
    QList<Link*> m_links;
};

} // namespace comptoir::test
