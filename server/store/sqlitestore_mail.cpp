// SqlStore: the mail outbox (see store/mailstore.h).
#include "store/sqlstore.h"

namespace comptoir::server {

bool SqlStore::enqueueMail(const NewMail& mail)
{
    bool queued = false;
    transaction([&] {
        conn()
            .prepare("INSERT INTO mail_outbox(mail_id, kind, recipient, subject, message, next_attempt_at, "
                     "created_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(mail_id) DO NOTHING")
            .bind(1, mail.mailId)
            .bind(2, mail.kind)
            .bind(3, mail.recipient)
            .bind(4, mail.subject)
            .bindBlob(5, mail.message)
            .bind(6, mail.dueAt.toMSecsSinceEpoch())
            .bind(7, QDateTime::currentMSecsSinceEpoch())
            .exec();
        queued = conn().changes() == 1;
    });
    return queued;
}

std::optional<ClaimedMail> SqlStore::claimMail(const QDateTime& now, const QDateTime& leaseUntil)
{
    std::optional<ClaimedMail> claimed;
    transaction([&] {
        auto st = conn().prepare(
            "UPDATE mail_outbox SET state = 'sending', attempts = attempts + 1, next_attempt_at = ? "
            "WHERE id = (SELECT id FROM mail_outbox WHERE state <> 'sent' AND next_attempt_at <= ? "
            "ORDER BY next_attempt_at, id LIMIT 1) "
            "RETURNING id, mail_id, recipient, message, attempts");
        st.bind(1, leaseUntil.toMSecsSinceEpoch()).bind(2, now.toMSecsSinceEpoch());
        if (st.step())
            claimed = ClaimedMail{st.int64(0), st.text(1), st.text(2), st.blob(3), int(st.int64(4))};
        while (st.step()) {
        }
    });
    return claimed;
}

void SqlStore::mailSent(qint64 id, const QDateTime& at)
{
    transaction([&] {
        conn()
            .prepare("UPDATE mail_outbox SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?")
            .bind(1, at.toMSecsSinceEpoch())
            .bind(2, id)
            .exec();
    });
}

void SqlStore::mailFailed(qint64 id, const QDateTime& nextAttempt, const QString& error)
{
    transaction([&] {
        conn()
            .prepare("UPDATE mail_outbox SET state = 'pending', next_attempt_at = ?, last_error = ? "
                     "WHERE id = ? AND state = 'sending'")
            .bind(1, nextAttempt.toMSecsSinceEpoch())
            .bind(2, error)
            .bind(3, id)
            .exec();
    });
}

std::optional<QDateTime> SqlStore::nextMailDue()
{
    auto st = conn().prepare("SELECT MIN(next_attempt_at) FROM mail_outbox WHERE state <> 'sent'");
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(st.int64(0), Qt::UTC);
}

} // namespace comptoir::server
