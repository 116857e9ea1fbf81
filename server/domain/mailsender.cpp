#include "domain/mailsender.h"

#include "domain/mailmessage.h"
#include "log/jsonlog.h"

#include <curl/curl.h>

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <cstring>

namespace comptoir::server {

namespace {

// With nothing due, the thread still looks this often: a mail queued in a transaction that had
// not committed when the thread was woken is found then.
constexpr std::chrono::milliseconds kIdlePoll{500};

struct Upload {
    const QByteArray* data;
    qsizetype offset = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(size * count, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

} // namespace

MailSender::MailSender(Store& store, Settings settings)
    : m_store(store), m_settings(std::move(settings)),
      m_envelopeFrom('<' + bareAddress(m_settings.from).toStdString() + '>')
{
    // Once, before the thread: curl_global_init is not thread-safe.
    if (!m_settings.smtpUrl.empty())
        curl_global_init(CURL_GLOBAL_DEFAULT);
    m_thread = std::thread([this] { run(); });
}

MailSender::~MailSender()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeUp.notify_all();
    m_thread.join();
}

void MailSender::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeUp.notify_one();
}

std::chrono::milliseconds MailSender::backoff(int failedAttempts, const Settings& settings)
{
    const int doublings = std::clamp(failedAttempts - 1, 0, 30);
    const double ms = double(settings.firstBackoff.count()) * double(qint64(1) << doublings);
    return std::chrono::milliseconds(qint64(std::min(ms, double(settings.maxBackoff.count()))));
}

std::string MailSender::deliverSmtp(const ClaimedMail& mail)
{
    CURL* curl = curl_easy_init();
    if (!curl)
        return "curl_easy_init failed";
    const std::string recipient = '<' + mail.recipient.toStdString() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, recipient.c_str());
    Upload upload{&mail.message};
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, m_settings.smtpUrl.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, m_envelopeFrom.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(mail.message.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.smtpTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK)
        return {};
    return std::string(curl_easy_strerror(rc)) + (error[0] ? std::string(": ") + error : std::string());
}

std::string MailSender::writeEml(const ClaimedMail& mail)
{
    if (!QDir().mkpath(m_settings.mailDir))
        return "cannot create " + m_settings.mailDir.toStdString();
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_qs);
    QString name = mail.mailId;
    name.replace(unsafe, u"_"_qs);
    // QSaveFile writes a temporary file beside it and renames it over the name on commit.
    QSaveFile file(m_settings.mailDir + u'/' + name + u".eml"_qs);
    if (!file.open(QIODevice::WriteOnly) || file.write(mail.message) != mail.message.size() || !file.commit())
        return file.errorString().toStdString();
    return {};
}

std::string MailSender::deliver(const ClaimedMail& mail)
{
    return m_settings.smtpUrl.empty() ? writeEml(mail) : deliverSmtp(mail);
}

void MailSender::sendDue()
{
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto mail = m_store.claimMail(now, now.addSecs(m_settings.lease.count()));
        if (!mail)
            return;
        const std::string error = deliver(*mail);
        if (error.empty()) {
            m_store.mailSent(mail->id, QDateTime::currentDateTimeUtc());
            log::write(log::Level::Debug, "mail sent",
                       {{"mail_id", mail->mailId.toStdString()},
                        {"attempts", std::to_string(mail->attempts), true}});
            continue;
        }
        const auto wait = backoff(mail->attempts, m_settings);
        m_store.mailFailed(mail->id, QDateTime::currentDateTimeUtc().addMSecs(wait.count()),
                           QString::fromStdString(error));
        log::write(log::Level::Warn, "mail not sent",
                   {{"mail_id", mail->mailId.toStdString()},
                    {"attempts", std::to_string(mail->attempts), true},
                    {"error", error},
                    {"retry_in_ms", std::to_string(wait.count()), true}});
    }
}

void MailSender::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_woken = false;
        lock.unlock();
        auto wake = std::chrono::steady_clock::now() + kIdlePoll;
        try {
            sendDue();
            if (const auto next = m_store.nextMailDue()) {
                const qint64 in = std::max<qint64>(QDateTime::currentDateTimeUtc().msecsTo(*next), 0);
                wake = std::min(wake, std::chrono::steady_clock::now() + std::chrono::milliseconds(in));
            }
        } catch (const std::exception& e) {
            log::write(log::Level::Error, "mail outbox failed", {{"error", e.what()}});
        }
        lock.lock();
        m_wakeUp.wait_until(lock, wake, [this] { return m_stopping || m_woken; });
    }
}

} // namespace comptoir::server
