#include "app/access/kioskaccess.h"

#include "app/core/applog.h"
#include "app/core/launchoptions.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

KioskAccess::KioskAccess(Session& session, DeviceSettings& settings, Provisioning provisioning,
                         QObject* parent)
    : QObject(parent), m_session(session), m_settings(settings), m_provisioning(std::move(provisioning))
{
    connect(&m_session, &Session::syncReplaced, this, &KioskAccess::setupChanged);
    connect(&m_session, &Session::connectivityChanged, this, [this] {
        if (m_session.isActive() && m_session.storeId().isEmpty() && !m_session.isOffline())
            learnStore();
    });
    // A provisioning script may hand the credential over on the command line; given again at the
    // next start it changes nothing (the store learnt from the server is kept).
    const Provisioning& p = m_provisioning;
    if (!p.deviceToken.isEmpty() && !p.serverUrl.isEmpty() &&
        (m_settings.serverUrl() != p.serverUrl || m_settings.deviceToken() != p.deviceToken))
        m_settings.enrol(p.serverUrl, p.deviceToken, p.storeId);
    if (m_settings.isEnrolled())
        startSession();
}

QString KioskAccess::presetServerUrl() const
{
    return m_provisioning.serverUrl.isEmpty() ? m_settings.serverUrl() : m_provisioning.serverUrl;
}

void KioskAccess::startSession()
{
    m_session.start(m_settings.serverUrl(), m_settings.deviceToken().toUtf8(), m_settings.storeId());
}

void KioskAccess::enrol(const QString& serverUrl, const QString& deviceToken, const QString& pin)
{
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return setSetupError(tr("Enter the server address, for example http://192.168.1.10:8080."));
    if (deviceToken.trimmed().isEmpty())
        return setSetupError(tr("Enter the device token given when this kiosk was registered."));
    if (pin.size() < 4 || pin.size() > 12 ||
        !std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); }))
        return setSetupError(tr("Choose an operator PIN of 4 to 12 digits."));
    if (m_setupCall)
        return;
    setSetupError({});
    const QString base = serverUrlText(url);
    const QString token = deviceToken.trimmed();
    m_setupCall = m_session.callWithout(base, token.toUtf8(), {u"GET"_qs, u"/me"_qs, {}, {}, 8000}, this);
    connect(
        m_setupCall, &sync::OnlineCall::finished, this,
        [this, base, token, pin](const sync::HttpAnswer& answer) {
            m_setupCall->deleteLater();
            m_setupCall = nullptr;
            emit setupBusyChanged();
            const QJsonObject user = QJsonDocument::fromJson(answer.body).object();
            if (answer.status == 0 || answer.foreign)
                return setSetupError(
                    tr("No Comptoir server answers at this address. Check the address and the network."));
            if (answer.status == 401)
                return setSetupError(
                    tr("The server does not know this device token. Check it, or register the kiosk again."));
            if (!answer.ok())
                return setSetupError(
                    tr("The server refused the setup (%1). Try again in a moment.").arg(answer.status));
            if (user.value(u"role"_qs).toString() != u"kiosk")
                return setSetupError(tr("This token belongs to a person, not to a kiosk. Register the "
                                        "kiosk to get its own token."));
            m_settings.enrol(base, token, user.value(u"store_id"_qs).toString());
            m_settings.setPin(pin);
            qCInfo(lcApp) << "device set up for" << base << "store" << user.value(u"store_id"_qs).toString();
            startSession();
        });
    m_setupCall->start();
    emit setupBusyChanged();
}

bool KioskAccess::checkPin(const QString& pin) const
{
    return m_settings.checkPin(pin);
}

void KioskAccess::forgetDevice()
{
    emit forgetting();
    m_session.stop();
    m_settings.forget();
}

void KioskAccess::learnStore()
{
    // A device provisioned from the command line without --store learns its store from the
    // server the first time it reaches it.
    if (m_storeCall || !m_session.sync())
        return;
    // Owned by the sync client, whose network it uses: forgetting the device ends it too.
    m_storeCall = m_session.sync()->call({u"GET"_qs, u"/me"_qs, {}, {}, 8000}, m_session.sync());
    connect(m_storeCall, &sync::OnlineCall::finished, this, [this](const sync::HttpAnswer& answer) {
        m_storeCall->deleteLater();
        const QString store = QJsonDocument::fromJson(answer.body).object().value(u"store_id"_qs).toString();
        if (!answer.ok() || store.isEmpty())
            return;
        m_settings.enrol(m_settings.serverUrl(), m_settings.deviceToken(), store);
        m_session.setStoreId(store);
    });
    m_storeCall->start();
}

void KioskAccess::setSetupError(const QString& error)
{
    if (m_setupError == error)
        return;
    m_setupError = error;
    emit setupErrorChanged();
}

} // namespace comptoir::app
