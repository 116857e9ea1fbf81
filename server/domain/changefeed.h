#pragma once
// The change feed as the pull endpoint reads it: where a client may resume, pages filtered by
// what its principal may see, and the cursors handed out (so a resumable cursor stays valid).

#include "store/store.h"

namespace comptoir::server {

class ChangeFeed {
public:
    explicit ChangeFeed(Store& store);

    // False when `since` may have lost tombstones: the client must bootstrap again.
    [[nodiscard]] bool canResumeFrom(qint64 since);
    [[nodiscard]] std::vector<EncodedChange> page(qint64 since, int limit, const ChangeScope& scope);
    void noteIssuedCursor(qint64 cursor);

private:
    Store& m_store;
};

} // namespace comptoir::server
