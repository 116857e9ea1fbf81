#pragma once
// The demo catalog of the "Comptoir" store (three shops and a warehouse, a few hundred products
// with variants and stock), generated as plain values so the server can seed it with --demo.

#include "comptoir/domain.h"
#include "comptoir/ids.h"

#include <QList>
#include <QString>

namespace comptoir::server::demo {

// The opening stock of one SKU at one location.
struct DemoStock {
    QString sku;
    LocationId locationId;
    qint64 onHand = 0;
    bool operator==(const DemoStock&) const = default;
};

// Products sit in leaf categories only; `stock` has one row per variant per location.
struct DemoCatalog {
    QList<Location> locations;
    QList<Category> categories;
    QList<Product> products;
    QList<DemoStock> stock;
};

// The same catalog every time (fixed-seed generator): tests and screenshots rely on it.
[[nodiscard]] DemoCatalog buildDemoCatalog();

} // namespace comptoir::server::demo
