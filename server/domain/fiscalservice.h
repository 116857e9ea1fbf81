#pragma once
// The fiscal journal as managers and auditors read it (API.md "Fiscal journal"): the public key
// that checks it, its entries, and a full check of every hash and signature.

#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace comptoir::server {

class FiscalService {
public:
    explicit FiscalService(Store& store) : m_store(store) {}

    // {"algorithm":"Ed25519","public_key":<base64 of the raw key>}
    [[nodiscard]] QJsonObject publicKey();
    [[nodiscard]] QJsonArray journal(qint64 since, int limit, const QString& storeId);
    // {"valid","entries","first_invalid_seq"}
    [[nodiscard]] QJsonObject verify();

private:
    Store& m_store;
};

} // namespace comptoir::server
