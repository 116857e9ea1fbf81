// SqlStore: the audit trail. Temporary triggers on the writer connection record every change
// of the audited tables made for a request of staff, managers, admins or devices, with the row's
// before and after, in the write's own transaction: no handler has to remember to log, and a
// write that rolls back leaves no entry. The request's identity comes from this thread's
// AuditContext through the SQL function comptoir_audit(); the triggers are TEMP, so they exist
// on the writer connection only, and other connections to the file (tools, tests) never need it.
#include "store/sqlitestore.h"

#include "comptoir/codecs.h"
#include "store/auditcontext.h"
#include "store/cursor.h"

#include <QJsonDocument>
#include <sqlite3.h>

namespace comptoir::server {

namespace {

thread_local AuditContext* t_audit = nullptr;

// comptoir_audit(0..3): the actor, role, route and request id of this thread's request, or NULL
// outside one. Asking for the request id counts one recorded row (each trigger asks once).
void auditFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    AuditContext* audit = t_audit;
    if (!audit) {
        sqlite3_result_null(context);
        return;
    }
    const QString* field = nullptr;
    switch (sqlite3_value_int(args[0])) {
    case 0:
        field = &audit->actor;
        break;
    case 1:
        field = &audit->role;
        break;
    case 2:
        field = &audit->route;
        break;
    case 3:
        ++audit->recorded;
        field = &audit->requestId;
        break;
    default:
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = field->toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

// One audit row: `action`, `target`, `before` and `after` are SQL expressions over OLD and NEW.
std::string auditInsert(const std::string& action, const std::string& target, const std::string& before,
                        const std::string& after)
{
    return "INSERT INTO audit(at, actor, role, route, request_id, action, target, before, after) "
           "VALUES(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), comptoir_audit(0), comptoir_audit(1), "
           "comptoir_audit(2), comptoir_audit(3), " +
           action + ", " + target + ", " + before + ", " + after + ");";
}

std::string trigger(const std::string& name, const std::string& event, const std::string& when,
                    const std::string& body)
{
    return "CREATE TEMP TRIGGER IF NOT EXISTS audit_" + name + " AFTER " + event +
           " FOR EACH ROW WHEN comptoir_audit(0) IS NOT NULL" + (when.empty() ? "" : " AND (" + when + ")") +
           " BEGIN " + body + " END;";
}

// A product's facts the trail keeps: name, status, version and each variant's price by SKU.
std::string productFacts(const char* row)
{
    const std::string r = row;
    return "json_object('name', " + r + ".name, 'status', " + r + ".status, 'version', " + r +
           ".version, 'image_url', json_extract(" + r +
           ".json, '$.image_url'), 'prices', (SELECT json_group_object(json_extract(value, '$.sku'), "
           "json_extract(value, '$.price.amount')) FROM json_each(" +
           r + ".json, '$.variants')))";
}

std::string stockFacts(const char* row)
{
    const std::string r = row;
    return "json_object('on_hand', " + r + ".on_hand, 'reserved', " + r + ".reserved)";
}

// A 0/1 column as a JSON boolean.
std::string boolean(const std::string& column)
{
    return "CASE WHEN " + column + " THEN json('true') ELSE json('false') END";
}

// Milliseconds since the epoch as the API writes times, or null.
std::string rfc3339(const std::string& column)
{
    return "strftime('%Y-%m-%dT%H:%M:%fZ', " + column + " / 1000.0, 'unixepoch')";
}

std::string promotionFacts(const char* row)
{
    const std::string r = row;
    return "json_object('ends_at', " + rfc3339(r + ".ends_at") + ", 'max_uses', " + r +
           ".max_uses, 'disabled', " + boolean(r + ".disabled") + ", 'uses', " + r + ".uses, 'version', " +
           r + ".version)";
}

std::string userFacts(const char* row)
{
    const std::string r = row;
    return "json_object('email', " + r + ".email, 'name', " + r + ".name, 'role', " + r +
           ".role, 'store_id', " + r + ".store_id, 'disabled', " + boolean(r + ".disabled") + ")";
}

std::string auditTriggers()
{
    std::string sql;
    const std::string productPrices = "(SELECT json_group_object(json_extract(value, '$.sku'), "
                                      "json_extract(value, '$.price.amount')) FROM json_each(%s.json, "
                                      "'$.variants'))";
    auto prices = [&](const char* row) {
        std::string p = productPrices;
        p.replace(p.find("%s"), 2, row);
        return p;
    };
    // Catalog: a price change is told apart from other edits, so it can be filtered.
    sql += trigger("product_insert", "INSERT ON products", "",
                   auditInsert("'product.create'", "NEW.id", "NULL", productFacts("NEW")));
    sql += trigger("product_update", "UPDATE ON products", "",
                   auditInsert("CASE WHEN " + prices("OLD") + " IS NOT " + prices("NEW") +
                                   " THEN 'price.change' WHEN NEW.status = 'archived' AND OLD.status <> "
                                   "'archived' THEN 'product.archive' ELSE 'product.update' END",
                               "NEW.id", productFacts("OLD"), productFacts("NEW")));
    // Stock: every change of what is on hand (reservations alone belong to their order's entry).
    sql += trigger("stock_insert", "INSERT ON stock", "NEW.on_hand <> 0",
                   auditInsert("'stock.change'", "NEW.sku || '@' || NEW.location_id",
                               "json_object('on_hand', 0, 'reserved', 0)", stockFacts("NEW")));
    sql += trigger("stock_update", "UPDATE ON stock", "OLD.on_hand <> NEW.on_hand",
                   auditInsert("'stock.change'", "NEW.sku || '@' || NEW.location_id", stockFacts("OLD"),
                               stockFacts("NEW")));
    // Promotions: created, edited or disabled (a use counted by a sale is not an edit).
    sql += trigger("promotion_insert", "INSERT ON promotions", "",
                   auditInsert("'promotion.create'", "NEW.code", "NULL", promotionFacts("NEW")));
    sql +=
        trigger("promotion_update", "UPDATE ON promotions", "OLD.version <> NEW.version",
                auditInsert("'promotion.update'", "NEW.code", promotionFacts("OLD"), promotionFacts("NEW")));
    // People and devices (never a password or PIN hash).
    sql += trigger("user_insert", "INSERT ON users", "",
                   auditInsert("'user.create'", "NEW.id", "NULL", userFacts("NEW")));
    sql += trigger("user_update", "UPDATE ON users",
                   "OLD.name IS NOT NEW.name OR OLD.role IS NOT NEW.role OR OLD.store_id IS NOT NEW.store_id "
                   "OR OLD.disabled IS NOT NEW.disabled",
                   auditInsert("'user.update'", "NEW.id", userFacts("OLD"), userFacts("NEW")));
    sql += trigger("device_insert", "INSERT ON devices", "",
                   auditInsert("'device.enrol'", "NEW.id", "NULL",
                               "json_object('name', NEW.name, 'store_id', NEW.store_id)"));
    sql +=
        trigger("device_revoke", "UPDATE ON devices", "OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL",
                auditInsert("'device.revoke'", "NEW.id", "json_object('revoked_at', NULL)",
                            "json_object('revoked_at', NEW.revoked_at)"));
    // Sales: orders placed and moved, payments and refunds.
    sql += trigger("order_insert", "INSERT ON orders", "",
                   auditInsert("'order.create'", "NEW.id", "NULL",
                               "json_object('number', NEW.number, 'channel', NEW.channel, 'store_id', "
                               "NEW.store_id, 'status', NEW.status, 'total', NEW.total)"));
    sql += trigger("order_status", "UPDATE ON orders", "OLD.status <> NEW.status",
                   auditInsert("'order.status'", "NEW.id", "json_object('status', OLD.status)",
                               "json_object('status', NEW.status)"));
    sql += trigger("payment_insert", "INSERT ON payments", "",
                   auditInsert("'payment.create'", "NEW.id", "NULL",
                               "json_object('order_id', NEW.order_id, 'method', NEW.method, 'status', "
                               "NEW.status, 'amount', NEW.amount)"));
    sql += trigger("refund_insert", "INSERT ON refunds", "",
                   auditInsert("'refund.create'", "NEW.id", "NULL",
                               "json_object('payment_id', NEW.payment_id, 'amount', NEW.amount, 'reason', "
                               "NEW.reason)"));
    return sql;
}

QJsonValue jsonOrNull(const sql::Statement& st, int column)
{
    if (st.isNull(column))
        return QJsonValue();
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(column).toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}

} // namespace

AuditContext* currentAuditContext()
{
    return t_audit;
}

AuditScope::AuditScope(AuditContext* context) : m_previous(t_audit)
{
    t_audit = context;
}

AuditScope::~AuditScope()
{
    t_audit = m_previous;
}

void SqliteStore::installAuditTriggers()
{
    const int rc = sqlite3_create_function_v2(m_writer->engine().handle(), "comptoir_audit", 1, SQLITE_UTF8,
                                              nullptr, auditFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throw std::runtime_error("cannot register the audit function");
    m_writer->execScript(auditTriggers().c_str());
}

void SqlStore::recordRequestAudit(const QString& target)
{
    AuditContext* audit = t_audit;
    if (!audit)
        return;
    transaction([&] {
        conn()
            .prepare("INSERT INTO audit(at, actor, role, route, request_id, action, target) "
                     "VALUES(?, ?, ?, ?, ?, 'request', ?)")
            .bind(1, toRfc3339(QDateTime::currentDateTimeUtc()))
            .bind(2, audit->actor)
            .bind(3, audit->role)
            .bind(4, audit->route)
            .bind(5, audit->requestId)
            .bind(6, target)
            .exec();
    });
}

Page<QJsonObject> SqlStore::audit(const AuditQuery& q)
{
    std::optional<qint64> before;
    if (!q.cursor.isEmpty())
        before = decodeCursor(q.cursor, u"au"_qs, 2)[1].toInteger();
    auto st = conn().prepare(
        "SELECT rid, at, actor, role, action, target, before, after, request_id, route, "
        "(SELECT name FROM users WHERE id = audit.actor) FROM audit "
        "WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NULL OR action = ?2) AND (?3 IS NULL OR at >= ?3) "
        "AND (?4 IS NULL OR at < ?4) AND (?5 IS NULL OR rid < ?5) ORDER BY rid DESC LIMIT ?6");
    st.bindOptional(1, q.actor).bindOptional(2, q.action);
    st.bindOptional(3, q.from.isValid() ? toRfc3339(q.from) : QString());
    st.bindOptional(4, q.to.isValid() ? toRfc3339(q.to) : QString());
    before ? st.bind(5, *before) : st.bind(5, nullptr);
    st.bind(6, qint64(q.limit) + 1);
    Page<QJsonObject> page;
    qint64 lastRid = 0;
    while (st.step()) {
        if (page.items.size() == q.limit) {
            page.nextCursor = encodeCursor({u"au"_qs, double(lastRid)});
            break;
        }
        lastRid = st.int64(0);
        page.items.append(
            QJsonObject{{u"id"_qs, double(lastRid)},
                        {u"at"_qs, st.text(1)},
                        {u"actor"_qs, st.text(2)},
                        {u"actor_name"_qs, st.isNull(10) ? QJsonValue() : QJsonValue(st.text(10))},
                        {u"role"_qs, st.text(3)},
                        {u"action"_qs, st.text(4)},
                        {u"target"_qs, st.text(5)},
                        {u"before"_qs, jsonOrNull(st, 6)},
                        {u"after"_qs, jsonOrNull(st, 7)},
                        {u"request_id"_qs, st.text(8)},
                        {u"route"_qs, st.text(9)}});
    }
    return page;
}

} // namespace comptoir::server
