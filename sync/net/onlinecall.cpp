#include "sync/net/onlinecall.h"

#include "sync/synclog.h"

namespace comptoir::sync {

namespace {
constexpr int kAttemptTimeoutMs = 8000;
}

OnlineCall::OnlineCall(QNetworkAccessManager& network, Endpoint endpoint, CallRequest request,
                       QObject* parent)
    : QObject(parent), m_network(network), m_endpoint(std::move(endpoint)), m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OnlineCall::send);
}

OnlineCall::~OnlineCall()
{
    abort();
}

void OnlineCall::start()
{
    m_clock.start();
    send();
}

void OnlineCall::abort()
{
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OnlineCall::send()
{
    const int left = m_request.deadlineMs - int(m_clock.elapsed());
    QNetworkRequest request = m_endpoint.request(m_request.path, std::clamp(left, 1000, kAttemptTimeoutMs));
    if (!m_request.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_qs);
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey.toUtf8());
    for (const auto& [name, value] : m_headers)
        request.setRawHeader(name, value);
    m_reply = m_network.sendCustomRequest(request, m_request.method.toUtf8(), m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &OnlineCall::onReply);
}

void OnlineCall::onReply()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    const HttpAnswer answer = HttpAnswer::from(*reply);
    reply->deleteLater();
    m_reply = nullptr;
    const auto wait = m_backoff.nextDelay();
    const bool timeLeft = m_clock.elapsed() + wait.count() < m_request.deadlineMs;
    if ((answer.isTransient() || answer.foreign) && timeLeft) {
        qCInfo(lcSync) << m_request.method << m_request.path << "will be tried again:" << answer.describe();
        m_retryTimer.start(
            answer.retryAfterSeconds > 0 ? std::chrono::milliseconds(answer.retryAfterSeconds * 1000) : wait);
        return;
    }
    emit finished(answer);
}

} // namespace comptoir::sync
