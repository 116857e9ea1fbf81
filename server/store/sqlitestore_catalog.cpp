// SqlStore: categories and products, with full-text search and keyset pagination.
#include "store/cursor.h"
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <variant>

namespace comptoir::server {

namespace {

std::string encodeCompact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

using Binding = std::variant<qint64, QString>;

void bindAll(sql::Statement& st, const std::vector<Binding>& bindings)
{
    for (size_t i = 0; i < bindings.size(); ++i) {
        if (const auto* n = std::get_if<qint64>(&bindings[i]))
            st.bind(int(i + 1), *n);
        else
            st.bind(int(i + 1), std::get<QString>(bindings[i]));
    }
}

QString codesFor(const Product& p)
{
    QStringList codes;
    for (const Variant& v : p.variants) {
        codes.append(v.sku);
        if (!v.barcode.isEmpty())
            codes.append(v.barcode);
    }
    return codes.join(u' ');
}

} // namespace

QList<Category> SqlStore::categories()
{
    auto st = conn().prepare("SELECT id, name, parent_id, position FROM categories ORDER BY position, name");
    QList<Category> out;
    while (st.step())
        out.append(Category{CategoryId{st.text(0)}, st.text(1),
                            CategoryId{st.isNull(2) ? QString() : st.text(2)}, int(st.int64(3))});
    return out;
}

bool SqlStore::categoryExists(const CategoryId& id)
{
    auto st = conn().prepare("SELECT 1 FROM categories WHERE id = ?");
    st.bind(1, id.value);
    return st.step();
}

void SqlStore::putCategory(const Category& c)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO categories(id, name, parent_id, position) VALUES(?, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id, "
                     "position = excluded.position")
            .bind(1, c.id.value)
            .bind(2, c.name)
            .bindOptional(3, c.parentId.value)
            .bind(4, c.position)
            .exec();
        appendChange(u"category"_qs, c.id.value, ChangeOp::Upsert, encodeCompact(toJson(c)));
    });
}

std::optional<StoredProduct> SqlStore::productJson(const ProductId& id)
{
    auto st = conn().prepare("SELECT version, json FROM products WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return StoredProduct{st.int64(0), std::string(st.textView(1))};
}

std::optional<Product> SqlStore::product(const ProductId& id)
{
    const auto stored = productJson(id);
    if (!stored)
        return std::nullopt;
    return productFromJson(QJsonDocument::fromJson(QByteArray::fromStdString(stored->json)).object());
}

void SqlStore::writeProduct(Product& p, bool isNew)
{
    sql::Connection& c = conn();
    for (const Variant& v : p.variants) {
        auto taken =
            c.prepare("SELECT product_id FROM variants WHERE (sku = ? OR barcode = ?) AND product_id <> ?");
        taken.bind(1, v.sku).bindOptional(2, v.barcode).bind(3, p.id.value);
        if (taken.step())
            throw Conflict(u"SKU %1 or barcode %2 already belongs to product %3."_qs.arg(v.sku, v.barcode,
                                                                                         taken.text(0)));
    }
    p.version += 1;
    p.updatedAt = QDateTime::currentDateTimeUtc();
    qint64 minPrice = p.variants.isEmpty() ? 0 : p.variants.first().price.amount;
    for (const Variant& v : p.variants)
        minPrice = std::min(minPrice, v.price.amount);
    const std::string json = encodeCompact(toJson(p));

    qint64 rowid = 0;
    if (isNew) {
        auto insert = c.prepare(
            "INSERT INTO products(id, name, category_id, status, min_price, version, updated_at, json, "
            "tax_class) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING rowid");
        insert.bind(1, p.id.value)
            .bind(2, p.name)
            .bindOptional(3, p.categoryId.value)
            .bind(4, toString(p.status))
            .bind(5, minPrice)
            .bind(6, p.version)
            .bind(7, toRfc3339(p.updatedAt))
            .bind(8, std::string_view(json))
            .bind(9, toString(p.taxClass));
        insert.step();
        rowid = insert.int64(0);
    } else {
        auto update =
            c.prepare("UPDATE products SET name = ?, category_id = ?, status = ?, min_price = ?, "
                      "version = ?, updated_at = ?, json = ?, tax_class = ? WHERE id = ? RETURNING rowid");
        update.bind(1, p.name)
            .bindOptional(2, p.categoryId.value)
            .bind(3, toString(p.status))
            .bind(4, minPrice)
            .bind(5, p.version)
            .bind(6, toRfc3339(p.updatedAt))
            .bind(7, std::string_view(json))
            .bind(8, toString(p.taxClass))
            .bind(9, p.id.value);
        update.step();
        rowid = update.int64(0);
        c.prepare("DELETE FROM variants WHERE product_id = ?").bind(1, p.id.value).exec();
        c.prepare("DELETE FROM products_fts WHERE rowid = ?").bind(1, rowid).exec();
    }
    for (qsizetype i = 0; i < p.variants.size(); ++i) {
        const Variant& v = p.variants[i];
        c.prepare("INSERT INTO variants(sku, product_id, position, price, currency, barcode) VALUES(?, ?, ?, "
                  "?, ?, ?)")
            .bind(1, v.sku)
            .bind(2, p.id.value)
            .bind(3, qint64(i))
            .bind(4, v.price.amount)
            .bind(5, v.price.currency)
            .bindOptional(6, v.barcode)
            .exec();
    }
    if (p.status == ProductStatus::Active)
        c.prepare("INSERT INTO products_fts(rowid, name, brand, description, codes) VALUES(?, ?, ?, ?, ?)")
            .bind(1, rowid)
            .bind(2, p.name)
            .bind(3, p.brand)
            .bind(4, p.description)
            .bind(5, codesFor(p))
            .exec();
    appendChange(u"product"_qs, p.id.value, ChangeOp::Upsert, json);
}

Product SqlStore::createProduct(Product p)
{
    if (p.id.isEmpty())
        p.id.value = newId(u"prd"_qs);
    p.version = 0;
    transaction([&] {
        auto exists = conn().prepare("SELECT 1 FROM products WHERE id = ?");
        exists.bind(1, p.id.value);
        if (exists.step())
            throw Conflict(u"A product with id %1 already exists."_qs.arg(p.id.value));
        writeProduct(p, true);
    });
    return p;
}

Product SqlStore::updateProduct(Product p, qint64 expectedVersion)
{
    transaction([&] {
        auto st = conn().prepare("SELECT version FROM products WHERE id = ?");
        st.bind(1, p.id.value);
        if (!st.step())
            throw NotFound(u"No product with id %1."_qs.arg(p.id.value));
        const qint64 current = st.int64(0);
        if (current != expectedVersion)
            throw Conflict::staleVersion(
                u"The product is at version %1, not %2: fetch it again and reapply your change."_qs
                    .arg(current)
                    .arg(expectedVersion));
        p.version = current;
        writeProduct(p, false);
    });
    return p;
}

Product SqlStore::archiveProduct(const ProductId& id)
{
    Product p;
    transaction([&] {
        auto found = product(id);
        if (!found)
            throw NotFound(u"No product with id %1."_qs.arg(id.value));
        p = *found;
        if (p.status == ProductStatus::Archived)
            return;
        p.status = ProductStatus::Archived;
        writeProduct(p, false);
    });
    return p;
}

// Relevance without other filters: rank inside the full-text index and join only the page's
// rows to products, instead of joining every match before sorting.
RawPage SqlStore::searchByRelevance(const QString& match, const ProductQuery& q)
{
    qint64 offset = 0;
    if (!q.cursor.isEmpty())
        offset = decodeCursor(q.cursor, u"r"_qs, 2)[1].toInteger(-1);
    if (offset < 0 || offset > 1'000'000)
        throw Invalid::malformed(u"The cursor is not valid for this query."_qs, u"cursor"_qs);
    auto st = conn().prepare(fullTextSql().relevancePage);
    st.bind(1, match).bind(2, qint64(q.limit + 1)).bind(3, offset);
    RawPage page;
    while (st.step()) {
        if (page.count == q.limit) {
            page.nextCursor = encodeCursor({u"r"_qs, offset + q.limit});
            break;
        }
        if (page.count > 0)
            page.itemsJson += ',';
        page.itemsJson += st.textView(0);
        ++page.count;
    }
    return page;
}

namespace {
// SQLite's NOCASE folding: A-Z only, the rest of Unicode as it is.
QString foldAsciiCase(QString name)
{
    for (QChar& c : name)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return name;
}
} // namespace

RawPage SqlStore::products(const ProductQuery& q)
{
    std::string sql;
    std::vector<Binding> bindings;
    const bool fullText = !q.text.trimmed().isEmpty();
    const ProductSort sort = (q.sort == ProductSort::Relevance && !fullText) ? ProductSort::Name : q.sort;

    const bool otherFilters = !q.category.isEmpty() || q.minPrice || q.maxPrice || !q.inStockAt.isEmpty();
    if (fullText) {
        const QString match = fullTextQuery(q.text);
        if (match.isEmpty())
            return {}; // nothing searchable typed: nothing matches
        if (sort == ProductSort::Relevance && !otherFilters)
            return searchByRelevance(match, q);
        // The full-text table holds active products only (archiving removes them from it).
        sql = std::string("SELECT p.json, p.id, p.name, p.min_price FROM ") + fullTextSql().matches;
        bindings.emplace_back(match);
    } else {
        sql = "SELECT p.json, p.id, p.name, p.min_price FROM products p WHERE p.status = 'active'";
    }
    if (!q.category.isEmpty()) {
        sql += " AND p.category_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM "
               "categories c "
               "JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)";
        bindings.emplace_back(q.category.value);
    }
    if (q.minPrice || q.maxPrice) {
        sql += " AND EXISTS (SELECT 1 FROM variants v WHERE v.product_id = p.id AND v.price BETWEEN ? AND ?)";
        bindings.emplace_back(q.minPrice.value_or(0));
        bindings.emplace_back(q.maxPrice.value_or(std::numeric_limits<qint64>::max()));
    }
    if (!q.inStockAt.isEmpty()) {
        sql += " AND EXISTS (SELECT 1 FROM variants v JOIN stock s ON s.sku = v.sku AND s.location_id = ? "
               "WHERE v.product_id = p.id AND s.on_hand - s.reserved > 0)";
        bindings.emplace_back(q.inStockAt.value);
    }

    qint64 offset = 0;
    switch (sort) {
    case ProductSort::Relevance:
        if (!q.cursor.isEmpty())
            offset = decodeCursor(q.cursor, u"r"_qs, 2)[1].toInteger(-1);
        if (offset < 0 || offset > 1'000'000)
            throw Invalid::malformed(u"The cursor is not valid for this query."_qs, u"cursor"_qs);
        sql += std::string(" ORDER BY ") + fullTextSql().rank + ", p.rowid LIMIT ? OFFSET ?";
        break;
    case ProductSort::Name:
        if (!q.cursor.isEmpty()) {
            const QJsonArray c = decodeCursor(q.cursor, u"n"_qs, 3);
            const std::string key = productNameKey();
            sql += " AND (" + key + " > ? OR (" + key + " = ? AND p.id > ?))";
            bindings.emplace_back(foldAsciiCase(c[1].toString()));
            bindings.emplace_back(foldAsciiCase(c[1].toString()));
            bindings.emplace_back(c[2].toString());
        }
        sql += std::string(" ORDER BY ") + productNameKey() + ", p.id LIMIT ?";
        break;
    case ProductSort::PriceAsc:
    case ProductSort::PriceDesc: {
        const bool asc = sort == ProductSort::PriceAsc;
        if (!q.cursor.isEmpty()) {
            const QJsonArray c = decodeCursor(q.cursor, asc ? u"pa"_qs : u"pd"_qs, 3);
            sql += asc ? " AND (p.min_price > ? OR (p.min_price = ? AND p.id > ?))"
                       : " AND (p.min_price < ? OR (p.min_price = ? AND p.id < ?))";
            bindings.emplace_back(c[1].toInteger());
            bindings.emplace_back(c[1].toInteger());
            bindings.emplace_back(c[2].toString());
        }
        sql += asc ? " ORDER BY p.min_price, p.id LIMIT ?" : " ORDER BY p.min_price DESC, p.id DESC LIMIT ?";
        break;
    }
    }
    bindings.emplace_back(qint64(q.limit + 1)); // one more tells whether a next page exists
    if (sort == ProductSort::Relevance)
        bindings.emplace_back(offset);

    auto st = conn().prepare(sql);
    bindAll(st, bindings);
    RawPage page;
    QString lastId, lastName;
    qint64 lastPrice = 0;
    while (st.step()) {
        if (page.count == q.limit) {
            switch (sort) {
            case ProductSort::Relevance:
                page.nextCursor = encodeCursor({u"r"_qs, offset + q.limit});
                break;
            case ProductSort::Name:
                page.nextCursor = encodeCursor({u"n"_qs, lastName, lastId});
                break;
            case ProductSort::PriceAsc:
                page.nextCursor = encodeCursor({u"pa"_qs, lastPrice, lastId});
                break;
            case ProductSort::PriceDesc:
                page.nextCursor = encodeCursor({u"pd"_qs, lastPrice, lastId});
                break;
            }
            break;
        }
        if (page.count > 0)
            page.itemsJson += ',';
        page.itemsJson += st.textView(0);
        lastId = st.text(1);
        lastName = st.text(2);
        lastPrice = st.int64(3);
        ++page.count;
    }
    return page;
}

} // namespace comptoir::server
