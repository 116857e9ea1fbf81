#include "app/backoffice/journalarchive.h"

#include "app/backoffice/backofficerefusal.h"
#include "app/backoffice/reportcsv.h"

#include <QDir>
#include <QNetworkReply>
#include <QUrl>

namespace comptoir::app {

JournalArchive::JournalArchive(QObject* parent) : QObject(parent) {}

void JournalArchive::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

void JournalArchive::say(const QString& message, bool refused)
{
    m_message = message;
    m_refused = refused;
    emit messageChanged();
}

void JournalArchive::download(int closureSeq, const QString& folder)
{
    if (!m_session || !m_session->sync() || m_reply)
        return;
    const QUrl url(folder);
    const QString dir = url.isLocalFile() ? url.toLocalFile() : folder;
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    m_reply = m_network->get(
        m_session->sync()->endpoint().request(u"/fiscal/archives/%1"_qs.arg(closureSeq), 60000));
    emit busyChanged();
    connect(m_reply, &QNetworkReply::finished, this, [this, dir, closureSeq] {
        const QByteArray signature = m_reply->rawHeader("Comptoir-Archive-Signature");
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QByteArray body;
        sync::HttpAnswer problem;
        if (status == 200)
            body = m_reply->readAll();
        else
            problem = sync::HttpAnswer::from(*m_reply);
        m_reply->deleteLater();
        m_reply = nullptr;
        emit busyChanged();
        if (status != 200)
            return say(BackOfficeRefusal::say(problem, tr("this closure")), true);
        const QString path = QDir(dir).filePath(u"comptoir-archive-%1.jsonl"_qs.arg(closureSeq));
        QString error = ReportCsv::write(path, body);
        if (error.isEmpty())
            error = ReportCsv::write(path + u".sig"_qs, signature + '\n');
        if (!error.isEmpty())
            return say(error, true);
        m_savedPath = path;
        say(tr("The archive is saved as %1, with its signature beside it.").arg(path), false);
    });
}

} // namespace comptoir::app
