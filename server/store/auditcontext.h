#pragma once
// Who a write is made for, so the audit trail (GET /audit) records it without any handler asking.
// The router opens an AuditScope around each mutating request of staff, managers, admins and
// devices; the store carries it to its writer thread (SqliteStore::transaction), where the
// temporary triggers of sqlitestore_audit.cpp read it through the SQL function comptoir_audit().
// Writes made outside a request (expiry sweeps, the demo seed) have no scope and are not recorded.

#include <QString>

namespace comptoir::server {

struct AuditContext {
    QString actor;     // the user id
    QString role;      // as the API spells it
    QString route;     // "PATCH /api/v1/products/{id}"
    QString requestId; // X-Request-Id
    // Rows the triggers wrote for this request (read from the writer thread while the request
    // thread waits on it): none means the request records one row of its own.
    int recorded = 0;
};

// The scope of the request this thread works for, or null.
[[nodiscard]] AuditContext* currentAuditContext();

// Sets this thread's scope for its lifetime, restoring the previous one after.
class AuditScope {
public:
    explicit AuditScope(AuditContext* context);
    ~AuditScope();
    AuditScope(const AuditScope&) = delete;
    AuditScope& operator=(const AuditScope&) = delete;

private:
    AuditContext* m_previous;
};

} // namespace comptoir::server
