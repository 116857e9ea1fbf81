#include "app/data/customerreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace comptoir::app {

namespace {

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

QList<QJsonObject> CustomerReader::orders(int limit)
{
    auto statement = m_db.prepare("SELECT json FROM orders ORDER BY json_extract(json, '$.created_at') DESC, "
                                  "id DESC LIMIT ?");
    statement.bind(1, limit);
    QList<QJsonObject> rows;
    while (statement.step())
        rows.append(objectOf(statement.text(0)));
    return rows;
}

std::optional<QJsonObject> CustomerReader::order(const QString& orderId)
{
    auto statement = m_db.prepare("SELECT json FROM orders WHERE id = ?");
    statement.bind(1, orderId);
    if (!statement.step())
        return std::nullopt;
    return objectOf(statement.text(0));
}

QList<QJsonObject> CustomerReader::addresses()
{
    QList<QJsonObject> addresses;
    auto st = m_db.prepare("SELECT json FROM addresses ORDER BY id");
    while (st.step())
        addresses.append(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
    return addresses;
}

QStringList CustomerReader::wishlist()
{
    // One customer's list at most (the feed's scope); a heart's local copy has an empty key.
    auto statement = m_db.prepare("SELECT json FROM wishlist ORDER BY customer_id = '' LIMIT 1");
    QStringList ids;
    if (!statement.step())
        return ids;
    for (const QJsonValue& item : objectOf(statement.text(0)).value(u"items"_qs).toArray())
        ids.append(item.toObject().value(u"product_id"_qs).toString());
    return ids;
}

std::optional<ProductBrief> CustomerReader::product(const QString& productId)
{
    auto statement =
        m_db.prepare("SELECT name, coalesce(min_price, 0), status, "
                     "coalesce(json_extract(json, '$.image_url'), '') FROM products WHERE id = ?");
    statement.bind(1, productId);
    if (!statement.step())
        return std::nullopt;
    return ProductBrief{productId, statement.text(0), statement.text(3), statement.int64(1),
                        statement.text(2) == u"active"};
}

std::optional<QString> CustomerReader::soldProductOf(const QString& sku)
{
    auto statement = m_db.prepare("SELECT p.id FROM variants v JOIN products p ON p.id = v.product_id "
                                  "WHERE v.sku = ? AND p.status = 'active'");
    statement.bind(1, sku);
    if (!statement.step())
        return std::nullopt;
    return statement.text(0);
}

void CustomerReader::writeWishlist(sqlite::Connection& db, const QStringList& productIds)
{
    QJsonArray items;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const QString& id : productIds)
        items.append(QJsonObject{{u"product_id"_qs, id}, {u"added_at"_qs, now}});
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"items"_qs, items}}).toJson(QJsonDocument::Compact));
    // The feed's row when there is one (its key is the customer), else a local one.
    auto update = db.prepare("UPDATE wishlist SET json = ?");
    update.bind(1, json).exec();
    if (db.changes() == 0)
        db.prepare("INSERT INTO wishlist(customer_id, json) VALUES ('', ?)").bind(1, json).exec();
}

} // namespace comptoir::app
