#pragma once
// The typed reads of the cache that the staff console's stock pages need: a store's levels with a
// search and a low-stock filter, one SKU's level, what a scanned code names, and which SKUs run
// low. Stock levels are public in the change feed, so the cache holds every location's, kept
// live; no view model prepares a statement.

#include "comptoir/sqlite.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace comptoir::app {

// The server's own default for /reports/low-stock: available at or below this is low.
inline constexpr qint64 kLowStockThreshold = 3;

struct StockItem {
    QString sku;
    QString name;
    QString options; // "M · Bleu marine"
    QString barcode;
    QString bin; // the product's category: where it lies in the store
    qint64 onHand = 0;
    qint64 reserved = 0;
    [[nodiscard]] qint64 available() const { return onHand - reserved; }
};

struct StockFilter {
    QString locationId;
    QString search; // words of the name or brand, or the start of a SKU, or a whole barcode
    bool lowOnly = false;
    qint64 threshold = kLowStockThreshold;
};

class StockReader {
public:
    explicit StockReader(sqlite::Connection& db) : m_db(db) {}

    // Levels at the filter's location: by name, or least available first when only low ones.
    [[nodiscard]] QList<StockItem> levels(const StockFilter& filter, int limit);
    // One SKU of the catalog with its level at `locationId` (zero when the location holds none).
    [[nodiscard]] std::optional<StockItem> item(const QString& sku, const QString& locationId);
    // The SKU a scanner or a person typed: a barcode, or the SKU itself (any case).
    [[nodiscard]] std::optional<QString> skuForCode(const QString& code);
    // The SKUs at `locationId` whose available stock is at or below `threshold`.
    [[nodiscard]] QSet<QString> lowSkus(const QString& locationId, qint64 threshold);

private:
    sqlite::Connection& m_db;
};

} // namespace comptoir::app
