#pragma once
// The durable mail outbox: each message a row, written in the transaction of the event that
// caused it, then claimed by the sender with a lease before each SMTP transaction so that no
// two senders (nor one sender before and after a crash, while the lease runs) send it twice.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace comptoir::server {

struct NewMail {
    QString mailId;     // unique: a second enqueue of the same id is ignored (one mail per event)
    QString kind;       // password_reset, order_paid, order_ready_for_pickup, order_shipped
    QString recipient;  // the bare address
    QString subject;    // as the reader sees it (the message carries it encoded)
    QByteArray message; // the complete RFC 5322 message, CRLF line ends
    QDateTime dueAt;
};

struct ClaimedMail {
    qint64 id = 0;
    QString mailId;
    QString recipient;
    QByteArray message;
    int attempts = 0; // including the one just claimed
};

class MailStore {
public:
    virtual ~MailStore() = default;

    // False when a mail with this id is already queued or sent (nothing is written then).
    virtual bool enqueueMail(const NewMail& mail) = 0;
    // Takes the oldest mail due by `now` (a pending one whose time came, or one left 'sending'
    // whose lease ran out: its sender died), marks it 'sending' until `leaseUntil` and counts
    // the attempt, in one write.
    [[nodiscard]] virtual std::optional<ClaimedMail> claimMail(const QDateTime& now,
                                                               const QDateTime& leaseUntil) = 0;
    virtual void mailSent(qint64 id, const QDateTime& at) = 0;
    // Back to 'pending', tried again at `nextAttempt`.
    virtual void mailFailed(qint64 id, const QDateTime& nextAttempt, const QString& error) = 0;
    // When the next unsent mail is due (its lease's end for one being sent), if any.
    [[nodiscard]] virtual std::optional<QDateTime> nextMailDue() = 0;
};

} // namespace comptoir::server
