#pragma once
// A customer of the desktop shop: registers, signs in and out. The token is kept in the system's
// secret store (or a 0600 file where none runs), so the shop opens signed in at the next start.

#include "app/access/accountaccess.h"
#include "app/access/tokenvault.h"

namespace comptoir::app {

class CustomerAccess : public AccountAccess {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The shop mode makes its access")

public:
    CustomerAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                   TokenVault& vault, QObject* parent = nullptr);

    // Creates the account (POST /auth/register), then signs in with it.
    Q_INVOKABLE void registerAccount(const QString& name, const QString& email, const QString& password);

protected:
    [[nodiscard]] QString refusal(const QJsonObject& user) const override;
    void keep(const QByteArray& token, const QJsonObject& user) override;
    void forget() override;

private:
    void restore();
    TokenVault& m_vault;
};

} // namespace comptoir::app
