#pragma once
// Closing a store's trading periods in the fiscal journal (API.md "Fiscal journal", "Closure
// data"): a day covers the store's entries since its previous day closure, a month its day
// closures, a year its month closures, each with totals by VAT rate and the store's perpetual
// grand total. Periods close in order: closing one first closes the store's earlier periods nobody
// closed (each with its own entry), which is also what the server does by itself after midnight
// Europe/Paris and, for the days it was down, at start.

#include "store/store.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <atomic>

namespace comptoir::server {

class FiscalClosures {
public:
    explicit FiscalClosures(Store& store);

    // A closure asked for by hand ({"period","store_id","date"}); the new closure entry. Throws
    // Invalid for bad input (an unknown store, a malformed date, a day in the future, a month or
    // year not over yet) and Conflict for a period already closed or earlier than one closed.
    JournalEntry close(const QJsonObject& request, const QDateTime& nowUtc);
    // Every day before today, month before this month and year before this year (Europe/Paris)
    // that a store with entries has not closed yet; how many closures were made.
    int closeDue(const QDateTime& nowUtc);

    // The trading day an instant falls in, and the instant a trading day starts (UTC).
    [[nodiscard]] QDate tradingDay(const QDateTime& utc) const;
    [[nodiscard]] QDateTime dayStart(QDate day) const;

private:
    // Each closes the store's open periods of its kind up to and including the one given.
    void closeDaysThrough(const QString& storeId, QDate last, QDate firstIfNone);
    void closeMonthsThrough(const QString& storeId, QDate lastMonth, QDate firstIfNone);
    void closeYearsThrough(const QString& storeId, int lastYear, int firstIfNone);
    JournalEntry closeDay(const QString& storeId, QDate day);
    JournalEntry closeMonth(const QString& storeId, QDate month);
    JournalEntry closeYear(const QString& storeId, int year);
    JournalEntry append(const QString& period, const QString& storeId, const QString& date,
                        const QJsonObject& data);
    // The day of the store's first recorded entry (invalid when it has none).
    QDate firstTradingDay(const QString& storeId);

    Store& m_store;
    QTimeZone m_zone;
    std::atomic<int> m_made{0}; // closures appended by this object, for closeDue's count
};

} // namespace comptoir::server
