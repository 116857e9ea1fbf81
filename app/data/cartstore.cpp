#include "app/data/cartstore.h"

#include "comptoir/money.h"
#include "comptoir/vat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

namespace {

const QString kPromoKey = u"cart.promo_code"_qs;

// "Bleu marine · M": the variant's options in the order a shopper reads them.
QString variantDetails(const QJsonObject& product, const QString& sku)
{
    for (const QJsonValue& v : product.value(u"variants"_qs).toArray()) {
        if (v.toObject().value(u"sku"_qs).toString() != sku)
            continue;
        QStringList values;
        const QJsonObject options = v.toObject().value(u"options"_qs).toObject();
        for (const QString& key : {u"couleur"_qs, u"taille"_qs, u"format"_qs})
            if (options.contains(key))
                values << options.value(key).toString();
        return values.join(u" · "_qs);
    }
    return {};
}

} // namespace

QList<CartItem> CartStore::items(const QString& locationId)
{
    auto statement = m_db.prepare(
        "SELECT c.sku, c.quantity, v.price, p.id, p.name, p.json, "
        "coalesce((SELECT s.on_hand - s.reserved FROM stock s WHERE s.sku = c.sku AND s.location_id = ?), 0) "
        "FROM cart_lines c LEFT JOIN variants v ON v.sku = c.sku "
        "LEFT JOIN products p ON p.id = v.product_id AND p.status = 'active' ORDER BY c.position");
    statement.bind(1, locationId);
    QList<CartItem> items;
    while (statement.step()) {
        CartItem item;
        item.sku = statement.text(0);
        item.quantity = statement.int64(1);
        item.sellable = !statement.isNull(3);
        item.availableHere = std::max<qint64>(0, statement.int64(6));
        if (item.sellable) {
            item.unitPrice = statement.int64(2);
            item.productId = statement.text(3);
            item.name = statement.text(4);
            const QJsonObject product = QJsonDocument::fromJson(statement.text(5).toUtf8()).object();
            item.imageUrl = product.value(u"image_url"_qs).toString();
            const auto taxClass = taxClassFromString(product.value(u"tax_class"_qs).toString());
            item.taxRateBp = taxClass ? taxRateBp(*taxClass) : 0;
            item.details = variantDetails(product, item.sku);
            item.lineTotal = checkedMul(item.unitPrice, item.quantity);
        }
        items.append(item);
    }
    return items;
}

QString CartStore::promoCode()
{
    auto statement = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    statement.bind(1, kPromoKey);
    return statement.step() ? statement.text(0) : QString();
}

void CartStore::setQuantity(const QString& sku, qint64 quantity)
{
    sqlite::Transaction tx(m_db);
    if (quantity <= 0)
        m_db.prepare("DELETE FROM cart_lines WHERE sku = ?").bind(1, sku).exec();
    else
        m_db.prepare("INSERT INTO cart_lines(sku, quantity, position) VALUES (?1, ?2, "
                     "(SELECT coalesce(max(position), 0) + 1 FROM cart_lines)) "
                     "ON CONFLICT(sku) DO UPDATE SET quantity = ?2")
            .bind(1, sku)
            .bind(2, quantity)
            .exec();
    tx.commit();
}

void CartStore::setPromoCode(const QString& code)
{
    sqlite::Transaction tx(m_db);
    if (code.isEmpty())
        m_db.prepare("DELETE FROM meta WHERE key = ?").bind(1, kPromoKey).exec();
    else
        m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")
            .bind(1, kPromoKey)
            .bind(2, code)
            .exec();
    tx.commit();
}

void CartStore::clear()
{
    sqlite::Transaction tx(m_db);
    m_db.prepare("DELETE FROM cart_lines").exec();
    m_db.prepare("DELETE FROM meta WHERE key = ?").bind(1, kPromoKey).exec();
    tx.commit();
}

} // namespace comptoir::app
