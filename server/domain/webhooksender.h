#pragma once
// The payment simulator's outgoing webhooks, delivered as a real processor delivers them: each
// event is a row of the store's outbox, written in the transaction that raised it, signed
// (Comptoir-Signature) at each attempt and posted from a background thread until the endpoint
// answers 2xx, with exponential backoff between attempts. Nothing is dropped: an event waits
// in the outbox through endpoint failures and restarts, for as long as it takes.

#include "store/store.h"

#include <QByteArray>
#include <QJsonObject>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace httplib {
class Client;
}

namespace comptoir::server {

class WebhookSender {
public:
    struct Settings {
        // Before the first attempt: a processor's events are asynchronous.
        std::chrono::milliseconds firstDelay{200};
        // After the n-th failed attempt, firstBackoff × 2^(n−1), at most maxBackoff.
        std::chrono::milliseconds firstBackoff{1000};
        std::chrono::milliseconds maxBackoff{10 * 60 * 1000};
    };

    // `baseUrl` is "http://host:port" (or https), `path` the endpoint's path on it.
    WebhookSender(Store& store, QByteArray secret, std::string baseUrl, std::string path, Settings settings);
    ~WebhookSender();
    WebhookSender(const WebhookSender&) = delete;
    WebhookSender& operator=(const WebhookSender&) = delete;

    // Puts {"id", "type", "data"} in the outbox, in the caller's transaction when there is one:
    // it is sent once that commits, never if it rolls back. Never waits for the endpoint.
    void send(const QString& type, const QJsonObject& data);

    [[nodiscard]] static std::chrono::milliseconds backoff(int failedAttempts, const Settings& settings);

private:
    void run();
    void deliverDue(httplib::Client& client);

    Store& m_store;
    QByteArray m_secret;
    std::string m_baseUrl;
    std::string m_path;
    Settings m_settings;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    // When the newest event sent is due: its row may not be committed yet when the thread wakes
    // for it, so the thread looks again at that time.
    std::optional<std::chrono::steady_clock::time_point> m_hint;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace comptoir::server
