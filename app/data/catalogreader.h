#pragma once
// The typed reads of the cache that the views need: one page of products for a category, a
// search and a sort, and how many there are in all; categories; one product with its stock here
// and elsewhere; locations, promotions and an order's progress. The cache is the only source: a
// device browses the same way online and offline. Every SQL text the views depend on is here,
// so no view model prepares a statement.

#include "comptoir/domain.h"
#include "comptoir/sqlite.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace comptoir::app {

enum class ProductSort { Relevance, Name, PriceAscending, PriceDescending };

struct ProductFilter {
    QString categoryId; // includes its sub-categories; empty: all
    QString search;     // words typed so far, each matched as a prefix
    ProductSort sort = ProductSort::Name;
    QString stockAt;          // location whose availability each row carries
    bool inStockOnly = false; // only products available at stockAt
    // The search matches more than countBound products: they are listed by name, since
    // ranking them all would cost more than a keystroke may.
    bool broadSearch = false;
    int countBound = 1000; // kSearchCountBound; smaller in tests
};

struct ProductCount {
    int value = 0;
    bool atLeast = false; // a search with more matches than value
};

inline constexpr int kMinSearchLetters = 2;

struct ProductRow {
    QString id;
    QString name;
    QString brand;
    qint64 minPrice = 0;
    QString imageUrl;
    qint64 availableHere = 0;
    bool priceVaries = false; // variants at more than one price: "from" minPrice
};

struct CategoryRow {
    QString id;
    QString name;
    QString parentId;
    qint64 productCount = 0; // active products in it and below
};

struct LocationRow {
    QString id;
    QString name;
    QString kind; // store, warehouse
};

// What one location has of a SKU (available = on hand − reserved).
struct LocationStock {
    LocationRow location;
    qint64 available = 0;
};

// An order as far as the cache knows it: the server's number and status once it has them.
struct OrderProgress {
    QString number;
    QString status; // the server's, or sync::kUnsentOrderStatus until it has answered
};

// The FTS5 query for words typed in a search box: each word of two letters or more a quoted
// prefix, all required; empty when nothing searchable was typed.
[[nodiscard]] QString ftsQuery(const QString& typed);

// A variant's option values as a shelf label tells variants apart ("M · Bleu marine").
[[nodiscard]] QString variantOptionsText(const QJsonObject& product, const QString& sku);

class CatalogReader {
public:
    explicit CatalogReader(sqlite::Connection& db) : m_db(db) {}

    [[nodiscard]] QList<ProductRow> productPage(const ProductFilter& filter, int offset, int limit);
    [[nodiscard]] ProductCount productCount(const ProductFilter& filter);
    // Categories directly under `parentId` (empty: the top level), in their catalog order.
    [[nodiscard]] QList<CategoryRow> categories(const QString& parentId);
    [[nodiscard]] bool hasProducts();
    // The currency the cached prices are in (empty without products): what a cache filled by an
    // older client, which did not keep the server's /info, shows prices in.
    [[nodiscard]] QString priceCurrency();

    // An active product's JSON as the server sent it; nothing when unknown or archived.
    [[nodiscard]] std::optional<QJsonObject> product(const QString& productId);
    // Available at `locationId`, per SKU of the product (0 where the location holds none).
    [[nodiscard]] QHash<QString, qint64> availableBySku(const QString& productId, const QString& locationId);
    // Every other location holding some of `sku`, by name.
    [[nodiscard]] QList<LocationStock> stockElsewhere(const QString& sku, const QString& exceptLocationId);

    [[nodiscard]] std::optional<LocationRow> location(const QString& id);
    // The stores other than `exceptId`, by name.
    [[nodiscard]] QList<LocationRow> otherStores(const QString& exceptId);
    [[nodiscard]] std::optional<Promotion> promotion(const QString& code);
    [[nodiscard]] std::optional<OrderProgress> orderProgress(const QString& orderId);
    // The SKU of an active product's variant with this barcode (a till's scan).
    [[nodiscard]] std::optional<QString> skuForBarcode(const QString& barcode);

private:
    sqlite::Connection& m_db;
};

} // namespace comptoir::app
