#include "domain/fiscalclosures.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>

namespace comptoir::server {

namespace {

const QString kDay = u"day"_qs;
const QString kMonth = u"month"_qs;
const QString kYear = u"year"_qs;

struct RateTotals {
    qint64 base = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

// What a closure adds up, from entries (a day) or from closures (a month, a year).
struct PeriodTotals {
    std::optional<qint64> firstSeq;
    std::optional<qint64> lastSeq;
    qint64 sales = 0;
    qint64 refunds = 0;
    QMap<int, RateTotals> byRate;

    void cover(qint64 first, qint64 last)
    {
        if (!firstSeq || first < *firstSeq)
            firstSeq = first;
        if (!lastSeq || last > *lastSeq)
            lastSeq = last;
    }
    void addRates(const QJsonArray& totals, int sign)
    {
        for (const QJsonValue& v : totals) {
            RateTotals& r = byRate[int(v[u"rate_bp"_qs].toInteger())];
            r.base += sign * v[u"base"_qs].toInteger();
            r.tax += sign * v[u"tax"_qs].toInteger();
            r.total += sign * v[u"total"_qs].toInteger();
        }
    }
    // Another closure's figures, for a month or a year.
    void addClosure(const QJsonObject& data)
    {
        if (data[u"first_seq"_qs].isDouble())
            cover(data[u"first_seq"_qs].toInteger(), data[u"last_seq"_qs].toInteger());
        sales += data[u"sales_total"_qs].toInteger();
        refunds += data[u"refunds_total"_qs].toInteger();
        addRates(data[u"totals"_qs].toArray(), 1);
    }
    [[nodiscard]] QJsonObject toData(const QString& period, const QString& storeId, const QString& date,
                                     qint64 grandTotal) const
    {
        QJsonArray totals;
        for (auto it = byRate.cbegin(); it != byRate.cend(); ++it)
            totals.append(QJsonObject{{u"rate_bp"_qs, it.key()},
                                      {u"base"_qs, double(it->base)},
                                      {u"tax"_qs, double(it->tax)},
                                      {u"total"_qs, double(it->total)}});
        const auto orNull = [](std::optional<qint64> seq) {
            return seq ? QJsonValue(double(*seq)) : QJsonValue();
        };
        return {{u"period"_qs, period},
                {u"store_id"_qs, storeId},
                {u"date"_qs, date},
                {u"first_seq"_qs, orNull(firstSeq)},
                {u"last_seq"_qs, orNull(lastSeq)},
                {u"sales_total"_qs, double(sales)},
                {u"refunds_total"_qs, double(refunds)},
                {u"net_total"_qs, double(sales - refunds)},
                {u"totals"_qs, totals},
                {u"grand_total_perpetual"_qs, double(grandTotal)}};
    }
};

QString monthText(QDate month)
{
    return month.toString(u"yyyy-MM"_qs);
}

QDate monthOf(const QString& text)
{
    return QDate::fromString(text + u"-01"_qs, u"yyyy-MM-dd"_qs);
}

qint64 grandTotalOf(const std::optional<JournalEntry>& closure)
{
    return closure ? closure->data[u"grand_total_perpetual"_qs].toInteger() : 0;
}

// The date of a request, read for its period: a day as YYYY-MM-DD; a month as YYYY-MM (or any
// day of it); a year as YYYY (or any month or day of it). Invalid when malformed.
QDate requestedDate(const QString& period, const QString& text)
{
    static const QRegularExpression shape(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_qs);
    const auto m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const bool hasMonth = m.hasCaptured(2);
    const bool hasDay = m.hasCaptured(3);
    if (period == kDay && !hasDay)
        return {};
    if (period == kMonth && !hasMonth)
        return {};
    const QDate date(m.captured(1).toInt(), hasMonth ? m.captured(2).toInt() : 1,
                     hasDay ? m.captured(3).toInt() : 1);
    return date;
}

} // namespace

FiscalClosures::FiscalClosures(Store& store) : m_store(store), m_zone("Europe/Paris") {}

JournalEntry FiscalClosures::append(const QString& period, const QString& storeId, const QString& date,
                                    const QJsonObject& data)
{
    JournalEntry e = m_store.appendJournalEntry({u"closure"_qs, storeId, {}, period + u':' + date, data});
    ++m_made;
    return e;
}

QDate FiscalClosures::tradingDay(const QDateTime& utc) const
{
    return utc.toTimeZone(m_zone).date();
}

QDateTime FiscalClosures::dayStart(QDate day) const
{
    // Midnight exists every day in Paris (its clocks change at 2 and 3 a.m.).
    return QDateTime(day, QTime(0, 0), m_zone).toUTC();
}

QDate FiscalClosures::firstTradingDay(const QString& storeId)
{
    QDate first;
    m_store.forEachRecordedEntry(storeId, 0, [&](const JournalEntry& e) {
        first = tradingDay(fromRfc3339(e.at));
        return false;
    });
    return first;
}

JournalEntry FiscalClosures::close(const QJsonObject& request, const QDateTime& nowUtc)
{
    const QString period = request.value(u"period"_qs).toString();
    if (period != kDay && period != kMonth && period != kYear)
        throw Invalid(u"period"_qs, u"must be day, month or year"_qs);
    const QString storeId = request.value(u"store_id"_qs).toString();
    if (storeId.isEmpty())
        throw Invalid(u"store_id"_qs, u"is required"_qs);
    if (!m_store.location(LocationId{storeId}))
        throw Invalid(u"store_id"_qs, u"no such store"_qs);
    const QDate date = requestedDate(period, request.value(u"date"_qs).toString());
    if (!date.isValid())
        throw Invalid(u"date"_qs, period == kDay     ? u"must be a day, YYYY-MM-DD"_qs
                                  : period == kMonth ? u"must be a month, YYYY-MM"_qs
                                                     : u"must be a year, YYYY"_qs);
    const QDate today = tradingDay(nowUtc);
    JournalEntry made;
    m_store.transaction([&] {
        const QDate first = firstTradingDay(storeId);
        if (period == kDay) {
            if (date > today)
                throw Invalid(u"date"_qs, u"is a day still to come"_qs);
            const QString text = date.toString(Qt::ISODate);
            if (m_store.closure(storeId, kDay, text))
                throw Conflict(u"The day %1 is already closed for %2."_qs.arg(text, storeId));
            const auto last = m_store.lastClosure(storeId, kDay);
            if (last && last->data[u"date"_qs].toString() > text)
                throw Conflict(u"Days close in order: %1 is already closed for %2."_qs.arg(
                    last->data[u"date"_qs].toString(), storeId));
            closeDaysThrough(storeId, date, first.isValid() && first < date ? first : date);
            made = *m_store.closure(storeId, kDay, text);
        } else if (period == kMonth) {
            const QDate month(date.year(), date.month(), 1);
            if (month.addMonths(1) > today)
                throw Invalid(u"date"_qs, u"is a month not over yet"_qs);
            const QString text = monthText(month);
            if (m_store.closure(storeId, kMonth, text))
                throw Conflict(u"The month %1 is already closed for %2."_qs.arg(text, storeId));
            const auto last = m_store.lastClosure(storeId, kMonth);
            if (last && last->data[u"date"_qs].toString() > text)
                throw Conflict(u"Months close in order: %1 is already closed for %2."_qs.arg(
                    last->data[u"date"_qs].toString(), storeId));
            closeMonthsThrough(storeId, month, first.isValid() && first < month ? first : month);
            made = *m_store.closure(storeId, kMonth, text);
        } else {
            if (QDate(date.year() + 1, 1, 1) > today)
                throw Invalid(u"date"_qs, u"is a year not over yet"_qs);
            const QString text = QString::number(date.year());
            if (m_store.closure(storeId, kYear, text))
                throw Conflict(u"The year %1 is already closed for %2."_qs.arg(text, storeId));
            const auto last = m_store.lastClosure(storeId, kYear);
            if (last && last->data[u"date"_qs].toString() > text)
                throw Conflict(u"Years close in order: %1 is already closed for %2."_qs.arg(
                    last->data[u"date"_qs].toString(), storeId));
            const QDate start(date.year(), 1, 1);
            closeYearsThrough(storeId, date.year(),
                              first.isValid() && first < start ? first.year() : date.year());
            made = *m_store.closure(storeId, kYear, text);
        }
    });
    return made;
}

int FiscalClosures::closeDue(const QDateTime& nowUtc)
{
    const QDate today = tradingDay(nowUtc);
    const QDate thisMonth(today.year(), today.month(), 1);
    int made = 0;
    for (const auto& [storeId, firstAt] : m_store.journalStores()) {
        // One transaction per store: a store that fails does not hold the others back.
        m_store.transaction([&] {
            QDate first = firstAt.isEmpty() ? QDate() : tradingDay(fromRfc3339(firstAt));
            const auto lastDay = m_store.lastClosure(storeId, kDay);
            if (!first.isValid() && !lastDay)
                return; // nothing recorded, nothing closed: nothing to close
            if (!first.isValid())
                first = QDate::fromString(lastDay->data[u"date"_qs].toString(), Qt::ISODate);
            const int madeBefore = m_made;
            closeDaysThrough(storeId, today.addDays(-1), first);
            const QDate lastMonth = thisMonth.addMonths(-1);
            if (first < thisMonth)
                closeMonthsThrough(storeId, lastMonth, first);
            if (first.year() < today.year())
                closeYearsThrough(storeId, today.year() - 1, first.year());
            made += m_made - madeBefore;
        });
    }
    return made;
}

void FiscalClosures::closeDaysThrough(const QString& storeId, QDate last, QDate firstIfNone)
{
    const auto closed = m_store.lastClosure(storeId, kDay);
    QDate day =
        closed ? QDate::fromString(closed->data[u"date"_qs].toString(), Qt::ISODate).addDays(1) : firstIfNone;
    for (; day.isValid() && day <= last; day = day.addDays(1))
        closeDay(storeId, day);
}

void FiscalClosures::closeMonthsThrough(const QString& storeId, QDate lastMonth, QDate firstIfNone)
{
    closeDaysThrough(storeId, lastMonth.addMonths(1).addDays(-1), firstIfNone);
    const auto closed = m_store.lastClosure(storeId, kMonth);
    QDate month = closed ? monthOf(closed->data[u"date"_qs].toString()).addMonths(1)
                         : QDate(firstIfNone.year(), firstIfNone.month(), 1);
    for (; month.isValid() && month <= lastMonth; month = month.addMonths(1))
        closeMonth(storeId, month);
}

void FiscalClosures::closeYearsThrough(const QString& storeId, int lastYear, int firstIfNone)
{
    closeMonthsThrough(storeId, QDate(lastYear, 12, 1), QDate(firstIfNone, 1, 1));
    const auto closed = m_store.lastClosure(storeId, kYear);
    for (int year = closed ? closed->data[u"date"_qs].toString().toInt() + 1 : firstIfNone; year <= lastYear;
         ++year)
        closeYear(storeId, year);
}

JournalEntry FiscalClosures::closeDay(const QString& storeId, QDate day)
{
    const QString before = toRfc3339(dayStart(day.addDays(1)));
    PeriodTotals t;
    // Since the previous day closure: what it covered ends at its last_seq. Entries are stamped in
    // seq order, so the first one stamped after this day ends it.
    m_store.forEachRecordedEntry(storeId, m_store.closedThroughSeq(storeId), [&](const JournalEntry& e) {
        if (e.at >= before)
            return false;
        t.cover(e.seq, e.seq);
        if (e.type == u"sale") {
            t.sales += e.data[u"total"_qs].toInteger();
            t.addRates(e.data[u"totals"_qs].toArray(), 1);
        } else if (e.type == u"refund") {
            t.refunds += e.data[u"amount"_qs].toInteger();
            t.addRates(e.data[u"totals"_qs].toArray(), -1);
        }
        return true;
    });
    const qint64 grandTotal = grandTotalOf(m_store.lastClosure(storeId, kDay)) + t.sales - t.refunds;
    const QString date = day.toString(Qt::ISODate);
    return append(kDay, storeId, date, t.toData(kDay, storeId, date, grandTotal));
}

JournalEntry FiscalClosures::closeMonth(const QString& storeId, QDate month)
{
    PeriodTotals t;
    const QString text = monthText(month);
    const QList<JournalEntry> days =
        m_store.closures({storeId, kDay, text + u"-01"_qs, text + u"-31"_qs, 0, 100000});
    for (const JournalEntry& d : days)
        t.addClosure(d.data);
    // The perpetual total as the month's last day left it (no day closed: the last month's).
    const qint64 grandTotal = days.isEmpty() ? grandTotalOf(m_store.lastClosure(storeId, kMonth))
                                             : days.last().data[u"grand_total_perpetual"_qs].toInteger();
    return append(kMonth, storeId, text, t.toData(kMonth, storeId, text, grandTotal));
}

JournalEntry FiscalClosures::closeYear(const QString& storeId, int year)
{
    PeriodTotals t;
    const QString text = QString::number(year);
    const QList<JournalEntry> months =
        m_store.closures({storeId, kMonth, text + u"-01-01"_qs, text + u"-12-31"_qs, 0, 100000});
    for (const JournalEntry& m : months)
        t.addClosure(m.data);
    const qint64 grandTotal = months.isEmpty() ? grandTotalOf(m_store.lastClosure(storeId, kYear))
                                               : months.last().data[u"grand_total_perpetual"_qs].toInteger();
    return append(kYear, storeId, text, t.toData(kYear, storeId, text, grandTotal));
}

} // namespace comptoir::server
