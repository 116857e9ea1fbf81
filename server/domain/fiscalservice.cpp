#include "domain/fiscalservice.h"

#include "comptoir/canonicaljson.h"
#include "domain/errors.h"

#include <QCryptographicHash>
#include <algorithm>

namespace comptoir::server {

namespace {

// Closures a period holds (a month's days, a year's days and months) need no paging.
constexpr int kPeriodClosures = 100000;

// Minor units as a decimal amount ("-12.05"), for spreadsheets.
QByteArray decimal(qint64 minor)
{
    const qint64 magnitude = minor < 0 ? -minor : minor;
    return (minor < 0 ? "-" : "") + QByteArray::number(magnitude / 100) + '.' +
           QByteArray::number(magnitude % 100).rightJustified(2, '0');
}

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

QJsonObject FiscalService::publicKey()
{
    return {{u"algorithm"_qs, u"Ed25519"_qs},
            {u"public_key"_qs, QString::fromLatin1(m_store.fiscalPublicKey().toBase64())}};
}

QJsonArray FiscalService::journal(qint64 since, int limit, const QString& storeId)
{
    QJsonArray entries;
    for (const JournalEntry& e : m_store.journal(since, limit, storeId))
        entries.append(fiscal::toJson(e));
    return entries;
}

QJsonObject FiscalService::verify()
{
    const JournalCheck check = m_store.verifyJournal();
    return {{u"valid"_qs, !check.firstInvalidSeq.has_value()},
            {u"entries"_qs, double(check.entries)},
            {u"first_invalid_seq"_qs,
             check.firstInvalidSeq ? QJsonValue(double(*check.firstInvalidSeq)) : QJsonValue()}};
}

QJsonObject FiscalService::close(const QJsonObject& request)
{
    return fiscal::toJson(m_closures.close(request, QDateTime::currentDateTimeUtc()));
}

std::pair<QJsonArray, QString> FiscalService::closures(ClosureQuery query)
{
    QJsonArray items;
    const QList<JournalEntry> found = m_store.closures(query);
    for (const JournalEntry& e : found)
        items.append(fiscal::toJson(e));
    const QString next = found.size() == query.limit ? QString::number(found.last().seq) : QString();
    return {items, next};
}

QByteArray FiscalService::closuresCsv(ClosureQuery query)
{
    query.period = u"day"_qs;
    query.limit = kPeriodClosures * 10;
    QByteArray csv = "store_id,date,closure_seq,vat_rate,base,vat,total\r\n";
    for (const JournalEntry& e : m_store.closures(query)) {
        const QByteArray head = csvField(e.storeId) + ',' + csvField(e.data[u"date"_qs].toString()) + ',' +
                                QByteArray::number(e.seq) + ',';
        const QJsonArray totals = e.data[u"totals"_qs].toArray();
        // A day without a sale still has its row: the e-reporting counts days, not only sales.
        if (totals.isEmpty())
            csv += head + ",0.00,0.00,0.00\r\n";
        for (const QJsonValue& t : totals)
            csv += head + decimal(t[u"rate_bp"_qs].toInteger()) + ',' + decimal(t[u"base"_qs].toInteger()) +
                   ',' + decimal(t[u"tax"_qs].toInteger()) + ',' + decimal(t[u"total"_qs].toInteger()) +
                   "\r\n";
    }
    return csv;
}

FiscalArchive FiscalService::archive(qint64 closureSeq)
{
    const auto closure = m_store.journalEntry(closureSeq);
    if (!closure || closure->type != u"closure")
        throw NotFound(u"No closure has seq %1."_qs.arg(closureSeq));
    const QJsonObject& d = closure->data;
    QList<JournalEntry> entries;
    if (d[u"first_seq"_qs].isDouble()) {
        const qint64 last = d[u"last_seq"_qs].toInteger();
        m_store.forEachRecordedEntry(closure->storeId, d[u"first_seq"_qs].toInteger() - 1,
                                     [&](const JournalEntry& e) {
                                         if (e.seq > last)
                                             return false;
                                         entries.append(e);
                                         return true;
                                     });
    }
    // A month's archive holds its days' closures too, a year's its days' and months'.
    const QString period = d[u"period"_qs].toString();
    const QString date = d[u"date"_qs].toString();
    if (period != u"day") {
        const QString from = period == u"month" ? date + u"-01"_qs : date + u"-01-01"_qs;
        const QString to = period == u"month" ? date + u"-31"_qs : date + u"-12-31"_qs;
        for (const JournalEntry& c : m_store.closures({closure->storeId, {}, from, to, 0, kPeriodClosures}))
            if (c.seq < closureSeq && c.data[u"period"_qs].toString() != period)
                entries.append(c);
    }
    std::sort(entries.begin(), entries.end(),
              [](const JournalEntry& a, const JournalEntry& b) { return a.seq < b.seq; });
    entries.append(*closure);

    FiscalArchive archive;
    for (const JournalEntry& e : entries) {
        archive.body += QByteArray::fromStdString(canonicalJson(fiscal::toJson(e)));
        archive.body += '\n';
    }
    const QByteArray digest = QCryptographicHash::hash(archive.body, QCryptographicHash::Sha256).toHex();
    archive.signature = u"ed25519="_qs + QString::fromLatin1(m_store.fiscalSign(digest).toBase64());
    m_store.transaction([&] {
        archive.archiveSeq = m_store
                                 .appendJournalEntry({u"archive"_qs,
                                                      closure->storeId,
                                                      {},
                                                      QString::number(closureSeq),
                                                      {{u"closure_seq"_qs, double(closureSeq)},
                                                       {u"period"_qs, period},
                                                       {u"date"_qs, date},
                                                       {u"entries"_qs, double(entries.size())},
                                                       {u"sha256"_qs, QString::fromLatin1(digest)}}})
                                 .seq;
    });
    return archive;
}

QJsonObject FiscalService::reprint(const Principal& principal, const Order& order)
{
    if (order.paidTotal.amount <= 0)
        throw Conflict(u"Order %1 was never paid: it has no receipt to reprint."_qs.arg(order.number));
    const QString store =
        order.storeId.value.isEmpty() ? order.fulfillment.locationId.value : order.storeId.value;
    qint64 number = 0;
    qint64 seq = 0;
    m_store.transaction([&] {
        number = m_store.reprintCount(order.id.value) + 1;
        seq = m_store
                  .appendJournalEntry({u"reprint"_qs,
                                       store,
                                       principal.registerId.value,
                                       order.id.value,
                                       {{u"order_id"_qs, order.id.value},
                                        {u"number"_qs, order.number},
                                        {u"reprint_number"_qs, double(number)},
                                        {u"by"_qs, principal.user.id.value},
                                        {u"currency"_qs, order.totals.total.currency},
                                        {u"total"_qs, double(order.totals.total.amount)}}})
                  .seq;
    });
    return {{u"reprint_number"_qs, double(number)},
            {u"entry_seq"_qs, double(seq)},
            {u"order_id"_qs, order.id.value},
            {u"number"_qs, order.number}};
}

} // namespace comptoir::server
