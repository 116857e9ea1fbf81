#pragma once
// Storage of the change log: scoped pages for the feed, raw reads for the live hub, the
// tombstone window and the commit signal.

#include <QDateTime>
#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace comptoir::server {

// What part of the change log a principal may read (API.md, Sync: scope).
struct ChangeScope {
    bool promotions = false; // kiosks, staff and managers price carts offline
    bool allOrders = false;  // managers and admins: every store's orders, returns and cash sessions
    QString store;           // staff: orders, returns and cash sessions of this store
    QString user;            // customers: their own orders and their returns
    QString device;          // kiosks: the orders they placed
};

// One change, already encoded as the JSON object of the wire.
struct EncodedChange {
    qint64 seq = 0;
    std::string json;
};

// A change with what decides who may read it (the columns changePage's scope filter reads).
struct LoggedChange {
    EncodedChange change;
    std::string entity;
    QString scopeStore;
    QString scopeUser;
    QString scopeDevice;
    QString scopeStoreAlso; // a second store whose staff see it (a return: the order's own store)

    // The rule of changePage's SQL, for a change already read: the live hub reads a commit's
    // changes once and hands each socket what its scope sees.
    [[nodiscard]] bool visibleTo(const ChangeScope& scope) const;
};

class ChangeStore {
public:
    virtual ~ChangeStore() = default;

    // Changes after `since` that `scope` may see, ascending, at most `limit`.
    [[nodiscard]] virtual std::vector<EncodedChange> changePage(qint64 since, int limit,
                                                                const ChangeScope& scope) = 0;
    // Every change after `since`, whoever may see it, ascending, at most `limit`.
    [[nodiscard]] virtual std::vector<LoggedChange> changesAfter(qint64 since, int limit) = 0;
    // A cursor below this may have lost tombstones to the retention window.
    [[nodiscard]] virtual qint64 oldestValidCursor() = 0;
    // Whether a feed may resume from `since` (else 410: bootstrap again): zero, at or above the
    // tombstone floor, or handed out by this process after the floor last rose. A bootstrap's
    // cursors walk old seqs, and a scoped feed's cursor only moves with what its principal sees,
    // so both can lie below the floor and still be complete: the pruned tombstones were gone
    // before such a cursor was given.
    [[nodiscard]] virtual bool canResumeFrom(qint64 since) = 0;
    // Records a cursor the feed handed out (the `next` of a page or a live frame).
    virtual void noteIssuedCursor(qint64 cursor) = 0;
    // Deletes tombstones older than `olderThan` and moves oldestValidCursor past them.
    virtual int pruneTombstones(const QDateTime& olderThan) = 0;
    // Called after each commit that appended changes, with the last seq; never before commit.
    virtual void setCommitListener(std::function<void(qint64 lastSeq)> listener) = 0;
};

} // namespace comptoir::server
