#include "app/data/stockreader.h"

#include "app/data/catalogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <string>

namespace comptoir::app {

namespace {

// ?1 location, ?2 limit, ?3 threshold, ?4 FTS query, ?5 SKU prefix (LIKE), ?6 whole code.
constexpr auto kSelect = "SELECT v.sku, p.name, p.json, coalesce(v.barcode, ''), coalesce(c.name, ''), "
                         "s.on_hand, s.reserved FROM stock s JOIN variants v ON v.sku = s.sku "
                         "JOIN products p ON p.id = v.product_id "
                         "LEFT JOIN categories c ON c.id = p.category_id WHERE s.location_id = ?1";

StockItem readItem(const sqlite::Statement& st)
{
    return {st.text(0),
            st.text(1),
            variantOptionsText(QJsonDocument::fromJson(st.text(2).toUtf8()).object(), st.text(0)),
            st.text(3),
            st.text(4),
            st.int64(5),
            st.int64(6)};
}

QString likePrefix(const QString& typed)
{
    QString escaped = typed.trimmed().toUpper();
    escaped.replace(u'\\', u"\\\\"_qs).replace(u'%', u"\\%"_qs).replace(u'_', u"\\_"_qs);
    return escaped + u'%';
}

} // namespace

QList<StockItem> StockReader::levels(const StockFilter& filter, int limit)
{
    const QString search = filter.search.trimmed();
    const QString match = ftsQuery(search);
    // One SQL text per combination of filters, so the statement cache stays small.
    std::string sql = kSelect;
    if (filter.lowOnly)
        sql += " AND s.on_hand - s.reserved <= ?3";
    if (!search.isEmpty()) {
        sql += " AND (v.sku LIKE ?5 ESCAPE '\\' OR v.barcode = ?6";
        if (!match.isEmpty())
            sql += " OR p.rid IN (SELECT rowid FROM products_fts WHERE products_fts MATCH ?4)";
        sql += ")";
    }
    // A whole SKU or barcode (a scan) puts its own row first, before its product's other variants.
    sql += search.isEmpty() ? " ORDER BY " : " ORDER BY (upper(v.sku) = upper(?6) OR v.barcode = ?6) DESC, ";
    sql += filter.lowOnly ? "s.on_hand - s.reserved, p.name, v.sku" : "p.name, v.sku";
    sql += " LIMIT ?2";
    auto statement = m_db.prepare(sql);
    statement.bind(1, filter.locationId).bind(2, limit);
    if (filter.lowOnly)
        statement.bind(3, filter.threshold);
    if (!search.isEmpty()) {
        if (!match.isEmpty())
            statement.bind(4, match);
        statement.bind(5, likePrefix(search)).bind(6, search);
    }
    QList<StockItem> rows;
    while (statement.step())
        rows.append(readItem(statement));
    return rows;
}

std::optional<StockItem> StockReader::item(const QString& sku, const QString& locationId)
{
    auto statement =
        m_db.prepare("SELECT v.sku, p.name, p.json, coalesce(v.barcode, ''), coalesce(c.name, ''), "
                     "coalesce(s.on_hand, 0), coalesce(s.reserved, 0) FROM variants v JOIN products p ON "
                     "p.id = v.product_id "
                     "LEFT JOIN categories c ON c.id = p.category_id "
                     "LEFT JOIN stock s ON s.sku = v.sku AND s.location_id = ?2 WHERE v.sku = ?1");
    statement.bind(1, sku).bind(2, locationId);
    if (!statement.step())
        return std::nullopt;
    return readItem(statement);
}

std::optional<QString> StockReader::skuForCode(const QString& code)
{
    const QString typed = code.trimmed();
    if (typed.isEmpty())
        return std::nullopt;
    auto byBarcode = m_db.prepare("SELECT sku FROM variants WHERE barcode = ?");
    byBarcode.bind(1, typed);
    if (byBarcode.step())
        return byBarcode.text(0);
    auto bySku = m_db.prepare("SELECT sku FROM variants WHERE sku = ?");
    bySku.bind(1, typed.toUpper());
    if (bySku.step())
        return bySku.text(0);
    return std::nullopt;
}

QSet<QString> StockReader::lowSkus(const QString& locationId, qint64 threshold)
{
    auto statement = m_db.prepare("SELECT sku FROM stock WHERE location_id = ? AND on_hand - reserved <= ?");
    statement.bind(1, locationId).bind(2, threshold);
    QSet<QString> skus;
    while (statement.step())
        skus.insert(statement.text(0));
    return skus;
}

} // namespace comptoir::app
