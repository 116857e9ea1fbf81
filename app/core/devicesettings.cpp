#include "app/core/devicesettings.h"

#include "app/core/applog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace comptoir::app {

namespace {

constexpr int kPinIterations = 100'000;

QByteArray pinDigest(const QString& pin, const QByteArray& salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, kPinIterations,
                                              32);
}

std::unique_ptr<QSettings> openSettings(const QString& filePath)
{
    if (filePath.isEmpty())
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, u"Comptoir"_qs,
                                           u"comptoir"_qs);
    return std::make_unique<QSettings>(filePath, QSettings::IniFormat);
}

} // namespace

DeviceSettings::DeviceSettings(const QString& filePath) : m_settings(openSettings(filePath))
{
    if (m_settings->status() == QSettings::NoError)
        return;
    // A damaged file (a power cut mid-write, a hand edit) must not keep the kiosk from starting.
    const QString path = m_settings->fileName();
    m_settings.reset();
    m_setAside = path + u".broken-"_qs + QDateTime::currentDateTimeUtc().toString(u"yyyyMMddThhmmss"_qs);
    if (!QFile::rename(path, m_setAside)) {
        QFile::remove(path);
        m_setAside.clear();
    }
    qCWarning(lcApp) << "settings file" << path << "could not be read; starting as a new device; old file:"
                     << (m_setAside.isEmpty() ? u"removed"_qs : m_setAside);
    m_settings = openSettings(filePath);
}

QString DeviceSettings::serverUrl() const
{
    return m_settings->value(u"device/server_url"_qs).toString();
}

QString DeviceSettings::deviceToken() const
{
    return m_settings->value(u"device/token"_qs).toString();
}

QString DeviceSettings::storeId() const
{
    return m_settings->value(u"device/store_id"_qs).toString();
}

QString DeviceSettings::language() const
{
    const QString lang = m_settings->value(u"ui/language"_qs).toString();
    return lang == u"en" ? lang : u"fr"_qs;
}

bool DeviceSettings::hasPin() const
{
    return !m_settings->value(u"operator/pin_digest"_qs).toByteArray().isEmpty();
}

bool DeviceSettings::checkPin(const QString& pin) const
{
    const QByteArray salt = QByteArray::fromBase64(m_settings->value(u"operator/pin_salt"_qs).toByteArray());
    const QByteArray digest =
        QByteArray::fromBase64(m_settings->value(u"operator/pin_digest"_qs).toByteArray());
    if (digest.isEmpty())
        return false;
    const QByteArray given = pinDigest(pin, salt);
    // Constant-time comparison: the PIN is short, do not leak how much of it matched.
    unsigned char diff = given.size() == digest.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(given.size(), digest.size()); ++i)
        diff |= static_cast<unsigned char>(given[i] ^ digest[i]);
    return diff == 0;
}

void DeviceSettings::enrol(const QString& serverUrl, const QString& deviceToken, const QString& storeId)
{
    m_settings->setValue(u"device/server_url"_qs, serverUrl);
    m_settings->setValue(u"device/token"_qs, deviceToken);
    m_settings->setValue(u"device/store_id"_qs, storeId);
    save();
}

void DeviceSettings::setServerUrl(const QString& serverUrl)
{
    m_settings->setValue(u"device/server_url"_qs, serverUrl);
    save();
}

void DeviceSettings::setPin(const QString& pin)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), salt.size() / 4);
    m_settings->setValue(u"operator/pin_salt"_qs, salt.toBase64());
    m_settings->setValue(u"operator/pin_digest"_qs, pinDigest(pin, salt).toBase64());
    save();
}

void DeviceSettings::setLanguage(const QString& language)
{
    m_settings->setValue(u"ui/language"_qs, language);
    save();
}

void DeviceSettings::forget()
{
    m_settings->remove(u"device"_qs);
    save();
}

QString DeviceSettings::registerStoreId() const
{
    return m_settings->value(u"register/store_id"_qs).toString();
}

QString DeviceSettings::registerId() const
{
    return m_settings->value(u"register/register_id"_qs).toString();
}

void DeviceSettings::setRegisterId(const QString& registerId)
{
    m_settings->setValue(u"register/register_id"_qs, registerId);
    save();
}

void DeviceSettings::setRegisterStoreId(const QString& storeId)
{
    if (storeId.isEmpty())
        m_settings->remove(u"register"_qs);
    else
        m_settings->setValue(u"register/store_id"_qs, storeId);
    save();
}

QList<std::pair<QString, QString>> DeviceSettings::recentStaff() const
{
    QList<std::pair<QString, QString>> staff;
    const QStringList emails = m_settings->value(u"register/recent_emails"_qs).toStringList();
    const QStringList names = m_settings->value(u"register/recent_names"_qs).toStringList();
    for (qsizetype i = 0; i < emails.size(); ++i)
        staff.append({emails[i], names.value(i)});
    return staff;
}

void DeviceSettings::rememberStaff(const QString& email, const QString& name)
{
    constexpr qsizetype kKept = 8; // the tiles of one shift
    QStringList emails{email};
    QStringList names{name};
    for (const auto& [e, n] : recentStaff())
        if (e.compare(email, Qt::CaseInsensitive) != 0 && emails.size() < kKept) {
            emails << e;
            names << n;
        }
    m_settings->setValue(u"register/recent_emails"_qs, emails);
    m_settings->setValue(u"register/recent_names"_qs, names);
    save();
}

void DeviceSettings::save()
{
    m_settings->sync();
    // The file holds the device's credential: readable by its user only.
    QFile::setPermissions(m_settings->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcApp) << "could not save settings to" << m_settings->fileName();
}

// Shop and kiosk: accessibility and recently viewed.
bool DeviceSettings::largeText() const
{
    return m_settings->value(u"ui/large_text"_qs, false).toBool();
}

void DeviceSettings::setLargeText(bool on)
{
    m_settings->setValue(u"ui/large_text"_qs, on);
    save();
}

QStringList DeviceSettings::recentProducts() const
{
    return m_settings->value(u"shop/recent_products"_qs).toStringList();
}

void DeviceSettings::setRecentProducts(const QStringList& productIds)
{
    m_settings->setValue(u"shop/recent_products"_qs, productIds);
    save();
}

QString DeviceSettings::shopStoreId() const
{
    return m_settings->value(u"shop/store_id"_qs).toString();
}

void DeviceSettings::setShopStoreId(const QString& storeId)
{
    m_settings->setValue(u"shop/store_id"_qs, storeId);
    save();
}

} // namespace comptoir::app
