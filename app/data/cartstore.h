#pragma once
// The cart's lines and promotion code, kept in the cache so a restart keeps them, each read with
// what the cached catalog says of its SKU today (name, price, VAT rate, stock at the device's
// location). Writes are one transaction each.

#include "comptoir/sqlite.h"

#include <QList>
#include <QString>

namespace comptoir::app {

struct CartItem {
    QString sku;
    qint64 quantity = 0;
    // From the cache; a SKU no longer sold keeps its line, marked unsellable.
    bool sellable = false;
    QString productId;
    QString name;
    QString details; // "Bleu marine · M"
    QString imageUrl;
    qint64 unitPrice = 0;
    int taxRateBp = 0;
    qint64 lineTotal = 0;
    qint64 availableHere = 0;
};

class CartStore {
public:
    explicit CartStore(sqlite::Connection& db) : m_db(db) {}

    // The lines in the order they were added, with their stock at `locationId`.
    [[nodiscard]] QList<CartItem> items(const QString& locationId);
    [[nodiscard]] QString promoCode();

    // Sets the line's quantity, adding it at the end when new; 0 removes it.
    void setQuantity(const QString& sku, qint64 quantity);
    void setPromoCode(const QString& code); // empty: none
    void clear();

private:
    sqlite::Connection& m_db;
};

} // namespace comptoir::app
