#pragma once
// What a device remembers between starts (QSettings, one INI file): its server, its credential,
// its store, the operator PIN (only a PBKDF2 digest of it) and the shopper-facing language.
// A file that cannot be read is set aside and the device starts as new, never crashes.

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>

namespace comptoir::app {

class DeviceSettings {
public:
    // `filePath` empty: the user's configuration folder.
    explicit DeviceSettings(const QString& filePath = {});

    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] QString deviceToken() const;
    [[nodiscard]] QString storeId() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] bool isEnrolled() const { return !serverUrl().isEmpty() && !deviceToken().isEmpty(); }
    [[nodiscard]] bool hasPin() const;
    [[nodiscard]] bool checkPin(const QString& pin) const;
    // Where the last file went when it could not be read (for the log), else empty.
    [[nodiscard]] const QString& setAsidePath() const { return m_setAside; }
    [[nodiscard]] QString filePath() const { return m_settings->fileName(); }

    void enrol(const QString& serverUrl, const QString& deviceToken, const QString& storeId);
    // The server a person signs in to (shop, staff): remembered without a device credential.
    void setServerUrl(const QString& serverUrl);
    void setPin(const QString& pin);
    void setLanguage(const QString& language);
    void forget();

    // A till (staff console enrolled as a register): its store, and who signed in on it lately,
    // newest first ({email, name}; no secret), for "switch in two taps".
    [[nodiscard]] QString registerStoreId() const;
    void setRegisterStoreId(const QString& storeId); // empty: not a till
    // The till's account on the server (POST /devices' user id): what its drawer's register_id is.
    [[nodiscard]] QString registerId() const;
    void setRegisterId(const QString& registerId);
    [[nodiscard]] QList<std::pair<QString, QString>> recentStaff() const;
    void rememberStaff(const QString& email, const QString& name);

    // Shop and kiosk (issue 15, accessibility part): larger type with stronger contrast, chosen by
    // a shopper from any screen and kept between starts; and the products the shop's customer
    // opened lately, newest first (ids only).
    [[nodiscard]] bool largeText() const;
    void setLargeText(bool on);
    [[nodiscard]] QStringList recentProducts() const;
    void setRecentProducts(const QStringList& productIds);
    // The shop's "my store" (issue 15 finish): what its stock figures and facets follow, kept
    // between starts.
    [[nodiscard]] QString shopStoreId() const;
    void setShopStoreId(const QString& storeId);

private:
    void save();
    std::unique_ptr<QSettings> m_settings;
    QString m_setAside;
};

} // namespace comptoir::app
