#pragma once
// The demo's sales history (issue 16, --demo-history-days): paid orders over the days before the
// first start, so the back office's charts have something to show. Written through the store's
// own paths (pricing, saveOrder, savePayment, saveRefund): each sale and refund appends its
// fiscal journal entry stamped at its time, the days close at start like any missed day, and
// `--verify-journal` holds. Stock does not move: the history is figures, not goods.

#include "store/store.h"

#include <QDateTime>

namespace comptoir::server::demo {

struct HistorySettings {
    int days = 90;        // the days before today (Europe/Paris), today excluded
    int ordersPerDay = 0; // over all stores; 0: about 120 (a quiet three-shop chain)
    quint32 seed = 16;    // the same history every time for the same settings and day
};

struct HistoryWritten {
    qint64 orders = 0;
    qint64 refunds = 0;
};

// Over the demo catalog's stores and SKUs, at opening hours (9:00–19:30 Paris, busier at lunch
// and after work, Saturdays busiest), by till, kiosk and web (collected in store), paid by cash,
// card or terminal; about one order in 40 refunded in part or whole later that day. One
// transaction a day. `now` sets "today".
HistoryWritten writeSalesHistory(Store& store, const HistorySettings& settings, const QDateTime& now);

} // namespace comptoir::server::demo
