#include "app/shop/accountprofile.h"

#include "app/access/customeraccess.h"
#include "app/core/applog.h"
#include "app/data/customerreader.h"
#include "app/session/session.h"
#include "app/shop/fielderrors.h"
#include "sync/net/onlinecall.h"

#include <QJsonDocument>

namespace comptoir::app {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

constexpr int kMinPasswordLength = 10; // API.md: register, password change

} // namespace

AccountProfile::AccountProfile(Session& session, CustomerAccess& access, QObject* parent)
    : QObject(parent), m_session(session), m_access(access)
{
    connect(&session, &Session::syncReplaced, this, &AccountProfile::readAddresses);
    connect(&session, &Session::dataChanged, this, [this](const QStringList& entities) {
        if (entities.contains(u"address"_qs))
            readAddresses();
    });
    readAddresses();
}

AccountProfile::~AccountProfile()
{
    delete m_call.data();
}

void AccountProfile::setMessages(const QString& error, const QString& notice, const QVariantMap& fields)
{
    m_error = error;
    m_notice = notice;
    m_fieldErrors = fields;
    emit messagesChanged();
}

void AccountProfile::clearMessages()
{
    setMessages({}, {});
}

void AccountProfile::call(sync::CallRequest request, std::function<void(const sync::HttpAnswer&)> onAnswer)
{
    if (busy() || !m_access.signedIn() || !m_session.isActive())
        return;
    auto* online = m_session.callWithout(m_session.serverUrl(), m_access.token(), std::move(request), this);
    m_call = online;
    connect(online, &sync::OnlineCall::finished, this,
            [this, online, onAnswer](const sync::HttpAnswer& answer) {
                online->deleteLater();
                m_call = nullptr;
                emit busyChanged();
                onAnswer(answer);
            });
    online->start();
    emit busyChanged();
}

void AccountProfile::refused(const sync::HttpAnswer& answer, const QString& country)
{
    if (answer.status == 422 || answer.status == 400) {
        const QVariantMap fields = fieldErrorsInWords(answer.body, country);
        return setMessages(fields.isEmpty() ? tr("The server refused this. Check what you entered.")
                                            : tr("Some fields need a change: see below each one."),
                           {}, fields);
    }
    if (answer.status == 0 || answer.isTransient() || answer.foreign)
        return setMessages(tr("The shop cannot be reached right now: nothing was changed. Try again when "
                              "you are online."),
                           {});
    if (answer.status == 401)
        return setMessages(tr("Your sign-in has ended: sign in again to change your account."), {});
    if (answer.status == 404)
        return setMessages(tr("This address was already removed."), {});
    setMessages(tr("The server refused this. Try again in a moment."), {});
}

void AccountProfile::refresh()
{
    readAddresses();
    call({u"GET"_qs, u"/me"_qs, {}, {}, 15000}, [this](const sync::HttpAnswer& answer) {
        if (answer.ok())
            readProfile(QJsonDocument::fromJson(answer.body).object());
    });
}

void AccountProfile::readProfile(const QJsonObject& me)
{
    m_phone = me.value(u"phone"_qs).toString();
    m_language = me.value(u"language"_qs).toString();
    emit profileChanged();
}

void AccountProfile::saveProfile(const QString& name, const QString& phone, const QString& language)
{
    if (name.trimmed().isEmpty())
        return setMessages(tr("Some fields need a change: see below each one."), {},
                           {{u"name"_qs, tr("Fill this in.")}});
    QJsonObject body{{u"name"_qs, name.trimmed()}, {u"phone"_qs, phone.trimmed()}};
    if (!language.isEmpty())
        body.insert(u"language"_qs, language);
    call({u"PATCH"_qs, u"/me"_qs, compact(body), {}, 15000},
         [this, language](const sync::HttpAnswer& answer) {
             if (!answer.ok())
                 return refused(answer);
             const QJsonObject me = QJsonDocument::fromJson(answer.body).object();
             readProfile(me);
             m_access.updateUser(me);
             if (!language.isEmpty())
                 m_session.setLanguage(language);
             setMessages({}, tr("Your details are saved."));
         });
}

void AccountProfile::saveAddress(const QString& id, const QVariantMap& fields)
{
    QJsonObject body;
    for (const char* key : {"label", "name", "line1", "line2", "postal_code", "city", "country", "phone"}) {
        const QString text = fields.value(QString::fromLatin1(key)).toString().trimmed();
        body.insert(QString::fromLatin1(key), text);
    }
    body.insert(u"country"_qs, body.value(u"country"_qs).toString().toUpper());
    const QString country = body.value(u"country"_qs).toString();
    const bool adding = id.isEmpty();
    call({adding ? u"POST"_qs : u"PATCH"_qs,
          adding ? u"/me/addresses"_qs
                 : u"/me/addresses/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(id)),
          compact(body),
          {},
          15000},
         [this, adding, country](const sync::HttpAnswer& answer) {
             if (!answer.ok())
                 return refused(answer, country);
             setMessages({}, adding ? tr("The address is added.") : tr("The address is saved."));
             m_session.syncNow(); // the feed brings it to the list
             emit addressSaved();
         });
}

void AccountProfile::deleteAddress(const QString& id)
{
    call({u"DELETE"_qs,
          u"/me/addresses/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(id)),
          {},
          {},
          15000},
         [this](const sync::HttpAnswer& answer) {
             if (!answer.ok() && answer.status != 404)
                 return refused(answer);
             setMessages({}, tr("The address is removed."));
             m_session.syncNow();
         });
}

void AccountProfile::changePassword(const QString& current, const QString& next)
{
    if (current.isEmpty())
        return setMessages(tr("Some fields need a change: see below each one."), {},
                           {{u"current"_qs, tr("Enter your current password.")}});
    if (next.size() < kMinPasswordLength)
        return setMessages(
            tr("Some fields need a change: see below each one."), {},
            {{u"new"_qs, tr("Choose a password of at least %n characters.", nullptr, kMinPasswordLength)}});
    call({u"POST"_qs, u"/me/password"_qs, compact({{u"current"_qs, current}, {u"new"_qs, next}}), {}, 15000},
         [this](const sync::HttpAnswer& answer) {
             if (!answer.ok())
                 return refused(answer);
             setMessages({}, tr("Your password is changed. Your other devices are signed out; this one stays "
                                "signed in."));
             emit passwordChanged();
         });
}

void AccountProfile::readAddresses()
{
    QVariantList addresses;
    if (m_session.isActive() && m_access.signedIn()) {
        try {
            for (const QJsonObject& a : CustomerReader(m_session.sync()->cache().db()).addresses()) {
                const QString line2 = a.value(u"line2"_qs).toString();
                const QString summary =
                    QStringList{a.value(u"name"_qs).toString(), a.value(u"line1"_qs).toString(), line2,
                                a.value(u"postal_code"_qs).toString() + u' ' + a.value(u"city"_qs).toString(),
                                a.value(u"country"_qs).toString()}
                        .filter(QRegularExpression(u"\\S"_qs))
                        .join(u", "_qs);
                addresses.append(QVariantMap{{u"id"_qs, a.value(u"id"_qs).toString()},
                                             {u"label"_qs, a.value(u"label"_qs).toString()},
                                             {u"name"_qs, a.value(u"name"_qs).toString()},
                                             {u"line1"_qs, a.value(u"line1"_qs).toString()},
                                             {u"line2"_qs, line2},
                                             {u"postal_code"_qs, a.value(u"postal_code"_qs).toString()},
                                             {u"city"_qs, a.value(u"city"_qs).toString()},
                                             {u"country"_qs, a.value(u"country"_qs).toString()},
                                             {u"phone"_qs, a.value(u"phone"_qs).toString()},
                                             {u"summary"_qs, summary}});
            }
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "addresses:" << e.what();
        }
    }
    if (addresses == m_addresses)
        return;
    m_addresses = addresses;
    emit addressesChanged();
}

} // namespace comptoir::app
