#include "app/access/customeraccess.h"

#include "app/core/applog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::app {

namespace {
const QString kAccount = u"customer"_qs;
constexpr int kMinPasswordLength = 10; // API.md: register
} // namespace

CustomerAccess::CustomerAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                               TokenVault& vault, QObject* parent)
    : AccountAccess(session, settings, presetServerUrl, parent), m_vault(vault)
{
    restore();
}

QString CustomerAccess::refusal(const QJsonObject& user) const
{
    if (user.value(u"role"_qs).toString() == u"customer")
        return {};
    return tr("This is a staff account. Sign in with your customer account, or create one.");
}

void CustomerAccess::keep(const QByteArray& token, const QJsonObject& user)
{
    const QJsonObject kept{{u"token"_qs, QString::fromUtf8(token)}, {u"user"_qs, user}};
    if (!m_vault.write(kAccount + u'@' + m_settings.serverUrl(),
                       QJsonDocument(kept).toJson(QJsonDocument::Compact)))
        qCWarning(lcApp) << "the sign-in will not be remembered after a restart";
}

void CustomerAccess::forget()
{
    m_vault.remove(kAccount + u'@' + m_settings.serverUrl());
}

void CustomerAccess::restore()
{
    if (m_settings.serverUrl().isEmpty())
        return;
    const auto kept = m_vault.read(kAccount + u'@' + m_settings.serverUrl());
    if (!kept)
        return;
    const QJsonObject saved = QJsonDocument::fromJson(*kept).object();
    const QByteArray token = saved.value(u"token"_qs).toString().toUtf8();
    if (!token.isEmpty())
        accept(token, saved.value(u"user"_qs).toObject());
}

void CustomerAccess::registerAccount(const QString& name, const QString& email, const QString& password)
{
    if (busy())
        return;
    if (name.trimmed().isEmpty() || email.trimmed().isEmpty())
        return setError(tr("Enter your name and your email address."));
    if (password.size() < kMinPasswordLength)
        return setError(tr("Choose a password of at least %n characters.", nullptr, kMinPasswordLength));
    setError({});
    const QJsonObject body{
        {u"name"_qs, name.trimmed()}, {u"email"_qs, email.trimmed()}, {u"password"_qs, password}};
    send({u"POST"_qs, u"/auth/register"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 15000},
         [this, email, password](const sync::HttpAnswer& answer) {
             if (answer.status == 409)
                 return setError(tr("An account already uses this email address. Sign in instead."));
             if (answer.status == 422) {
                 const QJsonArray errors =
                     QJsonDocument::fromJson(answer.body).object().value(u"errors"_qs).toArray();
                 const QString field =
                     errors.isEmpty() ? QString() : errors.first().toObject().value(u"field"_qs).toString();
                 if (field == u"email")
                     return setError(tr("This email address does not look right."));
                 if (field == u"password")
                     return setError(
                         tr("Choose a password of at least %n characters.", nullptr, kMinPasswordLength));
                 if (field == u"name")
                     return setError(
                         tr("This name cannot be used: keep to letters, numbers and punctuation."));
                 return setError(describe(answer));
             }
             if (answer.status != 201)
                 return setError(describe(answer));
             signIn(email, password);
         });
}

} // namespace comptoir::app
