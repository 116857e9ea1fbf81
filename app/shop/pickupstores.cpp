#include "app/shop/pickupstores.h"

#include "app/cart/cart.h"
#include "app/core/applog.h"

namespace comptoir::app {

PickupStores::PickupStores(QObject* parent) : QObject(parent) {}

void PickupStores::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"stock"_qs) || entities.contains(u"location"_qs) ||
                entities.contains(u"product"_qs))
                reload();
        });
        connect(m_session, &Session::syncReplaced, this, &PickupStores::reload);
    }
    emit inputsChanged();
    reload();
}

void PickupStores::setCart(Cart* cart)
{
    if (cart == m_cart)
        return;
    if (m_cart)
        disconnect(m_cart, nullptr, this, nullptr);
    m_cart = cart;
    if (m_cart)
        connect(m_cart, &Cart::changed, this, &PickupStores::reload);
    emit inputsChanged();
    reload();
}

QString PickupStores::nameOf(const QString& locationId) const
{
    for (const QVariant& v : m_stores) {
        const QVariantMap store = v.toMap();
        if (store.value(u"locationId"_qs).toString() == locationId)
            return store.value(u"name"_qs).toString();
    }
    return {};
}

void PickupStores::reload()
{
    QVariantList complete;
    QVariantList lacking;
    CatalogReader* catalog = m_session ? m_session->catalog() : nullptr;
    StockReader* stock = m_session ? m_session->stock() : nullptr;
    if (catalog && stock && m_cart) {
        try {
            for (const LocationRow& store : catalog->otherStores({})) {
                QStringList missing;
                for (const CartItem& item : m_cart->items()) {
                    if (!item.sellable)
                        continue;
                    const auto level = stock->item(item.sku, store.id);
                    const qint64 available = level ? level->available() : 0;
                    if (available >= item.quantity)
                        continue;
                    const QString name =
                        item.details.isEmpty() ? item.name : item.name + u", "_qs + item.details;
                    missing << (available > 0 ? tr("%1 (only %2)").arg(name).arg(available) : name);
                }
                QVariantMap row{
                    {u"locationId"_qs, store.id},
                    {u"name"_qs, store.name},
                    {u"complete"_qs, missing.isEmpty()},
                    {u"missingText"_qs,
                     missing.isEmpty() ? QString() : tr("Missing here: %1").arg(missing.join(u"; "_qs))}};
                (missing.isEmpty() ? complete : lacking).append(row);
            }
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "pickup stores:" << e.what();
        }
    }
    m_completeCount = int(complete.size());
    m_stores = complete + lacking;
    emit storesChanged();
}

} // namespace comptoir::app
