#include "store/fiscalkey.h"

#include <QFile>
#include <QFileDevice>
#include <fcntl.h>
#include <mutex>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <sys/stat.h>
#include <unistd.h>

namespace comptoir::server {

namespace {

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioFree>;

struct MdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

EVP_PKEY* generated()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        throw FiscalKeyError("could not generate the fiscal key (Ed25519)");
    return key;
}

// Written to a new file only: an existing one is never overwritten (the journal it signed
// would no longer verify).
void writeNew(const QString& path, EVP_PKEY* key)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        throw FiscalKeyError("could not encode the fiscal key");
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        throw FiscalKeyError("could not create the fiscal key file " + path.toStdString());
    const bool written =
        ::fchmod(fd, 0600) == 0 && ::write(fd, data, size_t(size)) == size && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        throw FiscalKeyError("could not write the fiscal key file " + path.toStdString());
    }
}

} // namespace

struct FiscalKey::SignContext {
    std::mutex mutex;
    MdCtx ctx{EVP_MD_CTX_new()};
};

void FiscalKey::Free::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

void FiscalKey::SignContextFree::operator()(SignContext* context) const
{
    delete context;
}

FiscalKey::FiscalKey(EVP_PKEY* key) : m_key(key), m_signing(new SignContext) {}
FiscalKey::FiscalKey(FiscalKey&&) noexcept = default;
FiscalKey& FiscalKey::operator=(FiscalKey&&) noexcept = default;
FiscalKey::~FiscalKey() = default;

FiscalKey FiscalKey::loadOrCreate(const QString& path)
{
    if (!QFile::exists(path)) {
        FiscalKey key(generated());
        writeNew(path, key.m_key.get());
        return key;
    }
    const QFileDevice::Permissions others =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (QFile::permissions(path) & others)
        throw FiscalKeyError("the fiscal key file " + path.toStdString() +
                             " is readable by others: make it mode 0600 (chmod 600)");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw FiscalKeyError("could not read the fiscal key file " + path.toStdString());
    const QByteArray pem = file.readAll();
    const Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    EVP_PKEY* key = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!key || EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        throw FiscalKeyError("the fiscal key file " + path.toStdString() + " holds no Ed25519 private key");
    }
    return FiscalKey(key);
}

FiscalKey FiscalKey::ephemeral()
{
    return FiscalKey(generated());
}

FiscalKey FiscalKey::fromPublicKey(const QByteArray& raw)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(raw.constData()),
                                                size_t(raw.size()));
    if (!key)
        throw FiscalKeyError("not an Ed25519 public key");
    return FiscalKey(key);
}

QByteArray FiscalKey::sign(const QByteArray& message) const
{
    const std::lock_guard lock(m_signing->mutex);
    EVP_MD_CTX* ctx = m_signing->ctx.get();
    QByteArray signature(64, '\0');
    size_t length = size_t(signature.size());
    if (!ctx || EVP_MD_CTX_reset(ctx) != 1 ||
        EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1)
        throw FiscalKeyError("could not sign with the fiscal key");
    signature.resize(qsizetype(length));
    return signature;
}

bool FiscalKey::verify(const QByteArray& message, const QByteArray& signature) const
{
    const MdCtx ctx(EVP_MD_CTX_new());
    return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) == 1 &&
           EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

QByteArray FiscalKey::publicKey() const
{
    QByteArray raw(32, '\0');
    size_t length = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()), &length) != 1)
        throw FiscalKeyError("could not read the fiscal public key");
    raw.resize(qsizetype(length));
    return raw;
}

} // namespace comptoir::server
