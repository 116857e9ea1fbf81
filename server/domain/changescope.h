#pragma once
// Which part of the change log a principal may read, for the pull feed and the live channel
// alike (API.md, Sync: scope).

#include "domain/principal.h"
#include "store/store.h"

namespace comptoir::server {

[[nodiscard]] ChangeScope changeScopeFor(const Principal& principal);

} // namespace comptoir::server
