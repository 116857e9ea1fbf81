#pragma once
// Reads the catalog out of the sync cache for the views: one page of products for a category,
// a search and a sort, and how many there are in all. The cache is the only source: a kiosk
// browses the same way online and offline.

#include "comptoir/sqlite.h"

#include <QList>
#include <QString>

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

// The FTS5 query for words typed in a search box: each word of two letters or more a quoted
// prefix, all required; empty when nothing searchable was typed.
[[nodiscard]] QString ftsQuery(const QString& typed);

[[nodiscard]] QList<ProductRow> productPage(sqlite::Connection& db, const ProductFilter& filter, int offset,
                                            int limit);
[[nodiscard]] ProductCount productCount(sqlite::Connection& db, const ProductFilter& filter);
// Categories directly under `parentId` (empty: the top level), in their catalog order.
[[nodiscard]] QList<CategoryRow> categories(sqlite::Connection& db, const QString& parentId);

} // namespace comptoir::app
