#pragma once
// A real SMTP server for a test (tests/support/smtpsink.py over Debian's aiosmtpd) on a free
// loopback port, keeping each message it accepts; it can be made slow (to catch a sender in the
// middle of a message) or made to refuse (451). And the messages read back: headers, decoded
// subject, the decoded text, HTML and image parts.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace comptoir::test {

struct ReceivedMail {
    QByteArray raw;

    // A top-level header's value, unfolded (empty when absent).
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    // The Subject with its RFC 2047 encoded-words decoded.
    [[nodiscard]] QString subject() const;
    // The decoded body of the first part of this MIME type (e.g. "text/plain", "image/png").
    [[nodiscard]] QByteArray part(const QByteArray& mimeType) const;
    [[nodiscard]] QString text() const { return QString::fromUtf8(part("text/plain")); }
    [[nodiscard]] QString html() const { return QString::fromUtf8(part("text/html")); }
};

// Parses a message file (CRLF or LF line ends).
[[nodiscard]] ReceivedMail readMail(const QByteArray& raw);
// The messages of .eml files in `folder`, oldest name first.
[[nodiscard]] QList<ReceivedMail> mailsIn(const QString& folder);

class SmtpSink {
public:
    SmtpSink() = default;
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    bool start();
    void stop();
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString url() const { return u"smtp://127.0.0.1:%1"_qs.arg(m_port); }

    // Waits `seconds` before answering each DATA (0: answers at once again).
    void setSlow(double seconds);
    // Answers each DATA with 451 while on.
    void setRefusing(bool refusing);
    // Whether a DATA reached the sink while it was slow.
    [[nodiscard]] bool receiving() const;

    [[nodiscard]] QList<ReceivedMail> messages() const { return mailsIn(m_dir.path() + u"/new"_qs); }
    // The messages sent to `address` (their To header).
    [[nodiscard]] QList<ReceivedMail> messagesTo(const QString& address) const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

class TestServer;

// Mails of the server's outbox not yet marked sent (read from its database, either backend).
[[nodiscard]] int unsentMails(const TestServer& server);
// The first column of the first row of `sql` over the server's database (-1 on failure).
[[nodiscard]] int countInDatabase(const TestServer& server, const char* sql);
// Outbox rows (sent or not) whose kind is `kind`.
[[nodiscard]] int queuedMails(const TestServer& server, const QString& kind);

} // namespace comptoir::test
