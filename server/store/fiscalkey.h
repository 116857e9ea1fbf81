#pragma once
// The server's fiscal key: an Ed25519 key pair (OpenSSL 3) that signs every entry of the fiscal
// journal and every archive, so an entry rewritten with a recomputed hash still fails to verify
// without the key. Created at first start beside the database, mode 0600, never logged or served;
// its public half is served (GET /fiscal/key) for anyone to check an archive.

#include <QByteArray>
#include <QString>
#include <memory>
#include <stdexcept>

using EVP_PKEY = struct evp_pkey_st;

namespace comptoir::server {

struct FiscalKeyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class FiscalKey {
public:
    // Reads the key at `path`, or creates it there (0600) when no file exists. A file that is not
    // an Ed25519 private key, or is readable by others, is an error: the journal must not be
    // signed by a key someone else may hold.
    static FiscalKey loadOrCreate(const QString& path);
    // A key that lives in memory only (an in-memory store).
    static FiscalKey ephemeral();
    // Only the public half, for checking (the raw 32 bytes).
    static FiscalKey fromPublicKey(const QByteArray& raw);

    FiscalKey(FiscalKey&&) noexcept;
    FiscalKey& operator=(FiscalKey&&) noexcept;
    ~FiscalKey();

    // The Ed25519 signature (64 bytes) of `message`. Throws when this is a public key only.
    [[nodiscard]] QByteArray sign(const QByteArray& message) const;
    [[nodiscard]] bool verify(const QByteArray& message, const QByteArray& signature) const;
    [[nodiscard]] QByteArray publicKey() const; // raw 32 bytes

private:
    explicit FiscalKey(EVP_PKEY* key);
    struct Free {
        void operator()(EVP_PKEY* key) const;
    };
    std::unique_ptr<EVP_PKEY, Free> m_key;
    // One signing context reused by every signature (the writer signs each entry), guarded for
    // the few signatures made elsewhere (archives).
    struct SignContext;
    struct SignContextFree {
        void operator()(SignContext* context) const;
    };
    std::unique_ptr<SignContext, SignContextFree> m_signing;
};

} // namespace comptoir::server
