#pragma once
// Where a signed-in person's token is kept between starts: the system's secret store through
// QtKeychain (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Manager) when one
// answers, else a file only its owner may read (0600) in the profile folder. A token is a
// credential: never in the settings file, never in the log.

#include <QByteArray>
#include <QString>
#include <optional>

namespace comptoir::app {

class TokenVault {
public:
    enum class Backend { SecretService, File };

    // `fallbackFile`: the 0600 file used when no secret service answers (or when the environment
    // says COMPTOIR_SECRET_STORE=file, as tests and headless machines do).
    TokenVault(QString service, QString fallbackFile);

    [[nodiscard]] std::optional<QByteArray> read(const QString& account);
    // False when neither the secret service nor the file could keep it.
    bool write(const QString& account, const QByteArray& token);
    void remove(const QString& account);
    // Where the last write went.
    [[nodiscard]] Backend lastBackend() const { return m_lastBackend; }
    [[nodiscard]] const QString& fallbackFile() const { return m_file; }

private:
    [[nodiscard]] bool useSecretService() const;
    [[nodiscard]] std::optional<QByteArray> readFile(const QString& account) const;
    bool writeFile(const QString& account, const std::optional<QByteArray>& token) const;

    QString m_service;
    QString m_file;
    Backend m_lastBackend = Backend::File;
};

} // namespace comptoir::app
