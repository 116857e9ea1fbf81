#include "app/shop/wishlist.h"

#include "app/core/applog.h"

namespace comptoir::app {

Wishlist::Wishlist(QObject* parent) : ProductShelf({u"wishlist"_qs, u"product"_qs}, parent) {}

bool Wishlist::toggle(const QString& productId)
{
    return send(productId, !contains(productId));
}

bool Wishlist::add(const QString& productId)
{
    return contains(productId) || send(productId, true);
}

bool Wishlist::remove(const QString& productId)
{
    return !contains(productId) || send(productId, false);
}

bool Wishlist::send(const QString& productId, bool in)
{
    if (productId.isEmpty() || !session() || !session()->sync())
        return false;
    sync::SyncClient& sync = *session()->sync();
    try {
        QStringList ids = CustomerReader(sync.cache().db()).wishlist();
        ids.removeAll(productId);
        if (in)
            ids.prepend(productId);
        // No entity id: the 204 answers carry no body to check against it.
        sync.enqueue({in ? u"PUT"_qs : u"DELETE"_qs, u"/me/wishlist/%1"_qs.arg(productId), {}, {}, {}, {}},
                     [&ids](sqlite::Connection& db) { CustomerReader::writeWishlist(db, ids); });
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "wishlist" << productId << e.what();
        return false;
    }
    reload();
    return true;
}

} // namespace comptoir::app
