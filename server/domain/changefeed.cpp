#include "domain/changefeed.h"

namespace comptoir::server {

ChangeFeed::ChangeFeed(Store& store) : m_store(store) {}

bool ChangeFeed::canResumeFrom(qint64 since)
{
    return m_store.canResumeFrom(since);
}

std::vector<EncodedChange> ChangeFeed::page(qint64 since, int limit, const ChangeScope& scope)
{
    return m_store.changePage(since, limit, scope);
}

void ChangeFeed::noteIssuedCursor(qint64 cursor)
{
    m_store.noteIssuedCursor(cursor);
}

} // namespace comptoir::server
