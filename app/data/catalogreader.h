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
#include <QStringList>
#include <array>
#include <optional>

namespace comptoir::app {

enum class ProductSort { Relevance, Name, PriceAscending, PriceDescending };

// The price bands a shopper filters by, in minor units: band i holds the products whose lowest
// price is at least floor i and under floor i + 1 (the last one has no ceiling).
inline constexpr std::array<qint64, 5> kPriceBandFloors = {0, 2000, 5000, 10000, 20000};
// The option keys each facet reads (the demo's French ones, and English for other catalogs).
inline const QStringList kSizeOptionKeys = {u"taille"_qs, u"size"_qs};
inline const QStringList kColourOptionKeys = {u"couleur"_qs, u"colour"_qs, u"color"_qs};

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
    // The shop's home: the newest product of each category, a changing window on the catalog.
    bool featured = false;
};

// One product as the shop's facets count it (FacetModel): read once per category or search, then
// recounted and put in the list's order in memory on every click.
struct FacetRow {
    qint64 rid = 0;
    QString name;
    QString brand;
    qint64 minPrice = 0;
    double relevance = 0; // bm25 of the search (lower is better); 0 without one
    bool inStockHere = false;
    QStringList sizes;
    QStringList colours;
};

// A line under the search field as the shopper types: a category, a brand or a product.
struct SearchSuggestion {
    enum class Kind { Category, Brand, Product };
    Kind kind = Kind::Product;
    QString text;
    QString id; // the category's or the product's; the brand for a brand
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
    QString status;              // the server's, or sync::kUnsentOrderStatus until it has answered
    std::optional<qint64> total; // the server's total (a promotion only it judges), once it has one
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
    // shop browsing: the products matching `filter` (its stock filter left out), with what each
    // facet reads of them and what the list sorts them by.
    [[nodiscard]] QList<FacetRow> facetRows(const ProductFilter& filter);
    // shop browsing: these products (rids) in this order, as productPage reads them, with their
    // availability at `stockAt`; those no longer active are left out.
    [[nodiscard]] QList<ProductRow> productsByRid(const QList<qint64>& rids, const QString& stockAt);
    // shop browsing: what to suggest for words typed so far: categories, brands, then products.
    [[nodiscard]] QList<SearchSuggestion> suggestions(const QString& typed, int perKind);
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
