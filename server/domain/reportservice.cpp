#include "domain/reportservice.h"

#include "domain/errors.h"

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

QJsonArray ReportService::vat(const ReportRange& range, const LocationId& store)
{
    if (!store.isEmpty() && !m_store.location(store))
        throw Invalid::malformed(u"store_id is not a known location."_qs, u"store_id"_qs);
    return m_store.vatReport(range, store);
}

Page<QJsonObject> ReportService::audit(const AuditQuery& query)
{
    return m_store.audit(query);
}

} // namespace comptoir::server
