#pragma once
// The window every report reads: `from` and `to` as RFC 3339 times or dates, the last 30 days up
// to now when absent; a bad one, or `to` not after `from`, is 400 naming the parameter.

#include "http/requestcontext.h"
#include "store/orderstore.h"

namespace comptoir::server {

[[nodiscard]] ReportRange readReportRange(const RequestContext& ctx);

} // namespace comptoir::server
