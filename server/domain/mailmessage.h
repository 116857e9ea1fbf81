#pragma once
// Writes a complete RFC 5322 message, ready for SMTP or a .eml file: headers (Date, Message-ID,
// From, To, a UTF-8 Subject as RFC 2047 encoded-words), and a MIME body with plain text, HTML and
// inline images (multipart/related around multipart/alternative), bodies in base64 so that no
// line is ever too long and any UTF-8 passes through every relay. Lines end with CRLF.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::server {

struct InlineImage {
    QByteArray contentId; // referred to by the HTML as cid:<contentId>
    QByteArray mimeType;  // e.g. image/png
    QString fileName;
    QByteArray data;
};

struct MailContent {
    QString subject;
    QString text; // the plain-text body, always present
    QString html; // optional
    QList<InlineImage> images;
};

struct MailEnvelope {
    QString from;      // "Display Name <address>" or a bare address
    QString to;        // a bare address
    QString messageId; // without angle brackets: id@domain
    QDateTime date;
};

[[nodiscard]] QByteArray composeMessage(const MailEnvelope& envelope, const MailContent& content);
// RFC 2047: the text itself when it is printable ASCII, else =?UTF-8?B?…?= words of at most 75
// characters each, folded onto continuation lines.
[[nodiscard]] QByteArray encodeHeaderText(const QString& text);
// The address inside "Name <address>", or the text itself.
[[nodiscard]] QString bareAddress(const QString& mailbox);
// Whether an address is safe to put in a header and an SMTP command (no spaces, brackets,
// quotes, commas or control characters; one @).
[[nodiscard]] bool isSafeAddress(const QString& address);

} // namespace comptoir::server
