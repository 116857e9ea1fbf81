#include "app/access/staffaccess.h"

#include "app/core/applog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::app {

namespace {

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

StaffAccess::StaffAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                         TokenVault& vault, QObject* parent)
    : AccountAccess(session, settings, presetServerUrl, parent), m_vault(vault)
{
    if (!m_settings.serverUrl().isEmpty() && !m_settings.registerStoreId().isEmpty())
        m_registerToken = m_vault.read(vaultAccount()).value_or(QByteArray());
}

QString StaffAccess::vaultAccount() const
{
    return u"register@"_qs + m_settings.serverUrl();
}

QString StaffAccess::refusal(const QJsonObject& user) const
{
    const QString role = user.value(u"role"_qs).toString();
    if (role == u"staff" || role == u"manager" || role == u"admin")
        return {};
    if (role == u"customer")
        return tr("This is a customer account. The staff console is for the store's staff.");
    return tr("This account cannot sign in to the staff console.");
}

QVariantList StaffAccess::recentStaff() const
{
    QVariantList list;
    if (!registerEnrolled())
        return list;
    for (const auto& [email, name] : m_settings.recentStaff())
        list.append(QVariantMap{{u"email"_qs, email}, {u"name"_qs, name.isEmpty() ? email : name}});
    return list;
}

void StaffAccess::keep(const QByteArray&, const QJsonObject& user)
{
    // Who signed in on this till, for the tiles; never their token.
    if (registerEnrolled()) {
        m_settings.rememberStaff(user.value(u"email"_qs).toString(), user.value(u"name"_qs).toString());
        emit registerChanged();
    }
    setLocked(false);
    if (!m_pinToSet.isEmpty())
        setPin(std::exchange(m_pinToSet, {}));
}

void StaffAccess::forget()
{
    setLocked(false);
    setNotice({});
}

void StaffAccess::loadStores()
{
    send({u"GET"_qs, u"/locations"_qs, {}, {}, 8000}, [this](const sync::HttpAnswer& answer) {
        if (!answer.ok())
            return setError(describe(answer));
        m_stores.clear();
        for (const QJsonValue& v :
             QJsonDocument::fromJson(answer.body).object().value(u"items"_qs).toArray()) {
            const QJsonObject l = v.toObject();
            if (l.value(u"kind"_qs).toString() == u"store")
                m_stores.append(QVariantMap{{u"id"_qs, l.value(u"id"_qs).toString()},
                                            {u"name"_qs, l.value(u"name"_qs).toString()}});
        }
        emit storesChanged();
    });
}

void StaffAccess::enrolRegister(const QString& email, const QString& password, const QString& storeId,
                                const QString& name)
{
    if (busy())
        return;
    if (email.trimmed().isEmpty() || password.isEmpty())
        return setError(tr("A manager enters their email address and password to set up this till."));
    if (storeId.isEmpty() || name.trimmed().isEmpty())
        return setError(tr("Choose the store and give this till a name (for example \"Till 1\")."));
    const QString base = checkedServerUrl();
    if (base.isEmpty())
        return;
    setError({});
    const QJsonObject login{{u"email"_qs, email.trimmed()}, {u"password"_qs, password}};
    send({u"POST"_qs, u"/auth/login"_qs, json(login), {}, 15000}, [=, this](const sync::HttpAnswer& answer) {
        const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
        const QByteArray manager = reply.value(u"token"_qs).toString().toUtf8();
        if (!answer.ok() || manager.isEmpty())
            return setError(answer.status == 401 ? tr("This email address and password do not match.")
                                                 : describe(answer));
        const QString role = reply.value(u"user"_qs).toObject().value(u"role"_qs).toString();
        if (role != u"manager" && role != u"admin") {
            endOnServer(base, manager);
            return setError(tr("Only a manager can set up a till. Ask a manager to sign in here."));
        }
        const QJsonObject device{
            {u"name"_qs, name.trimmed()}, {u"store_id"_qs, storeId}, {u"kind"_qs, u"register"_qs}};
        send(
            {u"POST"_qs, u"/devices"_qs, json(device), {}, 15000},
            [=, this](const sync::HttpAnswer& enrolled) {
                // The manager's sign-in was for this only.
                endOnServer(base, manager);
                const QJsonObject answered = QJsonDocument::fromJson(enrolled.body).object();
                const QByteArray token = answered.value(u"token"_qs).toString().toUtf8();
                if (enrolled.status != 201 || token.isEmpty())
                    return setError(enrolled.status == 422 ? tr("The server refused this store or this name.")
                                                           : describe(enrolled));
                m_settings.setServerUrl(base);
                if (!m_vault.write(vaultAccount(), token))
                    return setError(tr("This console cannot keep its till credential. Check the disk."));
                m_settings.setRegisterStoreId(storeId);
                m_settings.setRegisterId(answered.value(u"user"_qs).toObject().value(u"id"_qs).toString());
                m_registerToken = token;
                qCInfo(lcApp) << "this console is now a till of" << storeId;
                emit registerChanged();
            },
            manager);
    });
}

void StaffAccess::forgetRegister()
{
    m_vault.remove(vaultAccount());
    m_settings.setRegisterStoreId({});
    m_registerToken.clear();
    emit registerChanged();
}

bool StaffAccess::isPin(const QString& pin)
{
    return pin.size() >= 4 && pin.size() <= 8 &&
           std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void StaffAccess::signInWithPin(const QString& email, const QString& pin)
{
    if (busy())
        return;
    if (!registerEnrolled())
        return setError(tr("This console is not set up as a till: sign in with your password."));
    if (email.trimmed().isEmpty() || pin.isEmpty())
        return setError(tr("Choose who you are, then type your PIN."));
    setError({});
    const QString base = checkedServerUrl();
    if (base.isEmpty())
        return;
    const QJsonObject body{{u"email"_qs, email.trimmed()}, {u"pin"_qs, pin}};
    send(
        {u"POST"_qs, u"/auth/pin"_qs, json(body), {}, 15000},
        [this, base, email](const sync::HttpAnswer& answer) {
            const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
            const QByteArray token = reply.value(u"token"_qs).toString().toUtf8();
            if (!answer.ok() || token.isEmpty()) {
                switch (answer.status) {
                case 401:
                    return setError(tr("This PIN does not match. Try again."));
                case 423:
                    return setError(
                        tr("Too many wrong PINs: PIN sign-in is locked for you. Sign in with your "
                           "password to unlock it."));
                case 403:
                    return setError(tr("You work in another store: this till is not yours."));
                case 404:
                case 405:
                    return setError(tr("This server does not take PINs yet. Sign in with your password."));
                default:
                    return setError(describe(answer));
                }
            }
            const QJsonObject user = reply.value(u"user"_qs).toObject();
            if (const QString refused = refusal(user); !refused.isEmpty()) {
                endOnServer(base, token);
                return setError(refused);
            }
            if (m_locked && signedIn() &&
                user.value(u"email"_qs).toString().compare(userEmail(), Qt::CaseInsensitive) == 0) {
                // The same person unlocks: the PIN was the check; the session keeps its token.
                endOnServer(base, token);
                return setLocked(false);
            }
            if (signedIn()) // another person takes over the till
                endOnServer(base, this->token());
            accept(token, user);
        },
        m_registerToken);
}

void StaffAccess::signInAndSetPin(const QString& email, const QString& password, const QString& pin)
{
    if (!pin.isEmpty() && !isPin(pin))
        return setError(tr("Choose a PIN of 4 to 8 digits."));
    m_pinToSet = pin;
    signIn(email, password);
}

void StaffAccess::setPin(const QString& pin)
{
    const QJsonObject body{{u"pin"_qs, pin}};
    send(
        {u"PUT"_qs, u"/me/pin"_qs, json(body), {}, 15000},
        [this](const sync::HttpAnswer& answer) {
            if (answer.status == 204)
                return setNotice(tr("Your PIN is set: next time, sign in with it."));
            if (answer.status == 422)
                return setError(tr("This PIN cannot be used. Choose 4 to 8 digits."));
            if (answer.status == 404 || answer.status == 405)
                return setError(
                    tr("This server does not take PINs yet: keep signing in with your password."));
            setError(describe(answer));
        },
        token());
}

void StaffAccess::lock()
{
    if (signedIn())
        setLocked(true);
}

void StaffAccess::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (locked)
        setError({});
    emit lockedChanged();
}

void StaffAccess::setNotice(const QString& notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged();
}

} // namespace comptoir::app
