#include "app/data/catalogreader.h"

#include "comptoir/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QRegularExpression>
#include <string>

namespace comptoir::app {

namespace {

// Numbered parameters: ?1 limit, ?2 offset, ?3 stock location, ?4 FTS query, ?5 category.
// Each filter combination gives one SQL text, so the connection's statement cache stays small.
// Ranking by relevance needs the FTS row in the join; any other order only needs the set of
// matching rows. When a few letters match thousands of products (Broad), the page is read by
// walking the sort's index and keeping the matches: the `+` keeps SQLite from fetching every
// match by rowid and sorting them all (6 ms instead of 26 for "ve" on 100,000 products); for a
// narrow search that walk would cost more than sorting the few matches (Filtered).
enum class Search { None, Ranked, Filtered, Broad };

// How well a product matches a search (lower is better): name, brand, description, codes.
constexpr const char* kRelevanceSql = "bm25(products_fts, 10.0, 5.0, 1.0, 20.0)";

// A product as a list shows it, p being the product and ?3 the store.
constexpr const char* kProductRowSql =
    "SELECT p.id, p.name, p.brand, p.min_price, json_extract(p.json, '$.image_url'), "
    "(SELECT COALESCE(SUM(MAX(s.on_hand - s.reserved, 0)), 0) FROM variants v "
    "JOIN stock s ON s.sku = v.sku AND s.location_id = ?3 WHERE v.product_id = p.id), "
    "(SELECT max(v.price) FROM variants v WHERE v.product_id = p.id) > p.min_price";

ProductRow productRowAt(const sqlite::Statement& statement)
{
    return {statement.text(0), statement.text(1),  statement.text(2),      statement.int64(3),
            statement.text(4), statement.int64(5), statement.int64(6) != 0};
}

std::string fromAndWhere(const ProductFilter& f, Search search)
{
    std::string sql = " FROM products p";
    if (search == Search::Ranked)
        sql += " JOIN products_fts ON products_fts.rowid = p.rid AND products_fts MATCH ?4";
    sql += " WHERE p.status = 'active'";
    if (search == Search::Filtered)
        sql += " AND p.rid IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?4)";
    if (search == Search::Broad)
        sql += " AND +p.rid IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?4)";
    if (!f.categoryId.isEmpty())
        sql += " AND p.category_id IN (WITH RECURSIVE tree(id) AS (SELECT ?5 UNION ALL "
               "SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)";
    if (f.featured)
        sql += " AND p.rid IN (SELECT max(rid) FROM products WHERE status = 'active' GROUP BY category_id)";
    if (f.inStockOnly)
        sql += " AND EXISTS (SELECT 1 FROM variants v JOIN stock s ON s.sku = v.sku AND s.location_id = ?3 "
               "WHERE v.product_id = p.id AND s.on_hand - s.reserved > 0)";
    return sql;
}

void bindFilter(sqlite::Statement& statement, const ProductFilter& f, const QString& match)
{
    const int parameters = statement.parameterCount();
    if (parameters >= 3) // a count without the stock filter does not use it
        statement.bind(3, f.stockAt);
    if (!match.isEmpty())
        statement.bind(4, match);
    if (!f.categoryId.isEmpty())
        statement.bind(5, f.categoryId);
}

} // namespace

QString ftsQuery(const QString& typed)
{
    static const QRegularExpression words(u"[\\p{L}\\p{N}]+"_qs);
    QStringList terms;
    for (auto it = words.globalMatch(typed); it.hasNext();) {
        const QString word = it.next().captured(0);
        // One letter says nothing yet and would match most of a large catalog.
        if (word.size() >= kMinSearchLetters)
            terms << u"\""_qs + word + u"\"*"_qs;
    }
    return terms.join(u' ');
}

QString variantOptionsText(const QJsonObject& product, const QString& sku)
{
    for (const QJsonValue& v : product.value(u"variants"_qs).toArray()) {
        const QJsonObject variant = v.toObject();
        if (variant.value(u"sku"_qs).toString() != sku)
            continue;
        QStringList values;
        const QJsonObject options = variant.value(u"options"_qs).toObject();
        for (auto it = options.begin(); it != options.end(); ++it)
            values << it.value().toString();
        return values.join(u" · "_qs);
    }
    return {};
}

QList<ProductRow> CatalogReader::productPage(const ProductFilter& f, int offset, int limit)
{
    const QString match = ftsQuery(f.search);
    const Search search = match.isEmpty()                    ? Search::None
                          : f.broadSearch                    ? Search::Broad
                          : f.sort == ProductSort::Relevance ? Search::Ranked
                                                             : Search::Filtered;
    std::string sql = kProductRowSql;
    sql += fromAndWhere(f, search);
    switch (f.sort) {
    case ProductSort::Relevance:
        sql += search == Search::Ranked ? std::string(" ORDER BY ") + kRelevanceSql + ", p.name, p.rid"
                                        : std::string(" ORDER BY p.name, p.rid");
        break;
    // The orders follow the indexes (name, rowid) and (min_price, name, rowid): a page is read off
    // the index without sorting the catalog, and ties fall the same way on every page.
    case ProductSort::Name:
        sql += " ORDER BY p.name, p.rid";
        break;
    case ProductSort::PriceAscending:
        sql += " ORDER BY p.min_price, p.name, p.rid";
        break;
    case ProductSort::PriceDescending:
        sql += " ORDER BY p.min_price DESC, p.name DESC, p.rid DESC";
        break;
    }
    sql += " LIMIT ?1 OFFSET ?2";
    auto statement = m_db.prepare(sql);
    statement.bind(1, limit).bind(2, offset);
    bindFilter(statement, f, match);
    QList<ProductRow> rows;
    while (statement.step())
        rows.append(productRowAt(statement));
    return rows;
}

QList<ProductRow> CatalogReader::productsByRid(const QList<qint64>& rids, const QString& stockAt)
{
    QList<ProductRow> rows;
    if (rids.isEmpty())
        return rows;
    // A page of rids as one JSON array: one SQL text whatever the page, read in the array's order.
    std::string array = "[";
    for (const qint64 rid : rids) {
        if (array.size() > 1)
            array += ',';
        array += std::to_string(rid);
    }
    array += ']';
    auto statement = m_db.prepare(std::string(kProductRowSql) +
                                  " FROM json_each(?1) AS page JOIN products p ON p.rid = page.value "
                                  "WHERE p.status = 'active' ORDER BY page.key");
    statement.bind(1, QString::fromLatin1(array)).bind(3, stockAt);
    rows.reserve(rids.size());
    while (statement.step())
        rows.append(productRowAt(statement));
    return rows;
}

ProductCount CatalogReader::productCount(const ProductFilter& f)
{
    const QString match = ftsQuery(f.search);
    // A search counts up to a bound: past it the shopper reads "more than", and nobody scrolls
    // through thousands of matches of two letters.
    // Joined in the index's rowid order, the count stops at the bound without collecting every match.
    std::string sql = "SELECT count(*) FROM (SELECT 1 " +
                      fromAndWhere(f, match.isEmpty() ? Search::None : Search::Ranked) +
                      " LIMIT ?1 OFFSET ?2)";
    auto statement = m_db.prepare(sql);
    const int bound = match.isEmpty() ? std::numeric_limits<int>::max() : f.countBound;
    statement.bind(1, qint64(bound) + (match.isEmpty() ? 0 : 1)).bind(2, 0);
    bindFilter(statement, f, match);
    const int n = statement.step() ? int(statement.int64(0)) : 0;
    return n > bound ? ProductCount{bound, true} : ProductCount{n, false};
}

QList<CategoryRow> CatalogReader::categories(const QString& parentId)
{
    auto statement = m_db.prepare(
        "WITH RECURSIVE tree(root, id) AS ("
        "  SELECT id, id FROM categories WHERE coalesce(parent_id, '') = ?1"
        "  UNION ALL SELECT tree.root, c.id FROM categories c JOIN tree ON c.parent_id = tree.id) "
        "SELECT c.id, c.name, coalesce(c.parent_id, ''), "
        "  (SELECT count(*) FROM products p WHERE p.status = 'active' AND p.category_id IN "
        "    (SELECT id FROM tree WHERE root = c.id)) "
        "FROM categories c WHERE coalesce(c.parent_id, '') = ?1 ORDER BY c.position, c.name");
    statement.bind(1, parentId);
    QList<CategoryRow> rows;
    while (statement.step())
        rows.append({statement.text(0), statement.text(1), statement.text(2), statement.int64(3)});
    return rows;
}

QList<FacetRow> CatalogReader::facetRows(const ProductFilter& filter)
{
    ProductFilter base = filter;
    base.inStockOnly = false;
    const QString match = ftsQuery(base.search);
    // Each product's options in one text (key US value RS ...): one row per product, no JSON parsed.
    // A search ranks its matches as productPage ranks them (the same bm25 weights).
    std::string sql = "SELECT p.rid, p.brand, coalesce(p.min_price, 0), "
                      "EXISTS (SELECT 1 FROM variants v JOIN stock s ON s.sku = v.sku AND s.location_id = ?3 "
                      "WHERE v.product_id = p.id AND s.on_hand - s.reserved > 0), "
                      "(SELECT group_concat(o.key || char(31) || o.value, char(30)) FROM product_options o "
                      "WHERE o.rid = p.rid), p.name, ";
    sql += match.isEmpty() ? "0" : kRelevanceSql;
    sql += fromAndWhere(base, match.isEmpty() ? Search::None : Search::Ranked);
    auto statement = m_db.prepare(sql);
    bindFilter(statement, base, match);
    QList<FacetRow> rows;
    const QChar unitSeparator(0x1f), recordSeparator(0x1e);
    while (statement.step()) {
        FacetRow row{statement.int64(0),
                     statement.text(5),
                     statement.text(1),
                     statement.int64(2),
                     statement.real(6),
                     statement.int64(3) != 0,
                     {},
                     {}};
        const QString options = statement.text(4);
        for (const QStringView record : QStringView(options).split(recordSeparator, Qt::SkipEmptyParts)) {
            const qsizetype cut = record.indexOf(unitSeparator);
            if (cut < 0)
                continue;
            const QStringView key = record.left(cut);
            if (kSizeOptionKeys.contains(key))
                row.sizes << record.mid(cut + 1).toString();
            else if (kColourOptionKeys.contains(key))
                row.colours << record.mid(cut + 1).toString();
        }
        rows.append(std::move(row));
    }
    return rows;
}

QList<SearchSuggestion> CatalogReader::suggestions(const QString& typed, int perKind)
{
    QList<SearchSuggestion> found;
    const QString match = ftsQuery(typed);
    if (match.isEmpty())
        return found;
    // Categories are few: their names are matched word by word here, without an index, accents
    // and case set aside as the search index sets them aside.
    {
        static const QRegularExpression wordPattern(u"[\\p{L}\\p{N}]+"_qs);
        const auto words = [](const QString& text) {
            QString bare; // without its accents: "Vêtements" is found by "vete"
            for (const QChar c : text.normalized(QString::NormalizationForm_D))
                if (c.category() != QChar::Mark_NonSpacing)
                    bare += c;
            QStringList folded;
            for (auto it = wordPattern.globalMatch(bare); it.hasNext();)
                folded << it.next().captured(0).toCaseFolded();
            return folded;
        };
        const QStringList typedWords = words(typed);
        auto statement = m_db.prepare("SELECT id, name FROM categories ORDER BY position, name");
        while (statement.step() && found.size() < perKind) {
            const QString name = statement.text(1);
            const QStringList nameWords = words(name);
            const bool all = std::all_of(typedWords.begin(), typedWords.end(), [&](const QString& w) {
                return std::any_of(nameWords.begin(), nameWords.end(),
                                   [&](const QString& n) { return n.startsWith(w); });
            });
            if (all)
                found.append({SearchSuggestion::Kind::Category, name, statement.text(0)});
        }
    }
    // Brands and names from the search index, its column filter keeping to that column. Read in
    // the index's order (no ranking): a keystroke must not rank thousands of matches.
    {
        auto statement =
            m_db.prepare("SELECT DISTINCT p.brand FROM products_fts JOIN products p ON p.rid = "
                         "products_fts.rowid WHERE products_fts MATCH ?1 AND p.status = 'active' "
                         "LIMIT ?2");
        statement.bind(1, u"{brand} : ("_qs + match + u")"_qs).bind(2, perKind);
        while (statement.step())
            found.append({SearchSuggestion::Kind::Brand, statement.text(0), statement.text(0)});
    }
    {
        auto statement =
            m_db.prepare("SELECT p.id, p.name FROM products_fts JOIN products p ON p.rid = "
                         "products_fts.rowid WHERE products_fts MATCH ?1 AND p.status = 'active' "
                         "LIMIT ?2");
        statement.bind(1, u"{name} : ("_qs + match + u")"_qs).bind(2, perKind * 2);
        while (statement.step())
            found.append({SearchSuggestion::Kind::Product, statement.text(1), statement.text(0)});
    }
    return found;
}

bool CatalogReader::hasProducts()
{
    auto statement = m_db.prepare("SELECT EXISTS(SELECT 1 FROM products)");
    return statement.step() && statement.int64(0) != 0;
}

QString CatalogReader::priceCurrency()
{
    auto statement =
        m_db.prepare("SELECT json_extract(json, '$.variants[0].price.currency') FROM products LIMIT 1");
    return statement.step() ? statement.text(0) : QString();
}

std::optional<QJsonObject> CatalogReader::product(const QString& productId)
{
    auto statement = m_db.prepare("SELECT json FROM products WHERE id = ? AND status = 'active'");
    statement.bind(1, productId);
    if (!statement.step())
        return std::nullopt;
    return QJsonDocument::fromJson(statement.text(0).toUtf8()).object();
}

QHash<QString, qint64> CatalogReader::availableBySku(const QString& productId, const QString& locationId)
{
    auto statement =
        m_db.prepare("SELECT v.sku, coalesce(s.on_hand - s.reserved, 0) FROM variants v "
                     "LEFT JOIN stock s ON s.sku = v.sku AND s.location_id = ? WHERE v.product_id = ?");
    statement.bind(1, locationId).bind(2, productId);
    QHash<QString, qint64> available;
    while (statement.step())
        available.insert(statement.text(0), statement.int64(1));
    return available;
}

QList<LocationStock> CatalogReader::stockElsewhere(const QString& sku, const QString& exceptLocationId)
{
    auto statement = m_db.prepare("SELECT l.id, l.name, l.kind, s.on_hand - s.reserved FROM stock s "
                                  "JOIN locations l ON l.id = s.location_id WHERE s.sku = ? AND l.id <> ? "
                                  "ORDER BY l.name");
    statement.bind(1, sku).bind(2, exceptLocationId);
    QList<LocationStock> rows;
    while (statement.step())
        rows.append({{statement.text(0), statement.text(1), statement.text(2)}, statement.int64(3)});
    return rows;
}

std::optional<LocationRow> CatalogReader::location(const QString& id)
{
    auto statement = m_db.prepare("SELECT id, name, kind FROM locations WHERE id = ?");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return LocationRow{statement.text(0), statement.text(1), statement.text(2)};
}

QList<LocationRow> CatalogReader::otherStores(const QString& exceptId)
{
    auto statement =
        m_db.prepare("SELECT id, name, kind FROM locations WHERE kind = 'store' AND id <> ? ORDER BY name");
    statement.bind(1, exceptId);
    QList<LocationRow> rows;
    while (statement.step())
        rows.append({statement.text(0), statement.text(1), statement.text(2)});
    return rows;
}

std::optional<Promotion> CatalogReader::promotion(const QString& code)
{
    auto statement = m_db.prepare("SELECT json FROM promotions WHERE code = ?");
    statement.bind(1, code);
    if (!statement.step())
        return std::nullopt;
    return promotionFromJson(QJsonDocument::fromJson(statement.text(0).toUtf8()).object());
}

std::optional<OrderProgress> CatalogReader::orderProgress(const QString& orderId)
{
    auto statement =
        m_db.prepare("SELECT coalesce(number, ''), status, json_extract(json, '$.totals.total.amount') "
                     "FROM orders WHERE id = ?");
    statement.bind(1, orderId);
    if (!statement.step())
        return std::nullopt;
    OrderProgress progress{statement.text(0), statement.text(1), std::nullopt};
    if (!statement.isNull(2))
        progress.total = statement.int64(2);
    return progress;
}

std::optional<QString> CatalogReader::skuForBarcode(const QString& barcode)
{
    auto statement = m_db.prepare("SELECT v.sku FROM variants v JOIN products p ON p.id = v.product_id "
                                  "WHERE v.barcode = ? AND p.status = 'active'");
    statement.bind(1, barcode);
    if (!statement.step())
        return std::nullopt;
    return statement.text(0);
}

} // namespace comptoir::app
