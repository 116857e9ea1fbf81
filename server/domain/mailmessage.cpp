#include "domain/mailmessage.h"

#include "comptoir/ids.h"

#include <QLocale>
#include <QRegularExpression>

namespace comptoir::server {

namespace {

constexpr const char* kCrlf = "\r\n";

bool isPrintableAscii(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + kCrlf;
    return out;
}

QByteArray rfc5322Date(const QDateTime& date)
{
    return QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy hh:mm:ss"_qs).toLatin1() + " +0000";
}

QByteArray textPart(const QByteArray& type, const QString& body)
{
    QByteArray body8 = body.toUtf8();
    body8.replace("\r\n", "\n");
    body8.replace("\n", kCrlf);
    return "Content-Type: " + type + "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
           base64Lines(body8);
}

QByteArray multipart(const QByteArray& subtype, const QList<QByteArray>& parts, const QByteArray& extra = {})
{
    const QByteArray boundary = "=_comptoir_" + newId(u"b"_qs).toLatin1();
    // Parameters folded onto lines of their own: every line stays under 78 characters.
    QByteArray out =
        "Content-Type: multipart/" + subtype + ";\r\n boundary=\"" + boundary + '"' + extra + kCrlf + kCrlf;
    for (const QByteArray& part : parts)
        out += "--" + boundary + kCrlf + part + kCrlf;
    out += "--" + boundary + "--" + kCrlf;
    return out;
}

} // namespace

QByteArray encodeHeaderText(const QString& text)
{
    if (isPrintableAscii(text))
        return text.toLatin1();
    // Each word holds whole UTF-8 characters: at most 45 bytes (60 base64 characters + 12 of
    // =?UTF-8?B??= stays under 75).
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch = text.mid(i, 1);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            ch = text.mid(i++, 2);
        const QByteArray utf8 = ch.toUtf8();
        if (chunk.size() + utf8.size() > 45) {
            words.append(chunk);
            chunk.clear();
        }
        chunk += utf8;
    }
    if (!chunk.isEmpty())
        words.append(chunk);
    QByteArray out;
    for (const QByteArray& w : words) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

QString bareAddress(const QString& mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(u'<');
    const qsizetype close = mailbox.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

bool isSafeAddress(const QString& address)
{
    static const QRegularExpression shape(uR"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+$)"_qs);
    return address.size() <= 254 && shape.match(address).hasMatch();
}

QByteArray composeMessage(const MailEnvelope& envelope, const MailContent& content)
{
    QByteArray from;
    const QString fromAddress = bareAddress(envelope.from);
    const qsizetype open = envelope.from.lastIndexOf(u'<');
    const QString display = open > 0 ? envelope.from.left(open).trimmed().remove(u'"') : QString();
    from = display.isEmpty()           ? fromAddress.toLatin1()
           : isPrintableAscii(display) ? '"' + display.toLatin1() + "\" <" + fromAddress.toLatin1() + '>'
                                       : encodeHeaderText(display) + " <" + fromAddress.toLatin1() + '>';

    QByteArray out;
    out += "Date: " + rfc5322Date(envelope.date) + kCrlf;
    out += "From: " + from + kCrlf;
    out += "To: " + envelope.to.toLatin1() + kCrlf;
    out += "Subject: " + encodeHeaderText(content.subject) + kCrlf;
    out += "Message-ID: <" + envelope.messageId.toLatin1() + '>' + kCrlf;
    out += "MIME-Version: 1.0\r\n";
    // Tells mail servers and vacation responders that no person wrote it (RFC 3834).
    out += "Auto-Submitted: auto-generated\r\n";

    QByteArray body;
    if (content.html.isEmpty()) {
        body = textPart("text/plain", content.text);
    } else {
        body = multipart("alternative",
                         {textPart("text/plain", content.text), textPart("text/html", content.html)});
        if (!content.images.isEmpty()) {
            QList<QByteArray> parts{body};
            for (const InlineImage& image : content.images)
                parts.append("Content-Type: " + image.mimeType + "\r\nContent-Transfer-Encoding: base64\r\n" +
                             "Content-ID: <" + image.contentId +
                             ">\r\nContent-Disposition: inline; filename=\"" + image.fileName.toLatin1() +
                             "\"\r\n\r\n" + base64Lines(image.data));
            body = multipart("related", parts, ";\r\n type=\"multipart/alternative\"");
        }
    }
    return out + body;
}

} // namespace comptoir::server
