#pragma once
// A request someone is waiting for at the screen (a card payment, a device check): sent at once,
// never queued in the outbox. Its Idempotency-Key stays the same across retries, so an answer lost
// on the way can be asked for again without charging twice; transient failures are retried with
// backoff until the deadline, then the last answer (or the lack of one) is reported.

#include "sync/net/backoff.h"
#include "sync/net/endpoint.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace comptoir::sync {

struct CallRequest {
    QString method = u"GET"_qs;
    QString path; // under /api/v1
    QByteArray body;
    QString idempotencyKey; // sent when not empty
    int deadlineMs = 20000;
};

class OnlineCall : public QObject {
    Q_OBJECT
public:
    OnlineCall(QNetworkAccessManager& network, Endpoint endpoint, CallRequest request,
               QObject* parent = nullptr);
    ~OnlineCall() override;

    void start();
    // A header sent with each attempt (the customer's cart: If-Match with the version it builds on).
    void setRawHeader(const QByteArray& name, const QByteArray& value) { m_headers.append({name, value}); }
    // Stops waiting; `finished` is not emitted.
    void abort();

signals:
    void finished(const comptoir::sync::HttpAnswer& answer);

private:
    void send();
    void onReply();

    QNetworkAccessManager& m_network;
    Endpoint m_endpoint;
    CallRequest m_request;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    Backoff m_backoff{std::chrono::milliseconds(300), std::chrono::milliseconds(3000)};
};

} // namespace comptoir::sync
