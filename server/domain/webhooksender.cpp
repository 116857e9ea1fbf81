#include "domain/webhooksender.h"

#include "comptoir/ids.h"
#include "domain/webhooksignature.h"
#include "log/jsonlog.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>

namespace comptoir::server {

WebhookSender::WebhookSender(QByteArray secret, std::string host, int port, std::string path)
    : m_secret(std::move(secret)), m_host(std::move(host)), m_port(port), m_path(std::move(path)),
      m_thread([this] { run(); })
{
}

WebhookSender::~WebhookSender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WebhookSender::send(const QString& type, const QJsonObject& data)
{
    const QJsonObject event{{u"id"_qs, newId(u"evt"_qs)}, {u"type"_qs, type}, {u"data"_qs, data}};
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.size() > 10'000)
            return; // a processor that cannot deliver drops events; pull reconciliation covers them
        m_queue.push_back(QJsonDocument(event).toJson(QJsonDocument::Compact));
    }
    m_wake.notify_one();
}

void WebhookSender::run()
{
    httplib::Client client(m_host, m_port);
    client.set_connection_timeout(2, 0);
    client.set_read_timeout(5, 0);
    for (;;) {
        QByteArray body;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            body = m_queue.front();
            m_queue.pop_front();
        }
        // Asynchronous, as a processor's: the charge's own transaction has committed by then.
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QString signature =
                webhookSignatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), body);
            const auto r = client.Post(m_path.c_str(), {{"Comptoir-Signature", signature.toStdString()}},
                                       body.toStdString(), "application/json");
            if (r && r->status < 500)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(500 << attempt));
        }
    }
}

} // namespace comptoir::server
