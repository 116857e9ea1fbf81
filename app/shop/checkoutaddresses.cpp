#include "app/shop/checkoutaddresses.h"

#include "app/core/applog.h"
#include "app/data/customerreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace comptoir::app {

namespace {

// The server's refusal of one field of an address (its messages are fixed phrases of
// server/domain/customerservice.cpp), as a sentence under the field.
QString fieldRefusal(const QString& field, const QString& serverMessage)
{
    if (serverMessage.startsWith(u"is required"))
        return CheckoutAddresses::tr("Please fill this in.");
    if (field == u"postal_code")
        return CheckoutAddresses::tr(
            "This postal code does not exist in this country (in France: 5 digits).");
    if (field == u"country")
        return CheckoutAddresses::tr("Write the country as its two-letter code, for example FR or BE.");
    if (serverMessage.contains(u"at most") || serverMessage.contains(u"long"))
        return CheckoutAddresses::tr("This is too long.");
    return CheckoutAddresses::tr("This text cannot be used here: keep to letters, digits and punctuation.");
}

} // namespace

CheckoutAddresses::CheckoutAddresses(QObject* parent) : QObject(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &CheckoutAddresses::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &CheckoutAddresses::messageChanged);
}

void CheckoutAddresses::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::syncReplaced, this, &CheckoutAddresses::reload);
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"address"_qs))
                reload();
        });
    }
    emit sessionChanged();
    reload();
}

QString CheckoutAddresses::oneLine(const QJsonObject& a)
{
    QStringList parts;
    for (const QString& key : {u"name"_qs, u"line1"_qs, u"line2"_qs})
        if (const QString v = a.value(key).toString().trimmed(); !v.isEmpty())
            parts << v;
    const QString town =
        (a.value(u"postal_code"_qs).toString().trimmed() + u' ' + a.value(u"city"_qs).toString().trimmed())
            .trimmed();
    if (!town.isEmpty())
        parts << town;
    if (const QString country = a.value(u"country"_qs).toString(); !country.isEmpty())
        parts << country;
    return parts.join(u", "_qs);
}

void CheckoutAddresses::append(const QJsonObject& a)
{
    m_addresses.append(QVariantMap{{u"id"_qs, a.value(u"id"_qs).toString()},
                                   {u"label"_qs, a.value(u"label"_qs).toString()},
                                   {u"name"_qs, a.value(u"name"_qs).toString()},
                                   {u"text"_qs, oneLine(a)}});
}

void CheckoutAddresses::reload()
{
    if (!m_session || !m_session->sync())
        return;
    QVariantList before = std::exchange(m_addresses, {});
    try {
        for (const QJsonObject& a : CustomerReader(m_session->sync()->cache().db()).addresses())
            append(a);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "addresses:" << e.what();
    }
    // One just added here stays listed until the feed brings it.
    for (const QVariant& v : before) {
        const QString id = v.toMap().value(u"id"_qs).toString();
        if (id == m_justAdded && std::none_of(m_addresses.begin(), m_addresses.end(), [&](const QVariant& a) {
                return a.toMap().value(u"id"_qs).toString() == id;
            }))
            m_addresses.append(v);
    }
    m_loaded = true;
    if (m_addresses != before)
        emit addressesChanged();
}

void CheckoutAddresses::add(const QVariantMap& fields)
{
    if (!m_session || !m_session->sync())
        return;
    QJsonObject body;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (const QString v = it.value().toString().trimmed();
            !v.isEmpty() || it.key() == u"name" || it.key() == u"line1" || it.key() == u"city")
            body.insert(it.key(), v);
    m_fieldErrors.clear();
    const bool sent = m_call.send(
        *m_session->sync(),
        {u"POST"_qs, u"/me/addresses"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 15000},
        [this](const sync::HttpAnswer& answer) {
            const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
            if (answer.ok()) {
                m_justAdded = reply.value(u"id"_qs).toString();
                append(reply);
                m_loaded = true;
                emit addressesChanged();
                m_call.say({}, false);
                emit messageChanged();
                emit added(reply.value(u"id"_qs).toString());
                return;
            }
            qCInfo(lcApp) << "address refused:" << answer.describe();
            if (answer.status == 422) {
                for (const QJsonValue& e : reply.value(u"errors"_qs).toArray()) {
                    const QString field = e.toObject().value(u"field"_qs).toString();
                    m_fieldErrors.insert(field,
                                         fieldRefusal(field, e.toObject().value(u"message"_qs).toString()));
                }
                return m_call.say(tr("Some fields of this address need fixing (see below each one)."), true);
            }
            m_call.say(answer.status == 0 || answer.isTransient()
                           ? tr("The address could not be saved: the server is not answering. Try again "
                                "in a moment.")
                           : tr("The address could not be saved. Check it and try again."),
                       true);
        });
    if (sent)
        emit messageChanged();
}

} // namespace comptoir::app
