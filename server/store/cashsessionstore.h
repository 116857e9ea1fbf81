#pragma once
// Storage of cash sessions (a register's drawer from opening to closing), their pay-ins and
// pay-outs, and the aggregates a session's report is made of.

#include "comptoir/domain.h"
#include "store/page.h"
#include "store/paymentstore.h"

#include <optional>
#include <string>

namespace comptoir::server {

struct CashSessionRecord {
    CashSession session;
    // The Z report as it was at the close, encoded (empty while open): kept, never recomputed.
    std::string closingReport;
};

struct CashSessionQuery {
    LocationId store; // empty: every store
    QString status;   // empty: open and closed
    int limit = 50;
    QString cursor;
};

// Payments or refunds of one method in a session.
struct MethodTotal {
    QString method;
    qint64 count = 0;
    qint64 amount = 0;
};

// What a session's report is computed from, each figure one aggregate over the session's rows.
struct CashSessionFigures {
    qint64 orders = 0;             // distinct orders with a payment in the session
    QList<MethodTotal> payments;   // by method, gross, declined payments left out; ordered by method
    QList<MethodTotal> refunds;    // by method (how the money went back); ordered by method
    QList<CashMovement> movements; // in the order they were made
    // The VAT of the session's payments minus that of its refunds, by rate, highest rate first.
    QList<TaxShare> taxes;
};

class CashSessionStore {
public:
    virtual ~CashSessionStore() = default;

    // Writes the session (a new one, or its close) and its change, scoped to its store.
    virtual void saveCashSession(const CashSessionRecord& record, bool isNew) = 0;
    [[nodiscard]] virtual std::optional<CashSessionRecord> cashSession(const QString& id) = 0;
    // The session open on a register, if any.
    [[nodiscard]] virtual std::optional<CashSessionRecord> openCashSession(const UserId& registerId) = 0;
    // Newest first.
    [[nodiscard]] virtual Page<CashSessionRecord> cashSessions(const CashSessionQuery& query) = 0;
    // Writes a movement and its change, scoped to `store`.
    virtual void saveCashMovement(const CashMovement& movement, const LocationId& store) = 0;
    [[nodiscard]] virtual CashSessionFigures cashSessionFigures(const QString& sessionId,
                                                                const QString& currency) = 0;
};

} // namespace comptoir::server
