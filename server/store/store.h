#pragma once
// The storage interface of the server: one interface per aggregate (catalog, cash sessions,
// inventory, orders, payments, returns, users, changes, analytics events, customers' accounts and
// their data, the mail outbox, the fiscal journal), combined with what spans them (the transaction,
// idempotency records, metadata). SQLite implements it today; a PostgreSQL backend can implement it later,
// aggregate by aggregate, without touching the API or domain layers. Every mutating method is atomic, appends
// to the change log in the same transaction, and joins an enclosing transaction() when called
// inside one.

#include "store/accountstore.h"
#include "store/analyticsstore.h"
#include "store/backofficestore.h"
#include "store/cashsessionstore.h"
#include "store/catalogstore.h"
#include "store/changestore.h"
#include "store/customerstore.h"
#include "store/fiscalstore.h"
#include "store/inventorystore.h"
#include "store/mailstore.h"
#include "store/orderstore.h"
#include "store/paymentstore.h"
#include "store/returnstore.h"
#include "store/userstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <string>
#include <utility>

namespace comptoir::server {

// The answer a request produced, kept for idempotent replays.
struct StoredResponse {
    int status = 0;
    std::string body;
};

class Store : public CatalogStore,
              public CashSessionStore,
              public InventoryStore,
              public OrderStore,
              public PaymentStore,
              public ReturnStore,
              public UserStore,
              public ChangeStore,
              public AnalyticsStore,
              public AccountStore,
              public MailStore,
              public CustomerStore,
              public FiscalStore,
              public BackOfficeStore { // issue 16: the back office (backroutes)
public:
    ~Store() override = default;

    [[nodiscard]] virtual bool isReady() = 0;
    // Whether this process runs the work that must run once for all the servers of a database
    // (the expiry sweep, the webhook sender, the fiscal closer): always with one process on its
    // own file; with several, the one holding a lock in the database, taken over by another
    // within seconds when it dies.
    [[nodiscard]] virtual bool isLeader() { return true; }
    [[nodiscard]] virtual int schemaVersion() = 0;
    [[nodiscard]] virtual std::optional<QString> meta(const QString& key) = 0;
    virtual void setMeta(const QString& key, const QString& value) = 0;

    // Runs `work` in one write transaction (BEGIN IMMEDIATE); joins an enclosing one.
    virtual void transaction(const std::function<void()>& work) = 0;

    // Idempotency records, read and written inside the caller's transaction.
    [[nodiscard]] virtual std::optional<std::pair<QByteArray, StoredResponse>>
    idempotencyRecord(const QString& scope, const QString& key) = 0;
    virtual void saveIdempotencyRecord(const QString& scope, const QString& key,
                                       const QByteArray& requestHash, const StoredResponse& response) = 0;
    virtual void purgeIdempotencyRecords(const QDateTime& olderThan) = 0;
};

} // namespace comptoir::server
