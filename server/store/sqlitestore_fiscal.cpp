// The fiscal journal in SQLite (API.md "Fiscal journal"): entries appended by the store's own
// money paths in their transactions, read back, and checked.
#include "store/sqlstore.h"

#include "comptoir/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::server {

namespace {

bool isPaidStatus(const QString& status)
{
    return status == u"paid" || status == u"ready_for_pickup" || status == u"shipped" ||
           status == u"completed";
}

// `data` left empty without parseData: the verifier parses it on its workers.
JournalEntry readEntry(sql::Statement& st, bool parseData = true)
{
    JournalEntry e;
    e.seq = st.int64(0);
    e.type = st.text(1);
    e.at = st.text(2);
    e.storeId = st.isNull(3) ? QString() : st.text(3);
    e.registerId = st.isNull(4) ? QString() : st.text(4);
    e.ref = st.text(5);
    if (parseData)
        e.data = QJsonDocument::fromJson(st.blob(6)).object();
    e.prevHash = st.text(7);
    e.hash = st.text(8);
    e.signature = st.text(9);
    return e;
}

constexpr const char* kEntryColumns =
    "seq, type, at, store_id, register_id, ref, data, prev_hash, hash, signature FROM fiscal_journal";

} // namespace

void SqlStore::appendJournal(const QString& type, const QString& storeId, const QString& registerId,
                             const QString& ref, const QJsonObject& data)
{
    appendJournalEntry({type, storeId, registerId, ref, data});
}

JournalEntry SqlStore::appendJournalEntry(const NewJournalEntry& entry)
{
    sql::Connection& c = conn();
    JournalEntry e;
    // The chain's tip lives on the writer (every append runs there): read once, then carried
    // from entry to entry; commitBatch puts it back when a write's savepoint or the batch rolls
    // back, so it always names the last committed-or-pending entry of this transaction.
    if (!m_journalTip) {
        JournalTip tip{0, fiscal::genesisHash()};
        auto last = c.prepare("SELECT seq, hash FROM fiscal_journal ORDER BY seq DESC LIMIT 1");
        if (last.step())
            tip = {last.int64(0), last.text(1)};
        m_journalTip = tip;
    }
    e.seq = m_journalTip->seq + 1;
    e.prevHash = m_journalTip->hash;
    e.type = entry.type;
    e.at = toRfc3339(recordingTime());
    e.storeId = entry.storeId;
    e.registerId = entry.registerId;
    e.ref = entry.ref;
    e.data = entry.data;
    fiscal::seal(e, m_fiscalKey);
    c.prepare("INSERT INTO fiscal_journal(seq, type, at, store_id, register_id, ref, data, prev_hash, hash, "
              "signature) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, e.seq)
        .bind(2, e.type)
        .bind(3, e.at)
        .bindOptional(4, e.storeId)
        .bindOptional(5, e.registerId)
        .bind(6, e.ref)
        .bind(7, QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)))
        .bind(8, e.prevHash)
        .bind(9, e.hash)
        .bind(10, e.signature)
        .exec();
    if (e.type == u"closure") {
        // The index closures are found by; a period closed twice fails here too (primary key).
        auto st = c.prepare("INSERT INTO fiscal_closures(store_id, period, date, seq, last_seq) "
                            "VALUES(?, ?, ?, ?, ?)");
        st.bind(1, e.storeId)
            .bind(2, e.data.value(u"period"_qs).toString())
            .bind(3, e.data.value(u"date"_qs).toString())
            .bind(4, e.seq);
        const QJsonValue lastSeq = e.data.value(u"last_seq"_qs);
        if (lastSeq.isDouble())
            st.bind(5, qint64(lastSeq.toDouble()));
        else
            st.bind(5, nullptr);
        st.exec();
    }
    m_journalTip = JournalTip{e.seq, e.hash};
    return e;
}

QString SqlStore::storedOrderStatus(const OrderId& id)
{
    auto st = conn().prepare("SELECT status FROM orders WHERE id = ?");
    st.bind(1, id.value);
    return st.step() ? st.text(0) : QString();
}

void SqlStore::journalOrderTransition(const OrderRecord& record, const QString& before)
{
    const Order& o = record.order;
    const bool sale = isPaidStatus(o.status) && !isPaidStatus(before);
    const bool cancellation = o.status == u"cancelled" && isPaidStatus(before);
    if (!sale && !cancellation)
        return;
    // The lines and VAT as sold, from the record in hand: what order_lines were written with at
    // the order's creation (each line's total less its share of the order's discount, its tax).
    QJsonArray lines;
    QMap<int, std::pair<qint64, qint64>> byRate; // rate → (total, tax)
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines[i];
        const qint64 total = l.lineTotal.amount - record.lineDiscounts.value(i);
        const qint64 tax = record.lineTaxes.value(i);
        lines.append(QJsonObject{{u"sku"_qs, l.sku},
                                 {u"quantity"_qs, double(l.quantity)},
                                 {u"unit_price"_qs, double(l.unitPrice.amount)},
                                 {u"tax_rate_bp"_qs, l.taxRateBp},
                                 {u"total"_qs, double(total)},
                                 {u"tax"_qs, double(tax)}});
        auto& [rateTotal, rateTax] = byRate[l.taxRateBp];
        rateTotal += total;
        rateTax += tax;
    }
    QJsonArray totals;
    for (auto it = byRate.cbegin(); it != byRate.cend(); ++it)
        totals.append(QJsonObject{{u"rate_bp"_qs, it.key()},
                                  {u"base"_qs, double(it->first - it->second)},
                                  {u"tax"_qs, double(it->second)},
                                  {u"total"_qs, double(it->first)}});
    const QJsonObject data{{u"order_id"_qs, o.id.value},
                           {u"number"_qs, o.number},
                           {u"channel"_qs, o.channel},
                           {u"placed_by"_qs, record.placedBy.value},
                           {u"currency"_qs, o.totals.total.currency},
                           {u"total"_qs, double(o.totals.total.amount)},
                           {u"paid_total"_qs, double(o.paidTotal.amount)},
                           {u"lines"_qs, lines},
                           {u"totals"_qs, totals}};
    const QString store = o.storeId.value.isEmpty() ? o.fulfillment.locationId.value : o.storeId.value;
    // The till a sale was made at; a cancellation is an act of its own, wherever it was made.
    appendJournal(sale ? u"sale"_qs : u"cancellation"_qs, store, sale ? record.registerId.value : QString(),
                  o.id.value, data);
}

QString SqlStore::registerOfCashSession(const QString& sessionId)
{
    if (sessionId.isEmpty())
        return {};
    auto st = conn().prepare("SELECT register_id FROM cash_sessions WHERE id = ?");
    st.bind(1, sessionId);
    return st.step() ? st.text(0) : QString();
}

void SqlStore::journalRefund(const RefundRecord& r)
{
    auto st = conn().prepare("SELECT o.id, o.number, COALESCE(o.store_id, o.location_id), o.currency "
                             "FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.id = ?");
    st.bind(1, r.paymentId);
    QString orderId, number, store, currency;
    if (st.step()) {
        orderId = st.text(0);
        number = st.text(1);
        store = st.isNull(2) ? QString() : st.text(2);
        currency = st.text(3);
    }
    QJsonArray taxes;
    for (const TaxShare& t : r.taxes)
        taxes.append(QJsonObject{{u"rate_bp"_qs, t.rateBp},
                                 {u"base"_qs, double(t.total - t.tax)},
                                 {u"tax"_qs, double(t.tax)},
                                 {u"total"_qs, double(t.total)}});
    const QJsonObject data{{u"refund_id"_qs, r.id},       {u"payment_id"_qs, r.paymentId},
                           {u"order_id"_qs, orderId},     {u"number"_qs, number},
                           {u"currency"_qs, currency},    {u"amount"_qs, double(r.amount)},
                           {u"method"_qs, r.method},      {u"reason"_qs, r.reason},
                           {u"return_id"_qs, r.returnId}, {u"totals"_qs, taxes}};
    appendJournal(u"refund"_qs, store, registerOfCashSession(r.cashSessionId), r.id, data);
}

void SqlStore::journalCashMovement(const CashMovement& m, const LocationId& store)
{
    const QJsonObject data{{u"movement_id"_qs, m.id},
                           {u"session_id"_qs, m.sessionId},
                           {u"kind"_qs, m.kind},
                           {u"currency"_qs, m.amount.currency},
                           {u"amount"_qs, double(m.amount.amount)},
                           {u"reason"_qs, m.reason},
                           {u"by"_qs, m.by.value}};
    appendJournal(u"cash_movement"_qs, store.value, registerOfCashSession(m.sessionId), m.id, data);
}

QByteArray SqlStore::fiscalPublicKey()
{
    return m_fiscalKey.publicKey();
}

QList<JournalEntry> SqlStore::journal(qint64 since, int limit, const QString& storeId)
{
    auto st = conn().prepare(std::string("SELECT ") + kEntryColumns +
                             (storeId.isEmpty() ? " WHERE seq > ?" : " WHERE seq > ? AND store_id = ?") +
                             " ORDER BY seq LIMIT ?");
    st.bind(1, since);
    int next = 2;
    if (!storeId.isEmpty())
        st.bind(next++, storeId);
    st.bind(next, qint64(limit));
    QList<JournalEntry> entries;
    while (st.step())
        entries.append(readEntry(st));
    return entries;
}

JournalCheck SqlStore::verifyJournal()
{
    return verifyJournal(fiscal::SignatureCheck::Every);
}

JournalCheck SqlStore::verifyJournal(fiscal::SignatureCheck signatures)
{
    fiscal::JournalVerifier verifier(m_fiscalKey, signatures);
    auto st = conn().prepare(std::string("SELECT ") + kEntryColumns + " ORDER BY seq");
    while (st.step())
        verifier.check(readEntry(st, false), st.blob(6));
    verifier.finish();
    return {verifier.entries(), verifier.firstInvalidSeq()};
}

QByteArray SqlStore::fiscalSign(const QByteArray& message)
{
    return m_fiscalKey.sign(message);
}

std::optional<JournalEntry> SqlStore::journalEntry(qint64 seq)
{
    auto st = conn().prepare(std::string("SELECT ") + kEntryColumns + " WHERE seq = ?");
    st.bind(1, seq);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

void SqlStore::forEachRecordedEntry(const QString& storeId, qint64 after,
                                    const std::function<bool(const JournalEntry&)>& visit)
{
    auto st =
        conn().prepare(std::string("SELECT ") + kEntryColumns +
                       " WHERE store_id = ? AND seq > ? AND type NOT IN ('closure', 'archive') ORDER BY seq");
    st.bind(1, storeId).bind(2, after);
    while (st.step())
        if (!visit(readEntry(st)))
            return;
}

QList<JournalEntry> SqlStore::closures(const ClosureQuery& q)
{
    std::string sql = "SELECT j.seq, j.type, j.at, j.store_id, j.register_id, j.ref, j.data, j.prev_hash, "
                      "j.hash, j.signature FROM fiscal_closures c JOIN fiscal_journal j ON j.seq = c.seq "
                      "WHERE c.seq > ?";
    if (!q.storeId.isEmpty())
        sql += " AND c.store_id = ?";
    if (!q.period.isEmpty())
        sql += " AND c.period = ?";
    // A month's date is YYYY-MM and a year's YYYY: compared by the first and last day of each.
    if (!q.from.isEmpty())
        sql += " AND (CASE c.period WHEN 'day' THEN c.date WHEN 'month' THEN c.date || '-31' "
               "ELSE c.date || '-12-31' END) >= ?";
    if (!q.to.isEmpty())
        sql += " AND (CASE c.period WHEN 'day' THEN c.date WHEN 'month' THEN c.date || '-01' "
               "ELSE c.date || '-01-01' END) <= ?";
    sql += " ORDER BY c.seq LIMIT ?";
    auto st = conn().prepare(sql);
    int i = 1;
    st.bind(i++, q.after);
    for (const QString* value : {&q.storeId, &q.period, &q.from, &q.to})
        if (!value->isEmpty())
            st.bind(i++, *value);
    st.bind(i, qint64(q.limit));
    QList<JournalEntry> entries;
    while (st.step())
        entries.append(readEntry(st));
    return entries;
}

std::optional<JournalEntry> SqlStore::closure(const QString& storeId, const QString& period,
                                              const QString& date)
{
    auto st = conn().prepare(
        std::string("SELECT ") + kEntryColumns +
        " WHERE seq = (SELECT seq FROM fiscal_closures WHERE store_id = ? AND period = ? AND date = ?)");
    st.bind(1, storeId).bind(2, period).bind(3, date);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

std::optional<JournalEntry> SqlStore::lastClosure(const QString& storeId, const QString& period)
{
    auto st =
        conn().prepare(std::string("SELECT ") + kEntryColumns +
                       " WHERE seq = (SELECT seq FROM fiscal_closures WHERE store_id = ? AND period = ? "
                       "ORDER BY date DESC LIMIT 1)");
    st.bind(1, storeId).bind(2, period);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

qint64 SqlStore::closedThroughSeq(const QString& storeId)
{
    auto st = conn().prepare(
        "SELECT COALESCE(MAX(last_seq), 0) FROM fiscal_closures WHERE store_id = ? AND period = 'day'");
    st.bind(1, storeId);
    return st.step() ? st.int64(0) : 0;
}

QList<std::pair<QString, QString>> SqlStore::journalStores()
{
    QList<std::pair<QString, QString>> stores;
    QStringList ids;
    {
        auto st = conn().prepare("SELECT DISTINCT store_id FROM fiscal_journal WHERE store_id IS NOT NULL");
        while (st.step())
            ids << st.text(0);
    }
    for (const QString& id : ids) {
        auto st = conn().prepare("SELECT at FROM fiscal_journal WHERE store_id = ? AND type NOT IN "
                                 "('closure', 'archive') ORDER BY seq LIMIT 1");
        st.bind(1, id);
        stores.append({id, st.step() ? st.text(0) : QString()});
    }
    return stores;
}

qint64 SqlStore::reprintCount(const QString& orderId)
{
    auto st = conn().prepare("SELECT COUNT(*) FROM fiscal_journal WHERE type = 'reprint' AND ref = ?");
    st.bind(1, orderId);
    return st.step() ? st.int64(0) : 0;
}

} // namespace comptoir::server
