#pragma once
// The server's store in SQL, written once for every engine that holds it: SQLite for one store
// (SqliteStore) and, for several server processes, PostgreSQL. The statements use SQLite's
// dialect and `?` placeholders (store/sql/sqlconnection.h); what differs per engine (connections,
// transactions and how writes are serialized, the schema, full-text search) is the subclass's.

#include "store/auditcontext.h"
#include "store/fiscalkey.h"
#include "store/groupcommit.h"
#include "store/sql/sqlconnection.h"
#include "store/store.h"

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_set>

namespace comptoir::server {

class SqlStore : public Store {
public:
    explicit SqlStore(FiscalKey fiscalKey);
    ~SqlStore() override;

    // Runs `work` in one write transaction of a batch (GroupCommit); joins an enclosing one.
    void transaction(const std::function<void()>& work) override;

    std::optional<QString> meta(const QString& key) override;
    void setMeta(const QString& key, const QString& value) override;

    User createUser(const NewUser& user) override;
    std::optional<Credentials> credentials(const QString& email) override;
    std::optional<User> user(const UserId& id) override;
    bool hasAdmin() override;
    void saveToken(const QByteArray& tokenHash, const UserId& user, const QDateTime& expiresAt,
                   const UserId& registerId) override;
    std::optional<TokenOwner> userForToken(const QByteArray& tokenHash, const QDateTime& now) override;
    std::optional<PinCredentials> pinCredentials(const QString& email) override;
    void setPin(const UserId& user, const QString& pinHash) override;
    bool takePinAttempt(const UserId& user, int limit) override;
    void clearPinAttempts(const UserId& user) override;
    void revokeToken(const QByteArray& tokenHash) override;
    quint64 tokenRevocations() override { return m_tokenRevocations.load(); }
    void createDevice(const QString& deviceId, const QString& name, const User& deviceUser) override;

    QList<Category> categories() override;
    bool categoryExists(const CategoryId& id) override;
    void putCategory(const Category& category) override;
    std::optional<StoredProduct> productJson(const ProductId& id) override;
    std::optional<Product> product(const ProductId& id) override;
    RawPage products(const ProductQuery& query) override;
    Product createProduct(Product product) override;
    Product updateProduct(Product product, qint64 expectedVersion) override;
    Product archiveProduct(const ProductId& id) override;
    quint64 catalogVersion() const override { return m_catalogVersion.load(); }

    QList<Location> locations() override;
    std::optional<Location> location(const LocationId& id) override;
    void putLocation(const Location& location) override;

    Page<StockLevel> stockLevels(const StockQuery& query) override;
    StockLevel adjustStock(const Adjustment& adjustment) override;
    TransferResult transferStock(const Transfer& transfer) override;
    Page<Movement> movements(const StockQuery& query) override;

    std::optional<std::pair<QByteArray, StoredResponse>> idempotencyRecord(const QString& scope,
                                                                           const QString& key) override;
    void saveIdempotencyRecord(const QString& scope, const QString& key, const QByteArray& requestHash,
                               const StoredResponse& response) override;
    void purgeIdempotencyRecords(const QDateTime& olderThan) override;

    std::optional<SkuInfo> skuInfo(const QString& sku) override;
    StockLevel stockLevel(const QString& sku, const LocationId& location) override;
    std::optional<qint64> reserveStock(const QString& sku, const LocationId& location, qint64 quantity,
                                       const OrderId& order, bool force) override;
    void releaseStock(const QString& sku, const LocationId& location, qint64 quantity, const OrderId& order,
                      const QString& reason) override;
    void consumeStock(const QString& sku, const LocationId& location, qint64 quantity,
                      const OrderId& order) override;
    void recordStockAlert(const QString& sku, const LocationId& location, const OrderId& order,
                          const QString& reason) override;
    QString nextOrderNumber(const QString& prefix) override;
    void saveOrder(OrderRecord& record, bool isNew) override;
    std::optional<qint64> orderVersion(const OrderId& id) override;
    std::optional<OrderRecord> order(const OrderId& id) override;
    Page<Order> orders(const OrderQuery& query) override;
    QList<OrderId> expiredOrders(const QDateTime& now, int limit) override;

    std::optional<Promotion> promotion(const QString& code) override;
    QList<Promotion> promotions() override;
    void createPromotion(const Promotion& promotion) override;
    bool takePromotionUse(const QString& code) override;
    void returnPromotionUse(const QString& code) override;

    void saveCardToken(const CardToken& token) override;
    std::optional<CardToken> cardToken(const QString& token) override;
    void markCardTokenUsed(const QString& token) override;
    std::optional<GatewayCharge> gatewayCharge(const QString& key) override;
    void saveGatewayCharge(const QString& key, const GatewayCharge& charge) override;
    std::optional<GatewayCharge> gatewayChargeByReference(const QString& reference) override;
    std::optional<GatewayRefund> gatewayRefund(const QString& key) override;
    qint64 gatewayRefundedTotal(const QString& chargeReference) override;
    void saveGatewayRefund(const QString& key, const GatewayRefund& refund) override;
    void savePayment(const PaymentRecord& record, bool isNew) override;
    std::optional<PaymentRecord> payment(const QString& id) override;
    QList<PaymentRecord> payments(const OrderId& order) override;
    void saveRefund(const RefundRecord& refund) override;
    std::optional<QString> paymentIdForReference(const QString& gatewayReference) override;
    bool recordWebhookEvent(const QString& id, const QString& type) override;
    void enqueueWebhookEvent(const QString& eventId, const QByteArray& body, const QDateTime& dueAt) override;
    QList<OutboxEvent> dueWebhookEvents(const QDateTime& now, int limit) override;
    std::optional<QDateTime> nextWebhookEventDue() override;
    void webhookEventDelivered(qint64 id) override;
    void webhookEventFailed(qint64 id, int attempts, const QDateTime& nextAttempt,
                            const QString& error) override;

    void saveCashSession(const CashSessionRecord& record, bool isNew) override;
    std::optional<CashSessionRecord> cashSession(const QString& id) override;
    std::optional<CashSessionRecord> openCashSession(const UserId& registerId) override;
    Page<CashSessionRecord> cashSessions(const CashSessionQuery& query) override;
    void saveCashMovement(const CashMovement& movement, const LocationId& store) override;
    CashSessionFigures cashSessionFigures(const QString& sessionId, const QString& currency) override;

    QHash<QString, qint64> returnedQuantities(const OrderId& order) override;
    void saveReturn(const ReturnRecord& record) override;
    QList<ReturnRecord> returns(const OrderId& order) override;
    StockLevel restock(const QString& sku, const LocationId& location, qint64 quantity,
                       const QString& returnId, const QString& actor) override;

    QJsonArray salesReport(const ReportRange& range, const QString& groupBy) override;
    Page<QJsonObject> topProducts(const ReportRange& range, int limit, const QString& cursor) override;
    Page<StockLevel> lowStock(const LocationId& location, qint64 threshold, int limit,
                              const QString& cursor) override;

    std::vector<EncodedChange> changePage(qint64 since, int limit, const ChangeScope& scope) override;
    std::vector<LoggedChange> changesAfter(qint64 since, int limit) override;
    qint64 oldestValidCursor() override;
    bool canResumeFrom(qint64 since) override;
    void noteIssuedCursor(qint64 cursor) override;
    int pruneTombstones(const QDateTime& olderThan) override;
    void setCommitListener(std::function<void(qint64 lastSeq)> listener) override;

    // Analytics events and the funnel (sqlitestore_analytics.cpp).
    void appendEvents(const QList<AnalyticsEvent>& events) override;
    void setOrderSession(const OrderId& order, const QString& sessionId) override;
    FunnelCounts funnel(const FunnelQuery& query) override;
    // Accounts and the mail outbox (sqlitestore_accounts.cpp, sqlitestore_mail.cpp).
    int revokeTokensExcept(const UserId& user, const QByteArray& keep) override;
    std::optional<Profile> profile(const UserId& user) override;
    void updateProfile(const UserId& user, const QString& name, const Profile& profile) override;
    void setPasswordHash(const UserId& user, const QString& passwordHash) override;
    void savePasswordReset(const QByteArray& tokenHash, const UserId& user,
                           const QDateTime& expiresAt) override;
    std::optional<UserId> passwordResetOwner(const QByteArray& tokenHash, const QDateTime& now) override;
    std::optional<UserId> takePasswordReset(const QByteArray& tokenHash, const QDateTime& now) override;
    bool enqueueMail(const NewMail& mail) override;
    std::optional<ClaimedMail> claimMail(const QDateTime& now, const QDateTime& leaseUntil) override;
    void mailSent(qint64 id, const QDateTime& at) override;
    void mailFailed(qint64 id, const QDateTime& nextAttempt, const QString& error) override;
    std::optional<QDateTime> nextMailDue() override;
    // A customer's own data (sqlitestore_customers.cpp).
    QList<Address> addresses(const UserId& customer) override;
    std::optional<Address> address(const UserId& customer, const QString& id) override;
    bool addAddress(const Address& address, int limit) override;
    bool updateAddress(const Address& address) override;
    bool deleteAddress(const UserId& customer, const QString& id) override;
    QList<WishlistItem> wishlist(const UserId& customer) override;
    WishlistAdd addToWishlist(const UserId& customer, const ProductId& product, int limit) override;
    void removeFromWishlist(const UserId& customer, const ProductId& product) override;
    SavedCart cart(const UserId& customer) override;
    std::optional<SavedCart> replaceCart(const UserId& customer, const SavedCart& cart,
                                         qint64 expectedVersion) override;
    // The fiscal journal (sqlitestore_fiscal.cpp).
    QByteArray fiscalPublicKey() override;
    QList<JournalEntry> journal(qint64 since, int limit, const QString& storeId) override;
    JournalCheck verifyJournal() override;
    // --verify-journal's choice of signatures to verify (store/fiscaljournal.h).
    JournalCheck verifyJournal(fiscal::SignatureCheck signatures);
    void setRecordingTime(std::optional<QDateTime> at) override { m_recordingTime = std::move(at); }
    QByteArray fiscalSign(const QByteArray& message) override;
    std::optional<JournalEntry> journalEntry(qint64 seq) override;
    JournalEntry appendJournalEntry(const NewJournalEntry& entry) override;
    void forEachRecordedEntry(const QString& storeId, qint64 after,
                              const std::function<bool(const JournalEntry&)>& visit) override;
    QList<JournalEntry> closures(const ClosureQuery& query) override;
    std::optional<JournalEntry> closure(const QString& storeId, const QString& period,
                                        const QString& date) override;
    std::optional<JournalEntry> lastClosure(const QString& storeId, const QString& period) override;
    qint64 closedThroughSeq(const QString& storeId) override;
    QList<std::pair<QString, QString>> journalStores() override;
    qint64 reprintCount(const QString& orderId) override;

    // The back office (issue 16, backroutes): people, devices, promotions' edits, the audit
    // trail, the VAT summary and product images (sqlitestore_backoffice.cpp, sqlitestore_audit.cpp).
    Page<UserRecord> users(const UserQuery& query) override;
    std::optional<UserRecord> userRecord(const UserId& id) override;
    UserRecord updateUser(const UserId& id, const UserPatch& patch) override;
    QList<DeviceRecord> devices(const LocationId& store) override;
    std::optional<DeviceRecord> device(const QString& id) override;
    bool revokeDevice(const QString& id) override;
    Promotion updatePromotion(const QString& code, const PromotionPatch& patch,
                              qint64 expectedVersion) override;
    Page<QJsonObject> audit(const AuditQuery& query) override;
    void recordRequestAudit(const QString& target) override;
    QJsonArray vatReport(const ReportRange& range, const LocationId& store) override;
    Product setProductImage(const ProductId& id, const ProductImage& image) override;
    std::optional<ProductImage> productImage(const ProductId& id) override;

protected:
    // What this thread's write transaction did that matters once it commits.
    struct TransactionEffects {
        qint64 lastSeq = 0; // the change log's highest seq it wrote (0: none)
        bool catalogTouched = false;
    };
    static TransactionEffects& transactionEffects();
    // This thread's connection: the one of the write transaction it runs, if any (writer()).
    virtual sql::Connection& conn() = 0;
    // The writer connection while this thread runs one of this store's batches, else null.
    [[nodiscard]] sql::Connection* writer() const;
    // Runs one batch of writes (see GroupCommit::BatchRunner) on the engine's writer connection:
    // runBatch() does the work, given the connection and how to open the transaction.
    virtual void commitBatch(const std::vector<GroupCommit::Write*>& batch) = 0;
    // The batch in one transaction that `begin` opens, each write in its own savepoint (one that
    // fails, a 409 or a 422, leaves no trace and does not take the others down), then COMMIT.
    // Returns what the batch did, for publishCommit() once the engine has done its part.
    TransactionEffects runBatch(sql::Connection& writer, const std::vector<GroupCommit::Write*>& batch,
                                const std::function<void()>& begin);
    // After a commit that deleted sign-in tokens: the live hubs recheck their sockets' tokens.
    virtual void tokensRevoked() { ++m_tokenRevocations; }
    // Runs a write of a request the audit trail records, on the writer thread inside the batch:
    // the triggers learn who makes it (sqlitestore_audit.cpp; PostgreSQL's from settings).
    virtual void runAudited(AuditContext& audit, const std::function<void()>& work);
    // Ends the writer thread once what is queued is committed; the engine's destructor calls it
    // first, while its connections are alive.
    void stopWrites() { m_groupCommit.stop(); }

    // Full-text search in the engine's own index (products_fts: FTS5 on SQLite, a tsvector on
    // PostgreSQL), with the same semantics: every typed term must match, the last as a prefix.
    struct FullTextSql {
        // FROM and WHERE of the active products matching the query (one `?`): aliases p and f.
        const char* matches;
        // The ORDER BY expression of relevance, best first, over the aliases of `matches`.
        const char* rank;
        // One page of products.json by relevance: `?` query, limit, offset.
        const char* relevancePage;
    };
    [[nodiscard]] virtual const FullTextSql& fullTextSql() const = 0;
    // The engine's query for what a person typed; empty when nothing searchable was typed.
    [[nodiscard]] virtual QString fullTextQuery(const QString& typed) const = 0;
    // The expression sort=name orders products on (alias p), in SQLite's NOCASE order on both
    // engines: ASCII letters folded, then bytes. Compared with a name whose A-Z were folded.
    [[nodiscard]] virtual const char* productNameKey() const = 0;
    // After a commit, never before (a reader that saw the old version computed old data): the
    // search cache's catalog version, then the live hub's listener.
    void publishCommit(const TransactionEffects& effects);

    // The fiscal journal's last seq and hash, kept by the writing thread only (appendJournalEntry);
    // none: read it from the table at the next append (at start, after a rolled-back batch).
    struct JournalTip {
        qint64 seq = 0;
        QString hash;
    };
    std::optional<JournalTip> m_journalTip;
    // setRecordingTime: the instant the demo's generated history is written at; none: now.
    std::optional<QDateTime> m_recordingTime;
    [[nodiscard]] QDateTime recordingTime() const
    {
        return m_recordingTime.value_or(QDateTime::currentDateTimeUtc());
    }

private:
    // The sales report's groups that are not one row per order (sqlitestore_reports.cpp).
    QJsonArray salesByPaymentMethod(const ReportRange& range);
    QJsonArray salesByCategory(const ReportRange& range);
    // Appends (compacting) a change for an entity; must run inside a write transaction.
    void appendChange(const QString& entity, const QString& id, ChangeOp op, const std::string& data,
                      const QString& scopeStore = {}, const QString& scopeUser = {},
                      const QString& scopeDevice = {}, const QString& scopeStoreAlso = {});
    void writeProduct(Product& product, bool isNew);
    RawPage searchByRelevance(const QString& match, const ProductQuery& query);
    StockLevel applyStockDelta(const QString& sku, const LocationId& location, qint64 onHandDelta,
                               qint64 reservedDelta, const QString& cause, const QString& causeId,
                               const QString& reason, const QString& actor);
    StockLevel readStock(const QString& sku, const LocationId& location);
    bool skuExists(const QString& sku);
    // Appends the customer's whole wishlist as one change; inside a write transaction.
    void appendWishlistChange(const UserId& customer);
    // Appends a sealed entry to the fiscal journal; inside the write transaction of the event.
    void appendJournal(const QString& type, const QString& storeId, const QString& registerId,
                       const QString& ref, const QJsonObject& data);
    // The journal entries an order's save calls for: a sale when it becomes paid, a cancellation
    // when a paid one is cancelled. `before` is the status stored before this save (empty: new).
    QString storedOrderStatus(const OrderId& id);
    void journalOrderTransition(const OrderRecord& record, const QString& before);
    void journalRefund(const RefundRecord& refund);
    void journalCashMovement(const CashMovement& movement, const LocationId& store);
    // The register a drawer session belongs to (empty when none).
    QString registerOfCashSession(const QString& sessionId);

    // Signs the fiscal journal.
    FiscalKey m_fiscalKey;
    GroupCommit m_groupCommit;
    std::function<void(qint64)> m_commitListener;
    std::atomic<quint64> m_catalogVersion{1};
    std::atomic<quint64> m_tokenRevocations{0};
    // Cursors handed out below the tombstone floor since it last rose (see canResumeFrom), in
    // memory and bounded: after a restart, or past the bound, such a client bootstraps again.
    std::mutex m_issuedMutex;
    qint64 m_issuedFloor = -1;
    std::unordered_set<qint64> m_issuedBelowFloor;
    std::deque<qint64> m_issuedOrder;
};

} // namespace comptoir::server
