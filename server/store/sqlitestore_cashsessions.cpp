// SqlStore: cash sessions, their movements, and the aggregates of a session's report.
#include "store/cursor.h"
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonDocument>

namespace comptoir::server {

namespace {

constexpr const char* kSessionSelect =
    "SELECT id, register_id, store_id, status, currency, opening_float, opened_by, opened_at, closed_by, "
    "closed_at, counted, expected_cash, report FROM cash_sessions ";

CashSessionRecord readSession(const sql::Statement& st)
{
    CashSessionRecord r;
    CashSession& s = r.session;
    s.id = st.text(0);
    s.registerId.value = st.text(1);
    s.storeId.value = st.text(2);
    s.status = st.text(3);
    const QString currency = st.text(4);
    s.openingFloat = Money{st.int64(5), currency};
    s.openedBy.value = st.text(6);
    s.openedAt = fromRfc3339(st.text(7));
    s.closedBy.value = st.isNull(8) ? QString() : st.text(8);
    s.closedAt = st.isNull(9) ? QDateTime() : fromRfc3339(st.text(9));
    if (!st.isNull(10))
        s.counted = Money{st.int64(10), currency};
    if (!st.isNull(11))
        s.expectedCash = Money{st.int64(11), currency};
    if (!st.isNull(12))
        r.closingReport = std::string(st.textView(12));
    return r;
}

// What the change feed carries: the session, and once closed its Z report, so that a console
// shows (and prints) the drawer's last close without asking the server.
std::string sessionChangeJson(const CashSessionRecord& r)
{
    std::string json = QJsonDocument(toJson(r.session)).toJson(QJsonDocument::Compact).toStdString();
    if (!r.closingReport.empty()) {
        json.pop_back(); // the closing brace
        json += ",\"report\":";
        json += r.closingReport;
        json += '}';
    }
    return json;
}

} // namespace

void SqlStore::saveCashSession(const CashSessionRecord& r, bool isNew)
{
    const CashSession& s = r.session;
    transaction([&] {
        if (isNew) {
            conn()
                .prepare(
                    "INSERT INTO cash_sessions(id, register_id, store_id, status, currency, opening_float, "
                    "opened_by, opened_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, s.id)
                .bind(2, s.registerId.value)
                .bind(3, s.storeId.value)
                .bind(4, s.status)
                .bind(5, s.openingFloat.currency)
                .bind(6, s.openingFloat.amount)
                .bind(7, s.openedBy.value)
                .bind(8, toRfc3339(s.openedAt))
                .exec();
        } else {
            auto st = conn().prepare("UPDATE cash_sessions SET status = ?, closed_by = ?, closed_at = ?, "
                                     "counted = ?, expected_cash = ?, report = ? WHERE id = ?");
            st.bind(1, s.status).bindOptional(2, s.closedBy.value);
            if (s.closedAt.isValid())
                st.bind(3, toRfc3339(s.closedAt));
            else
                st.bind(3, nullptr);
            if (s.counted)
                st.bind(4, s.counted->amount);
            else
                st.bind(4, nullptr);
            if (s.expectedCash)
                st.bind(5, s.expectedCash->amount);
            else
                st.bind(5, nullptr);
            if (r.closingReport.empty())
                st.bind(6, nullptr);
            else
                st.bind(6, std::string_view(r.closingReport));
            st.bind(7, s.id).exec();
        }
        appendChange(u"cash_session"_qs, s.id, ChangeOp::Upsert, sessionChangeJson(r), s.storeId.value);
    });
}

std::optional<CashSessionRecord> SqlStore::cashSession(const QString& id)
{
    auto st = conn().prepare(std::string(kSessionSelect) + "WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

std::optional<CashSessionRecord> SqlStore::openCashSession(const UserId& registerId)
{
    auto st = conn().prepare(std::string(kSessionSelect) + "WHERE register_id = ? AND status = 'open'");
    st.bind(1, registerId.value);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

Page<CashSessionRecord> SqlStore::cashSessions(const CashSessionQuery& q)
{
    QString afterOpened, afterId;
    if (!q.cursor.isEmpty()) {
        const QJsonArray c = decodeCursor(q.cursor, u"cs"_qs, 3);
        afterOpened = c[1].toString();
        afterId = c[2].toString();
    }
    auto st = conn().prepare(std::string(kSessionSelect) +
                             "WHERE (?1 IS NULL OR store_id = ?1) AND (?2 IS NULL OR status = ?2) "
                             "AND (?3 IS NULL OR opened_at < ?3 OR (opened_at = ?3 AND id < ?4)) "
                             "ORDER BY opened_at DESC, id DESC LIMIT ?5");
    st.bindOptional(1, q.store.value)
        .bindOptional(2, q.status)
        .bindOptional(3, afterOpened)
        .bind(4, afterId)
        .bind(5, qint64(q.limit + 1));
    Page<CashSessionRecord> page;
    while (st.step()) {
        if (page.items.size() == q.limit) {
            const CashSession& last = page.items.last().session;
            page.nextCursor = encodeCursor({u"cs"_qs, toRfc3339(last.openedAt), last.id});
            break;
        }
        page.items.append(readSession(st));
    }
    return page;
}

void SqlStore::saveCashMovement(const CashMovement& m, const LocationId& store)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO cash_movements(id, session_id, kind, amount, reason, at, by) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(1, m.id)
            .bind(2, m.sessionId)
            .bind(3, m.kind)
            .bind(4, m.amount.amount)
            .bind(5, m.reason)
            .bind(6, toRfc3339(m.at))
            .bind(7, m.by.value)
            .exec();
        appendChange(u"cash_movement"_qs, m.id, ChangeOp::Upsert,
                     QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact).toStdString(), store.value);
        journalCashMovement(m, store);
    });
}

CashSessionFigures SqlStore::cashSessionFigures(const QString& sessionId, const QString& currency)
{
    // Each figure is one aggregate over an index that starts with the session (migration 9):
    // the report of a day of 5,000 sales reads those rows' index entries, never the orders.
    CashSessionFigures f;
    sql::Connection& c = conn();
    auto orders = c.prepare("SELECT COUNT(DISTINCT order_id) FROM payments "
                            "WHERE cash_session_id = ? AND status <> 'declined'");
    orders.bind(1, sessionId);
    if (orders.step())
        f.orders = orders.int64(0);

    auto payments =
        c.prepare("SELECT method, COUNT(*), SUM(amount) FROM payments "
                  "WHERE cash_session_id = ? AND status <> 'declined' GROUP BY method ORDER BY method");
    payments.bind(1, sessionId);
    while (payments.step())
        f.payments.append(MethodTotal{payments.text(0), payments.int64(1), payments.int64(2)});

    auto refunds = c.prepare("SELECT method, COUNT(*), SUM(amount) FROM refunds "
                             "WHERE cash_session_id = ? GROUP BY method ORDER BY method");
    refunds.bind(1, sessionId);
    while (refunds.step())
        f.refunds.append(MethodTotal{refunds.text(0), refunds.int64(1), refunds.int64(2)});

    auto movements = c.prepare("SELECT id, kind, amount, reason, at, by FROM cash_movements "
                               "WHERE session_id = ? ORDER BY at, id");
    movements.bind(1, sessionId);
    while (movements.step())
        f.movements.append(CashMovement{movements.text(0), sessionId, movements.text(1),
                                        Money{movements.int64(2), currency}, movements.text(3),
                                        fromRfc3339(movements.text(4)), UserId{movements.text(5)}});

    auto taxes = c.prepare("SELECT rate_bp, SUM(total), SUM(tax) FROM ("
                           "SELECT rate_bp, total, tax FROM payment_taxes WHERE cash_session_id = ?1 "
                           "UNION ALL "
                           "SELECT rate_bp, -total, -tax FROM refund_taxes WHERE cash_session_id = ?1"
                           ") AS shares GROUP BY rate_bp ORDER BY rate_bp DESC");
    taxes.bind(1, sessionId);
    while (taxes.step())
        f.taxes.append(TaxShare{int(taxes.int64(0)), taxes.int64(1), taxes.int64(2)});
    return f;
}

} // namespace comptoir::server
