#include "smtpsink.h"

#include "databaseprobe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace comptoir::test {

namespace {

struct Entity {
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
};

Entity splitEntity(const QByteArray& text)
{
    Entity e;
    qsizetype end = text.indexOf("\n\n");
    const QByteArray head = end < 0 ? text : text.left(end);
    e.body = end < 0 ? QByteArray() : text.mid(end + 2);
    for (const QByteArray& line : head.split('\n')) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !e.headers.isEmpty()) {
            e.headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            e.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return e;
}

QByteArray headerOf(const Entity& e, const QByteArray& name)
{
    for (const auto& [key, value] : e.headers)
        if (key == name.toLower())
            return value;
    return {};
}

QByteArray findPart(const QByteArray& text, const QByteArray& mimeType)
{
    const Entity e = splitEntity(text);
    const QByteArray type = headerOf(e, "content-type");
    const QByteArray bare = type.split(';').first().trimmed().toLower();
    if (bare.startsWith("multipart/")) {
        static const QRegularExpression boundaryParam(uR"re(boundary="?([^";]+)"?)re"_qs);
        const auto m = boundaryParam.match(QString::fromLatin1(type));
        if (!m.hasMatch())
            return {};
        const QByteArray delimiter = "--" + m.captured(1).toLatin1();
        const QList<QByteArray> pieces = e.body.split('\n');
        QByteArray current;
        bool inside = false;
        for (const QByteArray& line : pieces) {
            if (line.startsWith(delimiter)) {
                if (inside) {
                    const QByteArray found = findPart(current, mimeType);
                    if (!found.isNull())
                        return found;
                }
                current.clear();
                inside = !line.startsWith(delimiter + "--");
                continue;
            }
            if (inside)
                current += line + '\n';
        }
        return {};
    }
    if (bare != mimeType)
        return QByteArray();
    if (headerOf(e, "content-transfer-encoding").toLower() == "base64")
        return QByteArray::fromBase64(QByteArray(e.body).replace('\n', ""));
    return e.body.isNull() ? QByteArray("") : e.body;
}

} // namespace

ReceivedMail readMail(const QByteArray& raw)
{
    return ReceivedMail{QByteArray(raw).replace("\r\n", "\n")};
}

QByteArray ReceivedMail::header(const QByteArray& name) const
{
    return headerOf(splitEntity(raw), name);
}

QString ReceivedMail::subject() const
{
    static const QRegularExpression word(uR"(=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=\s*)"_qs,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString value = QString::fromLatin1(header("Subject"));
    QByteArray out;
    qsizetype at = 0;
    auto it = word.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out += value.mid(at, m.capturedStart() - at).toUtf8();
        out += QByteArray::fromBase64(m.captured(1).toLatin1());
        at = m.capturedEnd();
    }
    out += value.mid(at).toUtf8();
    return QString::fromUtf8(out);
}

QByteArray ReceivedMail::part(const QByteArray& mimeType) const
{
    return findPart(raw, mimeType);
}

QList<ReceivedMail> mailsIn(const QString& folder)
{
    QList<ReceivedMail> out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({u"*.eml"_qs}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.append(readMail(f.readAll()));
    }
    return out;
}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start()
{
    m_process.setProgram(QString::fromLatin1(COMPTOIR_SYSTEM_PYTHON));
    m_process.setArguments({QString::fromLatin1(COMPTOIR_SMTP_SINK_SCRIPT), m_dir.path()});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(15000);
    QByteArray out;
    while (!deadline.hasExpired() && !out.contains('\n')) {
        m_process.waitForReadyRead(200);
        out += m_process.readAllStandardOutput();
        if (m_process.state() != QProcess::Running)
            return false;
    }
    static const QRegularExpression listening(u"listening on (\\d+)"_qs);
    const auto m = listening.match(QString::fromLatin1(out));
    if (!m.hasMatch())
        return false;
    m_port = m.captured(1).toInt();
    return true;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

void SmtpSink::setSlow(double seconds)
{
    const QString path = m_dir.path() + u"/slow"_qs;
    if (seconds <= 0) {
        QFile::remove(path);
        QFile::remove(m_dir.path() + u"/receiving"_qs);
        return;
    }
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QByteArray::number(seconds));
}

void SmtpSink::setRefusing(bool refusing)
{
    const QString path = m_dir.path() + u"/refuse"_qs;
    if (!refusing) {
        QFile::remove(path);
        return;
    }
    QFile f(path);
    (void)f.open(QIODevice::WriteOnly);
}

bool SmtpSink::receiving() const
{
    return QFile::exists(m_dir.path() + u"/receiving"_qs);
}

QList<ReceivedMail> SmtpSink::messagesTo(const QString& address) const
{
    QList<ReceivedMail> out;
    for (const ReceivedMail& m : messages())
        if (QString::fromLatin1(m.header("To")).contains(address, Qt::CaseInsensitive))
            out.append(m);
    return out;
}

static int countRows(const TestServer& server, const char* sql, const QString& parameter)
{
    DatabaseProbe db(server);
    DatabaseProbe::Values values;
    if (!parameter.isNull())
        values.emplace_back(parameter);
    return int(db.number(QString::fromUtf8(sql), values).value_or(-1));
}

int unsentMails(const TestServer& server)
{
    return countRows(server, "SELECT COUNT(*) FROM mail_outbox WHERE state <> 'sent'", QString());
}

int countInDatabase(const TestServer& server, const char* sql)
{
    return countRows(server, sql, QString());
}

int queuedMails(const TestServer& server, const QString& kind)
{
    return countRows(server, "SELECT COUNT(*) FROM mail_outbox WHERE kind = ?", kind);
}

} // namespace comptoir::test
