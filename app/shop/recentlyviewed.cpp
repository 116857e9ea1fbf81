#include "app/shop/recentlyviewed.h"

namespace comptoir::app {

RecentlyViewed::RecentlyViewed(DeviceSettings& settings, QObject* parent)
    : ProductShelf({u"product"_qs}, parent), m_settings(settings)
{
}

void RecentlyViewed::remember(const QString& productId)
{
    if (productId.isEmpty())
        return;
    QStringList ids = m_settings.recentProducts();
    ids.removeAll(productId);
    ids.prepend(productId);
    m_settings.setRecentProducts(ids.mid(0, kKept));
    reload();
}

void RecentlyViewed::forgetAll()
{
    m_settings.setRecentProducts({});
    reload();
}

} // namespace comptoir::app
