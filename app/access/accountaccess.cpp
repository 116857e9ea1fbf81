#include "app/access/accountaccess.h"

#include "sync/cache/cachescope.h"

#include "app/core/applog.h"
#include "app/core/launchoptions.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::app {

AccountAccess::AccountAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                             QObject* parent)
    : QObject(parent), m_session(session), m_settings(settings),
      m_serverUrl(presetServerUrl.isEmpty() ? settings.serverUrl() : presetServerUrl)
{
}

void AccountAccess::setServerUrl(const QString& url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    emit serverUrlChanged();
}

QString AccountAccess::usableServerUrl(const QString& typed)
{
    const QUrl url = QUrl::fromUserInput(typed.trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return serverUrlText(url);
}

QString AccountAccess::checkedServerUrl()
{
    const QString url = usableServerUrl(m_serverUrl);
    if (url.isEmpty())
        setError(tr("Enter the server address, for example https://shop.example.fr."));
    return url;
}

void AccountAccess::signIn(const QString& email, const QString& password)
{
    if (busy())
        return;
    if (email.trimmed().isEmpty() || password.isEmpty())
        return setError(tr("Enter your email address and your password."));
    const QString base = checkedServerUrl();
    if (base.isEmpty())
        return;
    setError({});
    const QJsonObject body{{u"email"_qs, email.trimmed()}, {u"password"_qs, password}};
    send({u"POST"_qs, u"/auth/login"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact), {}, 15000},
         [this, base](const sync::HttpAnswer& answer) {
             const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
             const QByteArray token = reply.value(u"token"_qs).toString().toUtf8();
             if (!answer.ok() || token.isEmpty())
                 return setError(answer.status == 401 ? tr("This email address and password do not match.")
                                                      : describe(answer));
             const QJsonObject user = reply.value(u"user"_qs).toObject();
             if (const QString refused = refusal(user); !refused.isEmpty()) {
                 // The token works on the server: end it there, it is of no use here.
                 endOnServer(base, token);
                 return setError(refused);
             }
             m_settings.setServerUrl(base);
             accept(token, user);
         });
}

void AccountAccess::signOut()
{
    if (!signedIn())
        return;
    // The token stops working on the server too; offline, it simply expires there.
    endOnServer(m_settings.serverUrl(), m_token);
    dropSignIn();
}

void AccountAccess::dropSignIn()
{
    if (!signedIn())
        return;
    forget();
    m_token.clear();
    m_user = {};
    startSignedOut();
    setError({});
    emit userChanged();
}

void AccountAccess::endOnServer(const QString& serverUrl, const QByteArray& token)
{
    // Owned by this access: a window closed right after signing out drops the call with it.
    sync::OnlineCall* logout =
        m_session.callWithout(serverUrl, token, {u"POST"_qs, u"/auth/logout"_qs, "{}", {}, 5000}, this);
    connect(logout, &sync::OnlineCall::finished, logout, &QObject::deleteLater);
    logout->start();
}

void AccountAccess::accept(const QByteArray& token, const QJsonObject& user)
{
    m_token = token;
    m_user = user;
    keep(token, user);
    m_session.start(m_settings.serverUrl(), token, user.value(u"store_id"_qs).toString(),
                    sync::cacheScopeOf(user));
    qCInfo(lcApp) << "signed in as" << role() << "at" << m_settings.serverUrl();
    emit userChanged();
}

void AccountAccess::updateUser(const QJsonObject& user)
{
    if (!signedIn())
        return;
    m_user = user;
    keep(m_token, user);
    emit userChanged();
}

void AccountAccess::keep(const QByteArray&, const QJsonObject&) {}

void AccountAccess::forget() {}

void AccountAccess::send(sync::CallRequest request, std::function<void(const sync::HttpAnswer&)> onAnswer,
                         const QByteArray& token)
{
    const QString base = checkedServerUrl();
    if (base.isEmpty())
        return;
    // Each answer ends its own call: a second request sent meanwhile (the stores while a sign-in
    // runs) keeps its own.
    sync::OnlineCall* call = m_session.callWithout(base, token, std::move(request), this);
    m_call = call;
    connect(call, &sync::OnlineCall::finished, this, [this, call, onAnswer](const sync::HttpAnswer& answer) {
        call->deleteLater();
        if (m_call == call)
            m_call = nullptr;
        emit busyChanged();
        onAnswer(answer);
    });
    call->start();
    emit busyChanged();
}

QString AccountAccess::describe(const sync::HttpAnswer& answer) const
{
    if (answer.status == 0 || answer.foreign)
        return tr("No Comptoir server answers at this address. Check the address and the network.");
    if (answer.status == 429) {
        const int minutes = std::max(1, (answer.retryAfterSeconds + 59) / 60);
        return tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
    }
    if (answer.status >= 500)
        return tr("The server cannot answer right now. Try again in a moment.");
    return tr("The server refused the request. Check what you entered and try again.");
}

void AccountAccess::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace comptoir::app
