#pragma once
// Sends the mail outbox from a background thread, in the style of WebhookSender: one mail at a
// time, claimed in the store with a lease before its SMTP transaction (libcurl), marked sent
// after the server accepted it, retried with exponential backoff when it did not. Without an
// SMTP server each mail becomes <mail-dir>/<mail id>.eml instead (written to a temporary file
// and renamed, so a reader never sees half a message and a retry replaces rather than adds).
//
// What "never twice" leaves open: a crash after the SMTP server said 250 and before the row is
// marked sent; once the lease runs out that mail is sent again (docs/architecture.md).

#include "store/store.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace comptoir::server {

class MailSender {
public:
    struct Settings {
        std::string smtpUrl; // smtp://host:port (or smtps://); empty: .eml files in mailDir
        QString from;        // the envelope sender is its bare address
        QString mailDir;
        // How long a claimed mail is left to its sender: past it (the process died) another
        // attempt may take it. Longer than an SMTP transaction may last (smtpTimeout).
        std::chrono::seconds lease{120};
        std::chrono::seconds smtpTimeout{60};
        std::chrono::milliseconds firstBackoff{1000};
        std::chrono::milliseconds maxBackoff{60 * 60 * 1000};
    };

    MailSender(Store& store, Settings settings);
    ~MailSender();
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    // A mail was queued: look now (and again shortly, as its transaction may not have committed).
    void wake();

    [[nodiscard]] static std::chrono::milliseconds backoff(int failedAttempts, const Settings& settings);

private:
    void run();
    // Sends every mail due now; returns when none is left or the sender stops.
    void sendDue();
    // Empty on success, else what went wrong.
    [[nodiscard]] std::string deliver(const ClaimedMail& mail);
    [[nodiscard]] std::string deliverSmtp(const ClaimedMail& mail);
    [[nodiscard]] std::string writeEml(const ClaimedMail& mail);

    Store& m_store;
    Settings m_settings;
    std::string m_envelopeFrom;
    std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_woken = false;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace comptoir::server
