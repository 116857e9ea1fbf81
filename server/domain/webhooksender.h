#pragma once
// The payment simulator's outgoing webhooks: events are signed like a real processor's
// (Comptoir-Signature) and posted to the server's own webhook endpoint from a background
// thread, after a short delay and with a few retries, as asynchronous processor events arrive.

#include <QByteArray>
#include <QJsonObject>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace comptoir::server {

class WebhookSender {
public:
    WebhookSender(QByteArray secret, std::string host, int port, std::string path);
    ~WebhookSender();
    WebhookSender(const WebhookSender&) = delete;
    WebhookSender& operator=(const WebhookSender&) = delete;

    // Queues {"id", "type", "data"}; never blocks the caller.
    void send(const QString& type, const QJsonObject& data);

private:
    void run();

    QByteArray m_secret;
    std::string m_host;
    int m_port;
    std::string m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace comptoir::server
