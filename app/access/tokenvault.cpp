#include "app/access/tokenvault.h"

#include "app/core/applog.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

namespace comptoir::app {

namespace {

// QtKeychain's jobs are asynchronous; a read or write takes milliseconds, at sign-in or start.
bool run(QKeychain::Job& job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

TokenVault::TokenVault(QString service, QString fallbackFile)
    : m_service(std::move(service)), m_file(std::move(fallbackFile))
{
}

bool TokenVault::useSecretService() const
{
    return qEnvironmentVariable("COMPTOIR_SECRET_STORE") != u"file";
}

std::optional<QByteArray> TokenVault::read(const QString& account)
{
    if (useSecretService()) {
        QKeychain::ReadPasswordJob job(m_service);
        job.setKey(account);
        if (run(job))
            return job.binaryData();
        if (job.error() != QKeychain::EntryNotFound)
            qCInfo(lcApp) << "secret service unavailable (" << job.errorString()
                          << "): reading the token file";
    }
    return readFile(account);
}

bool TokenVault::write(const QString& account, const QByteArray& token)
{
    if (useSecretService()) {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(account);
        job.setBinaryData(token);
        if (run(job)) {
            m_lastBackend = Backend::SecretService;
            writeFile(account, std::nullopt); // no second copy in a file
            return true;
        }
        qCInfo(lcApp) << "secret service unavailable (" << job.errorString() << "): the token goes to"
                      << m_file << "(owner only)";
    }
    m_lastBackend = Backend::File;
    return writeFile(account, token);
}

void TokenVault::remove(const QString& account)
{
    if (useSecretService()) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(account);
        run(job);
    }
    writeFile(account, std::nullopt);
}

std::optional<QByteArray> TokenVault::readFile(const QString& account) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    if (!all.contains(account))
        return std::nullopt;
    return all.value(account).toString().toUtf8();
}

bool TokenVault::writeFile(const QString& account, const std::optional<QByteArray>& token) const
{
    QJsonObject all;
    if (QFile existing(m_file); existing.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(existing.readAll()).object();
    if (!token && !all.contains(account))
        return true;
    if (token)
        all.insert(account, QString::fromUtf8(*token));
    else
        all.remove(account);
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    // Owner only from the first byte: the permissions are set before anything is written.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(QJsonDocument(all).toJson(QJsonDocument::Compact)) < 0 || !file.commit()) {
        qCWarning(lcApp) << "cannot keep the token in" << m_file << ":" << file.errorString();
        return false;
    }
    return true;
}

} // namespace comptoir::app
