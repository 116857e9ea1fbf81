#include "app/data/orderreader.h"

#include "app/data/catalogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <string>

namespace comptoir::app {

namespace {

// Which orders each state holds. Counter sales (carry_out) are paid and gone at once: they show
// only once done or cancelled. An unpaid order a shopper gave up on is nobody's work: cancelled
// lists those that had been paid (their refund follows on the server).
constexpr std::array<const char*, kQueueStateCount> kStateWhere = {
    "status = 'paid' AND json_extract(json, '$.fulfillment.type') = 'pickup'",
    "status = 'ready_for_pickup'",
    "status = 'completed' AND json_extract(json, '$.fulfillment.type') IN ('pickup', 'carry_out')",
    "status = 'cancelled' AND json_extract(json, '$.fulfillment.type') IN ('pickup', 'carry_out') "
    "AND coalesce(json_extract(json, '$.paid_total.amount'), 0) > 0",
};

// ?1: the store, or '' for every store (a manager's console).
constexpr auto kAtStore = "(?1 = '' OR json_extract(json, '$.fulfillment.location_id') = ?1)";

QueueOrder fromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QueueOrder order;
    order.id = o.value(u"id"_qs).toString();
    order.number = o.value(u"number"_qs).toString();
    order.status = o.value(u"status"_qs).toString();
    order.channel = o.value(u"channel"_qs).toString();
    order.fulfillment = o.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString();
    order.createdAt = QDateTime::fromString(o.value(u"created_at"_qs).toString(), Qt::ISODateWithMs);
    order.updatedAt = QDateTime::fromString(o.value(u"updated_at"_qs).toString(), Qt::ISODateWithMs);
    order.total =
        o.value(u"totals"_qs).toObject().value(u"total"_qs).toObject().value(u"amount"_qs).toInteger();
    for (const QJsonValue& line : o.value(u"lines"_qs).toArray())
        order.itemCount += line.toObject().value(u"quantity"_qs).toInteger();
    return order;
}

} // namespace

QList<QueueOrder> OrderReader::queue(const QString& storeId, QueueState state, int limit)
{
    const std::string sql = std::string("SELECT json FROM orders WHERE ") + kStateWhere[size_t(state)] +
                            " AND " + kAtStore +
                            " ORDER BY json_extract(json, '$.created_at') DESC, id DESC LIMIT ?2";
    auto statement = m_db.prepare(sql);
    statement.bind(1, storeId).bind(2, limit);
    QList<QueueOrder> rows;
    while (statement.step())
        rows.append(fromJson(statement.text(0)));
    return rows;
}

std::array<int, kQueueStateCount> OrderReader::counts(const QString& storeId)
{
    std::string sql = "SELECT ";
    for (size_t i = 0; i < kStateWhere.size(); ++i)
        sql += std::string(i ? ", " : "") + "coalesce(sum(" + kStateWhere[i] + "), 0)";
    sql += std::string(" FROM orders WHERE ") + kAtStore;
    auto statement = m_db.prepare(sql);
    statement.bind(1, storeId);
    std::array<int, kQueueStateCount> counts{};
    if (statement.step())
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] = int(statement.int64(int(i)));
    return counts;
}

std::optional<QueueOrder> OrderReader::order(const QString& orderId)
{
    auto statement = m_db.prepare("SELECT json FROM orders WHERE id = ?");
    statement.bind(1, orderId);
    if (!statement.step())
        return std::nullopt;
    return fromJson(statement.text(0));
}

QList<PickLine> OrderReader::pickList(const QString& orderId)
{
    auto order = m_db.prepare("SELECT json FROM orders WHERE id = ?");
    order.bind(1, orderId);
    if (!order.step())
        return {};
    const QJsonArray lines =
        QJsonDocument::fromJson(order.text(0).toUtf8()).object().value(u"lines"_qs).toArray();
    QList<PickLine> pick;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        PickLine p;
        p.sku = line.value(u"sku"_qs).toString();
        p.name = line.value(u"name"_qs).toString();
        p.quantity = line.value(u"quantity"_qs).toInteger();
        auto product = m_db.prepare("SELECT coalesce(c.name, ''), p.json, coalesce(v.barcode, '') "
                                    "FROM variants v JOIN products p ON p.id = v.product_id "
                                    "LEFT JOIN categories c ON c.id = p.category_id WHERE v.sku = ?");
        product.bind(1, p.sku);
        if (product.step()) {
            p.bin = product.text(0);
            p.options = variantOptionsText(QJsonDocument::fromJson(product.text(1).toUtf8()).object(), p.sku);
            p.barcode = product.text(2);
        }
        pick.append(p);
    }
    std::stable_sort(pick.begin(), pick.end(), [](const PickLine& a, const PickLine& b) {
        return std::tie(a.bin, a.name) < std::tie(b.bin, b.name);
    });
    return pick;
}

std::optional<QString> OrderReader::idByNumber(const QString& number, const QString& storeId)
{
    // "par-000123" as "PAR-000123"; digits alone ("123") as the store's number that ends so.
    const QString typed = number.trimmed().toUpper();
    bool digitsOnly = false;
    const qint64 n = typed.toLongLong(&digitsOnly);
    const QString suffix = digitsOnly && n > 0 ? u"-%1"_qs.arg(n, 6, 10, QChar(u'0')) : QString();
    auto statement = m_db.prepare(std::string("SELECT id FROM orders WHERE (number = ?2 OR (?3 <> '' AND "
                                              "substr(number, -length(?3)) = ?3)) AND ") +
                                  kAtStore + " ORDER BY json_extract(json, '$.created_at') DESC LIMIT 1");
    statement.bind(1, storeId).bind(2, typed).bind(3, suffix);
    if (!statement.step())
        return std::nullopt;
    return statement.text(0);
}

} // namespace comptoir::app
