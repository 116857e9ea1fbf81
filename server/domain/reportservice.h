#pragma once
// Sales figures for managers: totals by day, store or channel, and the best-selling products.

#include "store/store.h"

namespace comptoir::server {

class ReportService {
public:
    explicit ReportService(Store& store);

    // `groupBy` is day, store or channel.
    [[nodiscard]] QJsonArray sales(const ReportRange& range, const QString& groupBy);
    [[nodiscard]] Page<QJsonObject> topProducts(const ReportRange& range, int limit, const QString& cursor);

    // The back office (issue 16): sales by VAT rate, and the audit trail.
    [[nodiscard]] QJsonArray vat(const ReportRange& range, const LocationId& store);
    [[nodiscard]] Page<QJsonObject> audit(const AuditQuery& query);

private:
    Store& m_store;
};

} // namespace comptoir::server
