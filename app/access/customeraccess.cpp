#include "app/access/customeraccess.h"

#include "app/core/applog.h"
#include "app/shop/resetlink.h"
#include "sync/cache/cachescope.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::app {

namespace {
const QString kAccount = u"customer"_qs;
constexpr int kMinPasswordLength = 10; // API.md: register

// The field of a 422's first validation error ("email", "password", ...), or empty.
QString firstRefusedField(const sync::HttpAnswer& answer)
{
    const QJsonArray errors = QJsonDocument::fromJson(answer.body).object().value(u"errors"_qs).toArray();
    return errors.isEmpty() ? QString() : errors.first().toObject().value(u"field"_qs).toString();
}
} // namespace

CustomerAccess::CustomerAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                               TokenVault& vault, QObject* parent)
    : AccountAccess(session, settings, presetServerUrl, parent), m_vault(vault)
{
    connect(&session, &Session::syncReplaced, this, &CustomerAccess::needsServerChanged);
    // "My store" is the customer's choice on this device, signed in or not: a session starting
    // without one (a customer's account has no store) takes the one chosen last, and each choice
    // is kept.
    connect(&session, &Session::syncReplaced, this, [this] {
        if (m_session.isActive() && m_session.storeId().isEmpty())
            m_session.setStoreId(m_settings.shopStoreId());
    });
    connect(&session, &Session::storeChanged, this, [this] {
        const QString store = m_session.storeId();
        if (m_session.isActive() && !store.isEmpty() && store != m_settings.shopStoreId())
            m_settings.setShopStoreId(store);
    });
    restore();
    if (!signedIn())
        startSignedOut();
}

bool CustomerAccess::needsServer() const
{
    return !signedIn() && !m_session.isActive();
}

void CustomerAccess::startSignedOut()
{
    // A visitor browses and fills a cart signed out, on the public feed, wherever the server is
    // known (--server, or the one last used); else the shop asks for it once.
    QString url = m_settings.serverUrl();
    if (url.isEmpty())
        url = usableServerUrl(serverUrl());
    if (url.isEmpty())
        return m_session.stop();
    m_session.start(url, {}, {}, sync::kPublicCacheScope);
    qCInfo(lcApp) << "browsing signed out at" << url;
}

bool CustomerAccess::useServer(const QString& url)
{
    setServerUrl(url);
    const QString base = checkedServerUrl();
    if (base.isEmpty())
        return false;
    setError({});
    m_settings.setServerUrl(base);
    if (!signedIn())
        startSignedOut();
    return true;
}

void CustomerAccess::setNotice(const QString& notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

void CustomerAccess::clearMessages()
{
    setNotice({});
    setError({});
}

void CustomerAccess::requestPasswordReset(const QString& email)
{
    if (busy())
        return;
    setNotice({});
    if (!email.contains(u'@') || email.trimmed().size() < 3)
        return setError(tr("Enter the email address of your account."));
    setError({});
    const QJsonObject body{{u"email"_qs, email.trimmed()}};
    send({u"POST"_qs,
          u"/auth/password-reset"_qs,
          QJsonDocument(body).toJson(QJsonDocument::Compact),
          {},
          15000},
         [this](const sync::HttpAnswer& answer) {
             if (answer.status == 422 || answer.status == 400)
                 return setError(tr("This email address does not look right."));
             if (!answer.ok())
                 return setError(describe(answer));
             setNotice(
                 tr("If an account uses this address, a mail with a link to choose a new password is on "
                    "its way. It is valid for one hour. Open the link, or paste it below."));
         });
}

QString CustomerAccess::readResetLink(const QString& linkOrToken)
{
    const ResetLink link = app::readResetLink(linkOrToken);
    setError(link.error);
    return link.token;
}

void CustomerAccess::resetPassword(const QString& linkOrToken, const QString& password)
{
    if (busy())
        return;
    setNotice({});
    const QString token = readResetLink(linkOrToken);
    if (token.isEmpty())
        return;
    if (password.size() < kMinPasswordLength)
        return setError(tr("Choose a password of at least %n characters.", nullptr, kMinPasswordLength));
    const QJsonObject body{{u"token"_qs, token}, {u"password"_qs, password}};
    send({u"POST"_qs,
          u"/auth/password-reset/confirm"_qs,
          QJsonDocument(body).toJson(QJsonDocument::Compact),
          {},
          15000},
         [this](const sync::HttpAnswer& answer) {
             if (answer.status == 422) {
                 const QString field = firstRefusedField(answer);
                 if (field == u"password")
                     return setError(
                         tr("Choose a password of at least %n characters.", nullptr, kMinPasswordLength));
                 return setError(
                     tr("This reset link was already used, has expired or is not one of ours. Ask "
                        "for a new one with \"Forgot your password?\"."));
             }
             if (!answer.ok())
                 return setError(describe(answer));
             // Every token of the account stopped working on the server, this device's too.
             dropSignIn();
             setNotice(tr("Your password is changed, and you are signed out on every device. Sign in with "
                          "your new password."));
             emit passwordReset();
         });
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
                 const QString field = firstRefusedField(answer);
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
