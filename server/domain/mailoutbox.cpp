#include "domain/mailoutbox.h"

#include "comptoir/ids.h"
#include "log/jsonlog.h"

namespace comptoir::server {

MailOutbox::MailOutbox(Store& store, QString from) : m_store(store), m_from(std::move(from))
{
    const QString address = bareAddress(m_from);
    m_domain = address.mid(address.indexOf(u'@') + 1);
    if (m_domain.isEmpty())
        m_domain = u"comptoir.local"_qs;
}

bool MailOutbox::enqueue(const QString& mailId, const QString& kind, const QString& to,
                         const MailContent& content)
{
    if (!isSafeAddress(to)) {
        log::write(log::Level::Warn, "mail not queued: the recipient cannot be written in a message",
                   {{"mail_id", mailId.toStdString()}});
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MailEnvelope envelope{m_from, to, newId(u"msg"_qs) + u'@' + m_domain, now};
    const bool queued = m_store.enqueueMail(
        NewMail{mailId, kind, to, content.subject, composeMessage(envelope, content), now});
    if (queued && m_wake)
        m_wake();
    return queued;
}

} // namespace comptoir::server
