#pragma once
// An order's status in the customer's words, the same in the list, the order's page and the
// desktop notification: the server's wire names ("ready_for_pickup") never reach the screen.

#include <QString>

namespace comptoir::app {

// `status` as the feed sends it; `fulfillment` ("pickup", "delivery", "carry_out") says whether
// it waits in a store or travels.
[[nodiscard]] QString orderStatusText(const QString& status, const QString& fulfillment);

} // namespace comptoir::app
