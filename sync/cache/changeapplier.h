#pragma once
// Applies pages of change envelopes (API.md, Sync) from the pull endpoint or the live channel to
// the local cache: one transaction per page, the cursor moving with the data it covers, changes
// at or below the cursor skipped (both paths are idempotent on seq).

#include "sync/cache/decodedpage.h"
#include "sync/cache/localcache.h"

#include <QJsonArray>
#include <QSet>
#include <QString>

namespace comptoir::sync {

struct ApplyResult {
    int applied = 0;
    int skipped = 0;           // already covered by the cursor
    int unknown = 0;           // entities this client does not know (a newer server): logged, passed over
    int invalid = 0;           // known entities whose data could not be read: logged, passed over
    QSet<QString> entities;    // which kinds changed, for the views to refresh
    QSet<QString> orderIds;    // orders that changed, for anyone waiting on one
    qint64 cursor = 0;         // the cursor after the page
    bool bulkLoadOpen = false; // a bootstrap's bulk load is still to be finished (LocalCache)
};

class ChangeApplier {
public:
    explicit ChangeApplier(LocalCache& cache) : m_cache(cache) {}

    enum class Bootstrap {
        RowByRow,
        // Into an empty cache, start a bulk load (LocalCache::beginBulkLoad); whoever asks for
        // it calls LocalCache::finishBulkLoad once at the head of the feed.
        BulkLoad,
    };
    // `changes` is the envelope array of a page and `next` its cursor (decodes, then applies).
    ApplyResult applyPage(const QJsonArray& changes, qint64 next, Bootstrap bootstrap = Bootstrap::RowByRow);
    ApplyResult applyPage(const DecodedPage& page, Bootstrap bootstrap = Bootstrap::RowByRow);

private:
    void applyOne(const DecodedChange& change);
    void putProduct(const QByteArray& id, const ProductRow& product);
    void deleteProduct(const QByteArray& id);
    bool catalogIsEmpty();
    LocalCache& m_cache;
};

} // namespace comptoir::sync
