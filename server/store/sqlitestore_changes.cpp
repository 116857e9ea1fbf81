// SqlStore: reading the change log by cursor and scope, and pruning its tombstones.
#include "store/sqlstore.h"

#include "log/jsonlog.h"

namespace comptoir::server {

namespace {

// The wire's change object from a row whose first five columns are seq, entity, entity_id, op,
// data.
EncodedChange encodeChange(const sql::Statement& st)
{
    EncodedChange c;
    c.seq = st.int64(0);
    std::string& j = c.json;
    j.reserve(128 + st.textView(4).size());
    j += "{\"seq\":";
    j += std::to_string(c.seq);
    j += ",\"entity\":\"";
    log::appendEscaped(j, st.textView(1));
    j += "\",\"id\":\"";
    log::appendEscaped(j, st.textView(2));
    j += "\",\"op\":\"";
    j += st.textView(3);
    j += "\",\"data\":";
    j += st.isNull(4) ? std::string_view("null") : st.textView(4);
    j += '}';
    return c;
}

bool isPublicEntity(std::string_view entity)
{
    return entity == "category" || entity == "product" || entity == "location" || entity == "stock";
}

} // namespace

bool LoggedChange::visibleTo(const ChangeScope& scope) const
{
    if (isPublicEntity(entity))
        return true;
    if (entity == "promotion")
        return scope.promotions;
    // A store's drawers: its staff, managers and admins (never customers, kiosks or registers).
    if (entity == "cash_session" || entity == "cash_movement")
        return scope.allOrders || (!scope.store.isEmpty() && scopeStore == scope.store);
    // A return: the staff of the store that took it back and of the order's own store, the
    // order's customer.
    if (entity == "return")
        return scope.allOrders ||
               (!scope.store.isEmpty() && (scopeStore == scope.store || scopeStoreAlso == scope.store)) ||
               (!scope.user.isEmpty() && scopeUser == scope.user);
    // A customer's own data (addresses, wishlist, cart): that customer's devices, nobody else
    // (not staff, not managers: nothing of theirs needs a shopper's cart).
    if (entity == "address" || entity == "wishlist" || entity == "cart")
        return !scope.user.isEmpty() && scopeUser == scope.user;
    if (entity != "order")
        return false;
    // An empty scope field matches nothing, as a NULL parameter does in the SQL.
    return scope.allOrders || (!scope.store.isEmpty() && scopeStore == scope.store) ||
           (!scope.user.isEmpty() && scopeUser == scope.user) ||
           (!scope.device.isEmpty() && scopeDevice == scope.device);
}

std::vector<LoggedChange> SqlStore::changesAfter(qint64 since, int limit)
{
    auto st =
        conn().prepare("SELECT seq, entity, entity_id, op, data, scope_store, scope_user, scope_device, "
                       "scope_store_also FROM changes NOT INDEXED WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    st.bind(1, since).bind(2, qint64(limit));
    std::vector<LoggedChange> changes;
    while (st.step())
        changes.push_back(
            {encodeChange(st), std::string(st.textView(1)), st.text(5), st.text(6), st.text(7), st.text(8)});
    return changes;
}

std::vector<EncodedChange> SqlStore::changePage(qint64 since, int limit, const ChangeScope& scope)
{
    // NOT INDEXED: with its parameters unknown at prepare time, the planner otherwise picks a
    // multi-index OR over (entity, entity_id) and sorts every matching row of the log by seq for
    // each page (a second per 5,000-change page at 100,000 products). Walking the rowid from the
    // cursor reads only the page.
    // The same rule as LoggedChange::visibleTo.
    auto st = conn().prepare(
        "SELECT seq, entity, entity_id, op, data FROM changes NOT INDEXED WHERE seq > ?1 AND ("
        "entity IN ('category', 'product', 'location', 'stock') "
        "OR (entity = 'promotion' AND ?2) "
        "OR (entity = 'order' AND (?3 OR scope_store = ?4 OR scope_user = ?5 OR scope_device = ?6)) "
        "OR (entity IN ('cash_session', 'cash_movement') AND (?3 OR scope_store = ?4)) "
        "OR (entity = 'return' AND (?3 OR scope_store = ?4 OR scope_store_also = ?4 OR scope_user = ?5))"
        " OR (entity IN ('address', 'wishlist', 'cart') AND scope_user = ?5)"
        ") ORDER BY seq LIMIT ?7");
    st.bind(1, since)
        .bind(2, qint64(scope.promotions))
        .bind(3, qint64(scope.allOrders))
        .bindOptional(4, scope.store)
        .bindOptional(5, scope.user)
        .bindOptional(6, scope.device)
        .bind(7, qint64(limit));
    std::vector<EncodedChange> page;
    while (st.step())
        page.push_back(encodeChange(st));
    return page;
}

qint64 SqlStore::oldestValidCursor()
{
    return meta(u"tombstones_pruned_through"_qs).value_or(u"0"_qs).toLongLong();
}

bool SqlStore::canResumeFrom(qint64 since)
{
    const qint64 floor = oldestValidCursor();
    if (since == 0 || since >= floor)
        return true;
    std::lock_guard lock(m_issuedMutex);
    return m_issuedFloor == floor && m_issuedBelowFloor.contains(since);
}

void SqlStore::noteIssuedCursor(qint64 cursor)
{
    constexpr size_t kRemembered = 200000; // a few MB
    const qint64 floor = oldestValidCursor();
    if (cursor >= floor)
        return;
    std::lock_guard lock(m_issuedMutex);
    if (m_issuedFloor != floor) { // the floor rose: what was handed out before may miss tombstones
        m_issuedFloor = floor;
        m_issuedBelowFloor.clear();
        m_issuedOrder.clear();
    }
    if (!m_issuedBelowFloor.insert(cursor).second)
        return;
    m_issuedOrder.push_back(cursor);
    if (m_issuedOrder.size() > kRemembered) {
        m_issuedBelowFloor.erase(m_issuedOrder.front());
        m_issuedOrder.pop_front();
    }
}

int SqlStore::pruneTombstones(const QDateTime& olderThan)
{
    int pruned = 0;
    transaction([&] {
        auto last =
            conn().prepare("SELECT MAX(seq), COUNT(*) FROM changes WHERE op = 'delete' AND changed_at < ?");
        last.bind(1, olderThan.toSecsSinceEpoch());
        if (!last.step() || last.int64(1) == 0)
            return;
        const qint64 through = last.int64(0);
        pruned = int(last.int64(1));
        conn()
            .prepare("DELETE FROM changes WHERE op = 'delete' AND changed_at < ?")
            .bind(1, olderThan.toSecsSinceEpoch())
            .exec();
        if (through > oldestValidCursor())
            setMeta(u"tombstones_pruned_through"_qs, QString::number(through));
    });
    return pruned;
}

} // namespace comptoir::server
