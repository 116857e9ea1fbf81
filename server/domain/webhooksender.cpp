#include "domain/webhooksender.h"

#include "comptoir/ids.h"
#include "domain/webhooksignature.h"
#include "log/jsonlog.h"

#include <httplib.h>

#include <QDateTime>
#include <QJsonDocument>
#include <algorithm>

namespace comptoir::server {

namespace {
// How long the thread sleeps with nothing due: it then looks at the outbox again, for an event
// committed after the time it was told to look.
constexpr std::chrono::milliseconds kIdlePoll{1000};
constexpr int kBatch = 50;
} // namespace

WebhookSender::WebhookSender(Store& store, QByteArray secret, std::string baseUrl, std::string path,
                             Settings settings)
    : m_store(store), m_secret(std::move(secret)), m_baseUrl(std::move(baseUrl)), m_path(std::move(path)),
      m_settings(settings), m_thread([this] { run(); })
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

std::chrono::milliseconds WebhookSender::backoff(int failedAttempts, const Settings& settings)
{
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const double ms = double(settings.firstBackoff.count()) * double(qint64(1) << doublings);
    return std::chrono::milliseconds(qint64(std::min(ms, double(settings.maxBackoff.count()))));
}

void WebhookSender::send(const QString& type, const QJsonObject& data)
{
    const QString id = newId(u"evt"_qs);
    const QJsonObject event{{u"id"_qs, id}, {u"type"_qs, type}, {u"data"_qs, data}};
    m_store.enqueueWebhookEvent(id, QJsonDocument(event).toJson(QJsonDocument::Compact),
                                QDateTime::currentDateTimeUtc().addMSecs(m_settings.firstDelay.count()));
    {
        std::lock_guard lock(m_mutex);
        const auto due = std::chrono::steady_clock::now() + m_settings.firstDelay;
        if (!m_hint || due < *m_hint)
            m_hint = due;
    }
    m_wake.notify_one();
}

void WebhookSender::deliverDue(httplib::Client& client)
{
    for (;;) {
        if (!m_store.isLeader())
            return; // another server of this database delivers the outbox
        const QList<OutboxEvent> due = m_store.dueWebhookEvents(QDateTime::currentDateTimeUtc(), kBatch);
        for (const OutboxEvent& event : due) {
            {
                std::lock_guard lock(m_mutex);
                if (m_stopping)
                    return;
            }
            const QString signature =
                webhookSignatureHeader(m_secret, QDateTime::currentSecsSinceEpoch(), event.body);
            const auto r = client.Post(m_path.c_str(), {{"Comptoir-Signature", signature.toStdString()}},
                                       event.body.toStdString(), "application/json");
            if (r && r->status >= 200 && r->status < 300) {
                m_store.webhookEventDelivered(event.id);
                continue;
            }
            const std::string error =
                r ? "status " + std::to_string(r->status) : httplib::to_string(r.error());
            const int attempts = event.attempts + 1;
            const auto wait = backoff(attempts, m_settings);
            m_store.webhookEventFailed(event.id, attempts,
                                       QDateTime::currentDateTimeUtc().addMSecs(wait.count()),
                                       QString::fromStdString(error));
            log::write(log::Level::Warn, "webhook delivery failed",
                       {{"event_id", event.eventId.toStdString()},
                        {"attempts", std::to_string(attempts), true},
                        {"error", error},
                        {"retry_in_ms", std::to_string(wait.count()), true}});
        }
        if (due.size() < kBatch)
            return;
    }
}

void WebhookSender::run()
{
    httplib::Client client(m_baseUrl);
    client.set_connection_timeout(2, 0);
    client.set_read_timeout(5, 0);
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        // The outbox is read now: an event due by now is found there, if committed.
        if (m_hint && *m_hint <= std::chrono::steady_clock::now())
            m_hint.reset();
        lock.unlock();
        auto wake = std::chrono::steady_clock::now() + kIdlePoll;
        try {
            deliverDue(client);
            if (const auto next = m_store.nextWebhookEventDue()) {
                const qint64 in = std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(*next), 0);
                wake = std::min(wake, std::chrono::steady_clock::now() + std::chrono::milliseconds(in));
            }
        } catch (const std::exception& e) {
            log::write(log::Level::Error, "webhook outbox failed", {{"error", e.what()}});
        }
        lock.lock();
        // Until the next event due, or the one just sent when it comes first.
        for (;;) {
            const auto until = m_hint ? std::min(wake, *m_hint) : wake;
            if (m_stopping || std::chrono::steady_clock::now() >= until)
                break;
            m_wake.wait_until(lock, until);
        }
    }
}

} // namespace comptoir::server
