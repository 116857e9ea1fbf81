#pragma once
// Where the domain puts a mail: it is composed into a complete message at once and written to
// the store's outbox in the caller's transaction (so it exists if and only if the event that
// caused it committed); the sender thread (MailSender) is then told to look.

#include "domain/mailmessage.h"
#include "store/store.h"

#include <functional>

namespace comptoir::server {

class MailOutbox {
public:
    static constexpr auto kDefaultFrom = "Comptoir <no-reply@comptoir.local>";

    MailOutbox(Store& store, QString from);

    // False when `mailId` was queued before (one mail per event, however often it is raised) or
    // when `to` is no address a header or SMTP command may carry (nothing is queued then).
    bool enqueue(const QString& mailId, const QString& kind, const QString& to, const MailContent& content);
    // Called after each enqueue: MailSender::wake.
    void setWake(std::function<void()> wake) { m_wake = std::move(wake); }

private:
    Store& m_store;
    QString m_from;
    QString m_domain; // of the From address, for Message-IDs
    std::function<void()> m_wake;
};

} // namespace comptoir::server
