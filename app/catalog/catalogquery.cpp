#include "app/catalog/catalogquery.h"

#include <QRegularExpression>
#include <string>

namespace comptoir::app {

namespace {

// Numbered parameters: ?1 limit, ?2 offset, ?3 stock location, ?4 FTS query, ?5 category.
// Each filter combination gives one SQL text, so the connection's statement cache stays small.
std::string fromAndWhere(const ProductFilter& f, bool searching)
{
    std::string sql = " FROM products p";
    if (searching)
        sql += " JOIN products_fts ON products_fts.rowid = p.rid AND products_fts MATCH ?4";
    sql += " WHERE p.status = 'active'";
    if (!f.categoryId.isEmpty())
        sql += " AND p.category_id IN (WITH RECURSIVE tree(id) AS (SELECT ?5 UNION ALL "
               "SELECT c.id FROM categories c JOIN tree ON c.parent_id = tree.id) SELECT id FROM tree)";
    if (f.inStockOnly)
        sql += " AND EXISTS (SELECT 1 FROM variants v JOIN stock s ON s.sku = v.sku AND s.location_id = ?3 "
               "WHERE v.product_id = p.id AND s.on_hand - s.reserved > 0)";
    return sql;
}

void bindFilter(sqlite::Statement& statement, const ProductFilter& f, const QString& match)
{
    if (statement.parameterCount() >= 3) // a count without the stock filter does not use it
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
    for (auto it = words.globalMatch(typed); it.hasNext();)
        terms << u"\""_qs + it.next().captured(0) + u"\"*"_qs;
    return terms.join(u' ');
}

QList<ProductRow> productPage(sqlite::Connection& db, const ProductFilter& f, int offset, int limit)
{
    const QString match = ftsQuery(f.search);
    const bool searching = !match.isEmpty();
    std::string sql = "SELECT p.id, p.name, p.brand, p.min_price, json_extract(p.json, '$.image_url'), "
                      "(SELECT COALESCE(SUM(MAX(s.on_hand - s.reserved, 0)), 0) FROM variants v "
                      "JOIN stock s ON s.sku = v.sku AND s.location_id = ?3 WHERE v.product_id = p.id), "
                      "(SELECT max(v.price) FROM variants v WHERE v.product_id = p.id) > p.min_price";
    sql += fromAndWhere(f, searching);
    switch (f.sort) {
    case ProductSort::Relevance:
        sql += searching ? " ORDER BY bm25(products_fts, 10.0, 5.0, 1.0, 20.0), p.name" : " ORDER BY p.name";
        break;
    case ProductSort::Name:
        sql += " ORDER BY p.name, p.id";
        break;
    case ProductSort::PriceAscending:
        sql += " ORDER BY p.min_price, p.name";
        break;
    case ProductSort::PriceDescending:
        sql += " ORDER BY p.min_price DESC, p.name";
        break;
    }
    sql += " LIMIT ?1 OFFSET ?2";
    auto statement = db.prepare(sql);
    statement.bind(1, limit).bind(2, offset);
    bindFilter(statement, f, match);
    QList<ProductRow> rows;
    while (statement.step())
        rows.append({statement.text(0), statement.text(1), statement.text(2), statement.int64(3),
                     statement.text(4), statement.int64(5), statement.int64(6) != 0});
    return rows;
}

int productCount(sqlite::Connection& db, const ProductFilter& f)
{
    const QString match = ftsQuery(f.search);
    std::string sql = "SELECT count(*) " + fromAndWhere(f, !match.isEmpty()) + " LIMIT ?1 OFFSET ?2";
    // LIMIT/OFFSET keep the parameter numbering of the page query (count gives one row).
    auto statement = db.prepare(sql);
    statement.bind(1, 1).bind(2, 0);
    bindFilter(statement, f, match);
    return statement.step() ? int(statement.int64(0)) : 0;
}

QList<CategoryRow> categories(sqlite::Connection& db, const QString& parentId)
{
    auto statement =
        db.prepare("WITH RECURSIVE tree(root, id) AS ("
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

} // namespace comptoir::app
