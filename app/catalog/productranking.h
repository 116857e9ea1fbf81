#pragma once
// Products already matched and put in order by someone who read them all (the shop's facets read
// every product of a category once, and recount in memory): a ProductListModel given one pages
// through that order, reading 48 products by rid, instead of asking SQL to filter, count and sort
// the category again on every click. The list then shows exactly what the counts counted.

#include "app/data/catalogreader.h"

#include <QList>
#include <QObject>

namespace comptoir::app {

class ProductRanking {
public:
    virtual ~ProductRanking() = default;
    // The rids of the matching products, in `sort`'s order as CatalogReader::productPage orders them.
    [[nodiscard]] virtual QList<qint64> rankedRids(ProductSort sort) = 0;
    // A read is due: a rankingChanged(bool keepPlace) signal will follow it.
    [[nodiscard]] virtual bool rankingPending() const = 0;
    // The implementing QObject declares the signal `void rankingChanged(bool keepPlace)`: the
    // matches changed; keepPlace when the cache moved under them (a list keeps its scroll), not
    // when the shopper asked for something else.
};

} // namespace comptoir::app

Q_DECLARE_INTERFACE(comptoir::app::ProductRanking, "fr.comptoir.ProductRanking")
