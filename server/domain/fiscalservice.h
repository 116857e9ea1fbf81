#pragma once
// The fiscal journal as managers and auditors read it (API.md "Fiscal journal"): the public key
// that checks it, its entries, a full check of every hash and signature, the closures of trading
// periods and their signed archives, the reprints of receipts, and the daily figures as CSV.

#include "domain/fiscalclosures.h"
#include "domain/principal.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace comptoir::server {

// A closure's period as a file: its entries as JSON Lines and the header that signs them.
struct FiscalArchive {
    QByteArray body;
    QString signature; // "ed25519=<base64>"
    qint64 archiveSeq = 0;
};

class FiscalService {
public:
    explicit FiscalService(Store& store) : m_store(store), m_closures(store) {}

    // {"algorithm":"Ed25519","public_key":<base64 of the raw key>}
    [[nodiscard]] QJsonObject publicKey();
    [[nodiscard]] QJsonArray journal(qint64 since, int limit, const QString& storeId);
    // {"valid","entries","first_invalid_seq"}
    [[nodiscard]] QJsonObject verify();

    // POST /fiscal/closures: the new closure entry.
    QJsonObject close(const QJsonObject& request);
    // Closures at midnight Europe/Paris, and at start for the days the server was down.
    int closeDue(const QDateTime& nowUtc) { return m_closures.closeDue(nowUtc); }
    [[nodiscard]] const FiscalClosures& calendar() const { return m_closures; }
    // GET /fiscal/closures: closure entries, ascending by seq, and the next page's cursor.
    [[nodiscard]] std::pair<QJsonArray, QString> closures(ClosureQuery query);
    // GET /fiscal/closures.csv: one row per day closure and VAT rate.
    [[nodiscard]] QByteArray closuresCsv(ClosureQuery query);
    // GET /fiscal/archives/{closure_seq}: making it appends an `archive` entry.
    FiscalArchive archive(qint64 closureSeq);
    // POST /orders/{id}/reprints: {"reprint_number","entry_seq"}; the order is one the caller may see.
    QJsonObject reprint(const Principal& principal, const Order& order);

private:
    Store& m_store;
    FiscalClosures m_closures;
};

} // namespace comptoir::server
