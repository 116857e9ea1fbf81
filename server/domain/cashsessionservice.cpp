#include "domain/cashsessionservice.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::server {

namespace {

NotFound sessionNotFound(const QString& id)
{
    return NotFound(u"No cash session with id %1."_qs.arg(id));
}

QJsonArray methodTotalsJson(const QList<MethodTotal>& totals, const QString& currency)
{
    QJsonArray out;
    for (const MethodTotal& t : totals)
        out.append(QJsonObject{{u"method"_qs, t.method},
                               {u"count"_qs, double(t.count)},
                               {u"amount"_qs, toJson(Money{t.amount, currency})}});
    return out;
}

// Sums with Money's checked arithmetic: a report never wraps around.
Money sumOf(const QList<MethodTotal>& totals, const QString& currency, qint64* count = nullptr)
{
    Money sum{0, currency};
    for (const MethodTotal& t : totals) {
        sum = sum.plus(Money{t.amount, currency});
        if (count)
            *count += t.count;
    }
    return sum;
}

qint64 amountFor(const QList<MethodTotal>& totals, const QString& method)
{
    for (const MethodTotal& t : totals)
        if (t.method == method)
            return t.amount;
    return 0;
}

} // namespace

void CashSessionService::checkDrawerAmount(const Money& money, const QString& field, qint64 minimum) const
{
    if (money.currency != m_currency)
        throw Invalid(field + u".currency"_qs, u"must be %1"_qs.arg(m_currency));
    if (money.amount < minimum || money.amount > kMaxDrawerAmount)
        throw Invalid(field + u".amount"_qs,
                      u"must be between %1 and %2"_qs.arg(minimum).arg(kMaxDrawerAmount));
}

CashSessionRecord CashSessionService::open(const Principal& principal, const QJsonObject& body)
{
    requireRole(principal, Role::Staff);
    JsonReader r(body);
    const UserId registerId{r.string(u"register_id"_qs, 64)};
    const Money openingFloat = r.money(u"opening_float"_qs);
    r.throwIfErrors();
    checkDrawerAmount(openingFloat, u"opening_float"_qs, 0);
    const auto till = m_store.user(registerId);
    if (!till || till->role != Role::Register)
        throw Invalid(u"register_id"_qs, u"is not a register (a device enrolled with kind register)"_qs);
    if (!principal.mayActAt(till->storeId))
        throw Invalid(u"register_id"_qs, u"is a register of another store"_qs);
    if (!principal.registerId.isEmpty() && principal.registerId != registerId)
        throw Invalid(u"register_id"_qs, u"is not the register you signed in on"_qs);

    CashSessionRecord record;
    CashSession& s = record.session;
    s.id = newId(u"csn"_qs);
    s.registerId = registerId;
    s.storeId = till->storeId;
    s.status = u"open"_qs;
    s.openedBy = principal.user.id;
    s.openedAt = QDateTime::currentDateTimeUtc();
    s.openingFloat = openingFloat;
    m_store.transaction([&] {
        if (const auto open = m_store.openCashSession(registerId))
            throw Conflict(u"This register's drawer is already open (session %1): close it first."_qs.arg(
                               open->session.id),
                           {{u"cash_session_id"_qs, open->session.id}});
        m_store.saveCashSession(record, true);
    });
    return record;
}

CashSessionRecord CashSessionService::visibleSession(const Principal& principal, const QString& id)
{
    requireRole(principal, Role::Staff);
    auto record = m_store.cashSession(id);
    if (!record || !principal.mayActAt(record->session.storeId))
        throw sessionNotFound(id);
    return *record;
}

Page<CashSessionRecord> CashSessionService::list(const Principal& principal, CashSessionQuery query)
{
    requireRole(principal, Role::Staff);
    if (!principal.is(Role::Manager)) {
        if (!query.store.isEmpty() && query.store != principal.user.storeId)
            throw Forbidden(u"Staff see only their own store's cash sessions."_qs);
        // A staff member without a store sees none ("-" is no store's id).
        query.store = principal.user.storeId.isEmpty() ? LocationId{u"-"_qs} : principal.user.storeId;
    }
    return m_store.cashSessions(query);
}

CashMovement CashSessionService::addMovement(const Principal& principal, const QString& id,
                                             const QJsonObject& body)
{
    const CashSessionRecord record = visibleSession(principal, id);
    JsonReader r(body);
    const QString kind = r.string(u"kind"_qs, 8);
    if (!kind.isEmpty() && kind != u"in" && kind != u"out")
        r.fail(u"kind"_qs, u"must be in or out"_qs);
    const Money amount = r.money(u"amount"_qs);
    const QString reason = r.string(u"reason"_qs, kMaxMovementReason).trimmed(); // blank is refused
    r.throwIfErrors();
    checkDrawerAmount(amount, u"amount"_qs, 1);

    CashMovement m{newId(u"cmv"_qs), id, kind, amount, reason, QDateTime::currentDateTimeUtc(),
                   principal.user.id};
    m_store.transaction([&] {
        const auto current = m_store.cashSession(id);
        if (current->session.status != u"open")
            throw Conflict(u"This cash session is closed: it takes no more cash."_qs);
        m_store.saveCashMovement(m, record.session.storeId);
    });
    return m;
}

QJsonObject CashSessionService::close(const Principal& principal, const QString& id, const QJsonObject& body)
{
    (void)visibleSession(principal, id);
    JsonReader r(body);
    const Money counted = r.money(u"counted"_qs);
    r.throwIfErrors();
    checkDrawerAmount(counted, u"counted"_qs, 0);

    QJsonObject answer;
    m_store.transaction([&] {
        // Read again under the write lock: no payment, refund or movement can come between the
        // report and the close, and a second close finds the first.
        CashSessionRecord record = *m_store.cashSession(id);
        CashSession& s = record.session;
        if (s.status != u"open")
            throw Conflict(u"This cash session was closed at %1."_qs.arg(toRfc3339(s.closedAt)));
        const QJsonObject z = report(s, counted);
        s.status = u"closed"_qs;
        s.closedBy = principal.user.id;
        s.closedAt = QDateTime::currentDateTimeUtc();
        s.counted = counted;
        s.expectedCash = moneyFromJson(z.value(u"expected_cash"_qs).toObject());
        record.closingReport = QJsonDocument(z).toJson(QJsonDocument::Compact).toStdString();
        m_store.saveCashSession(record, false);
        answer = toJson(s);
        answer.insert(u"report"_qs, z);
    });
    return answer;
}

QJsonObject CashSessionService::sessionWithReport(const CashSessionRecord& record)
{
    QJsonObject json = toJson(record.session);
    if (!record.closingReport.empty())
        json.insert(u"report"_qs,
                    QJsonDocument::fromJson(QByteArray::fromStdString(record.closingReport)).object());
    else
        json.insert(u"report"_qs, report(record.session, std::nullopt));
    return json;
}

QJsonObject CashSessionService::report(const CashSession& session, const std::optional<Money>& counted)
{
    const QString currency = session.openingFloat.currency;
    const CashSessionFigures f = m_store.cashSessionFigures(session.id, currency);
    qint64 paymentCount = 0;
    qint64 refundCount = 0;
    const Money paid = sumOf(f.payments, currency, &paymentCount);
    const Money refunded = sumOf(f.refunds, currency, &refundCount);

    QJsonArray movements;
    Money in{0, currency};
    Money out{0, currency};
    for (const CashMovement& m : f.movements) {
        movements.append(toJson(m));
        if (m.kind == u"in")
            in = in.plus(m.amount);
        else
            out = out.plus(m.amount);
    }
    // A cash payment's amount is what the drawer kept: tendered minus the change handed back.
    const Money expected = session.openingFloat.plus(Money{amountFor(f.payments, u"cash"_qs), currency})
                               .minus(Money{amountFor(f.refunds, u"cash"_qs), currency})
                               .plus(in)
                               .minus(out);
    QJsonArray tax;
    for (const TaxShare& t : f.taxes)
        tax.append(QJsonObject{{u"rate_bp"_qs, t.rateBp},
                               {u"base"_qs, toJson(Money{t.total - t.tax, currency})},
                               {u"tax"_qs, toJson(Money{t.tax, currency})},
                               {u"total"_qs, toJson(Money{t.total, currency})}});
    return {{u"orders"_qs, double(f.orders)},
            {u"payments"_qs, QJsonObject{{u"count"_qs, double(paymentCount)}, {u"amount"_qs, toJson(paid)}}},
            {u"by_method"_qs, methodTotalsJson(f.payments, currency)},
            {u"refunds"_qs, QJsonObject{{u"count"_qs, double(refundCount)},
                                        {u"amount"_qs, toJson(refunded)},
                                        {u"by_method"_qs, methodTotalsJson(f.refunds, currency)}}},
            {u"movements"_qs, movements},
            {u"expected_cash"_qs, toJson(expected)},
            {u"counted"_qs, counted ? QJsonValue(toJson(*counted)) : QJsonValue()},
            {u"difference"_qs, counted ? QJsonValue(toJson(counted->minus(expected))) : QJsonValue()},
            {u"tax"_qs, tax}};
}

CashSessionRecord CashSessionService::sessionForMoney(const Principal& principal, const QString& id)
{
    if (!principal.is(Role::Staff))
        throw Forbidden(u"Money goes through a cash drawer only at the counter, by staff."_qs);
    const auto record = m_store.cashSession(id);
    if (!record)
        throw Invalid(u"cash_session_id"_qs, u"is not a known cash session"_qs);
    const CashSession& s = record->session;
    if (!principal.mayActAt(s.storeId))
        throw Conflict(u"Cash session %1 is another store's register's: use your own register's."_qs.arg(id));
    if (!principal.registerId.isEmpty() && principal.registerId != s.registerId)
        throw Conflict(
            u"Cash session %1 is another register's: money taken here goes through this register's drawer."_qs
                .arg(id));
    if (s.status != u"open")
        throw Conflict(u"Cash session %1 is closed: open this register's drawer again."_qs.arg(id));
    return *record;
}

} // namespace comptoir::server
