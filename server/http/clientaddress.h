#pragma once
// Who is calling, when a load balancer stands between: behind nginx every request comes from
// nginx's address, so rate limits (sign-in, password reset, analytics) would be shared by
// everyone and /metrics would take every caller for a local one. A proxy named trusted
// (`--trusted-proxies`) is believed about the address it saw; nobody else is, or a caller could
// pick its own address with a header.

#include <string>
#include <vector>

namespace comptoir::server {

// The caller's address: `peer` itself unless it is a trusted proxy; then the rightmost address
// of `forwardedFor` (X-Forwarded-For, appended to by each proxy) that is not a trusted proxy
// itself. A malformed entry is where the trust ends: the address before it (the proxy that
// wrote it) is the answer.
[[nodiscard]] std::string clientAddress(const std::string& peer, const std::string& forwardedFor,
                                        const std::vector<std::string>& trustedProxies);

} // namespace comptoir::server
