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
    // No server is known yet: the shop asks "which shop?" once (useServer).
    Q_PROPERTY(bool needsServer READ needsServer NOTIFY needsServerChanged)
    // What went well, in words: "a mail is on its way", "your password is changed".
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)

public:
    CustomerAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                   TokenVault& vault, QObject* parent = nullptr);

    // Creates the account (POST /auth/register), then signs in with it.
    Q_INVOKABLE void registerAccount(const QString& name, const QString& email, const QString& password);

    [[nodiscard]] bool needsServer() const;
    [[nodiscard]] const QString& notice() const { return m_notice; }
    // Browses the shop at `url` signed out, and remembers it. False (error set) when unusable.
    Q_INVOKABLE bool useServer(const QString& url);
    // "Forgot your password?": POST /auth/password-reset. The answer is the same whether or not
    // the address has an account, and so is what the customer reads.
    Q_INVOKABLE void requestPasswordReset(const QString& email);
    // The token of a reset link or a pasted code, or empty with the reason in `error`.
    Q_INVOKABLE QString readResetLink(const QString& linkOrToken);
    // A new password from a reset token: every sign-in of the account ends, this one too
    // (passwordReset), or the reason in words.
    Q_INVOKABLE void resetPassword(const QString& linkOrToken, const QString& password);
    Q_INVOKABLE void clearMessages();

signals:
    void needsServerChanged();
    void noticeChanged();
    void passwordReset();

protected:
    [[nodiscard]] QString refusal(const QJsonObject& user) const override;
    void keep(const QByteArray& token, const QJsonObject& user) override;
    void forget() override;
    void startSignedOut() override;

private:
    void restore();
    void setNotice(const QString& notice);
    QString m_notice;
    TokenVault& m_vault;
};

} // namespace comptoir::app
