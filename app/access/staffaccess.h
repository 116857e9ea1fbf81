#pragma once
// Staff at the console. On a back-office PC they sign in with their email and password. A
// console on a till is enrolled once as a register device (a manager's email and password, then
// POST /devices kind register; the device token kept in the system's secret store, as the
// shop keeps its customer's); then staff sign in with their PIN on that register (POST
// /auth/pin), switch in two taps from the tiles of who signed in lately, and the console locks
// after a while without a touch, asking the PIN again. Staff tokens are never kept on disk: a
// console left signed in on a shared PC is what a store must not have.

#include "app/access/accountaccess.h"
#include "app/access/tokenvault.h"

#include <QVariantList>

namespace comptoir::app {

class StaffAccess : public AccountAccess {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The staff mode makes its access")
    // A manager or an admin: the back office's pages show.
    Q_PROPERTY(bool manager READ isManager NOTIFY userChanged)
    // This console is a till: staff sign in on it by PIN.
    Q_PROPERTY(bool registerEnrolled READ registerEnrolled NOTIFY registerChanged)
    Q_PROPERTY(QString registerStoreId READ registerStoreId NOTIFY registerChanged)
    // The till's account on the server: its drawer's register_id (empty on a back-office PC).
    Q_PROPERTY(QString registerId READ registerId NOTIFY registerChanged)
    // [{email, name}] of who signed in on this till lately, newest first.
    Q_PROPERTY(QVariantList recentStaff READ recentStaff NOTIFY registerChanged)
    // The stores a till may be enrolled for: [{id, name}] (loadStores()).
    Q_PROPERTY(QVariantList stores READ stores NOTIFY storesChanged)
    // Locked after inactivity: the signed-in person stays, the screen asks for their PIN.
    Q_PROPERTY(bool locked READ isLocked NOTIFY lockedChanged)
    // A word of confirmation ("Your PIN is set.").
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    StaffAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl, TokenVault& vault,
                QObject* parent = nullptr);

    [[nodiscard]] bool isManager() const { return role() == u"manager" || role() == u"admin"; }
    [[nodiscard]] bool registerEnrolled() const { return !m_registerToken.isEmpty(); }
    [[nodiscard]] QString registerStoreId() const { return m_settings.registerStoreId(); }
    [[nodiscard]] QString registerId() const
    {
        return registerEnrolled() ? m_settings.registerId() : QString();
    }
    [[nodiscard]] QVariantList recentStaff() const;
    [[nodiscard]] const QVariantList& stores() const { return m_stores; }
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] const QString& notice() const { return m_notice; }

    // The server's stores, for the enrolment form.
    Q_INVOKABLE void loadStores();
    // A manager enrols this console as a register of `storeId`: signs in, POST /devices, keeps
    // the device token, signs the manager out again.
    Q_INVOKABLE void enrolRegister(const QString& email, const QString& password, const QString& storeId,
                                   const QString& name);
    // This console is no longer a till (the device stays on the server until a manager revokes it).
    Q_INVOKABLE void forgetRegister();
    // PIN sign-in on this register; from the lock screen, the same person unlocks or another
    // takes over.
    Q_INVOKABLE void signInWithPin(const QString& email, const QString& pin);
    // First time on a till: the password, then a PIN chosen for the next times (PUT /me/pin).
    Q_INVOKABLE void signInAndSetPin(const QString& email, const QString& password, const QString& pin);
    Q_INVOKABLE void lock();

signals:
    void registerChanged();
    void storesChanged();
    void lockedChanged();
    void noticeChanged();

protected:
    [[nodiscard]] QString refusal(const QJsonObject& user) const override;
    void keep(const QByteArray& token, const QJsonObject& user) override;
    void forget() override;

private:
    [[nodiscard]] QString vaultAccount() const;
    void setLocked(bool locked);
    void setNotice(const QString& notice);
    void setPin(const QString& pin);
    [[nodiscard]] static bool isPin(const QString& pin);

    TokenVault& m_vault;
    QByteArray m_registerToken;
    QVariantList m_stores;
    bool m_locked = false;
    QString m_notice;
    QString m_pinToSet; // chosen at a password sign-in, sent once it succeeds
};

} // namespace comptoir::app
