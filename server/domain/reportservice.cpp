#include "domain/reportservice.h"

namespace comptoir::server {

ReportService::ReportService(Store& store) : m_store(store) {}

QJsonArray ReportService::sales(const ReportRange& range, const QString& groupBy)
{
    return m_store.salesReport(range, groupBy);
}

Page<QJsonObject> ReportService::topProducts(const ReportRange& range, int limit, const QString& cursor)
{
    return m_store.topProducts(range, limit, cursor);
}

} // namespace comptoir::server
