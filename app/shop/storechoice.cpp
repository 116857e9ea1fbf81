#include "app/shop/storechoice.h"

#include "app/core/applog.h"

namespace comptoir::app {

StoreChoice::StoreChoice(QObject* parent) : QObject(parent) {}

void StoreChoice::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::syncReplaced, this, &StoreChoice::read);
        connect(m_session, &Session::storeChanged, this, &StoreChoice::storeChanged);
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"location"_qs))
                read();
        });
    }
    emit sessionChanged();
    emit storeChanged();
    read();
}

void StoreChoice::choose(const QString& storeId)
{
    if (m_session)
        m_session->setStoreId(storeId);
}

void StoreChoice::read()
{
    QVariantList stores;
    CatalogReader* reader = m_session ? m_session->catalog() : nullptr;
    if (reader) {
        try {
            for (const LocationRow& store : reader->otherStores({}))
                stores.append(QVariantMap{{u"id"_qs, store.id}, {u"name"_qs, store.name}});
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "stores:" << e.what();
        }
    }
    if (stores == m_stores)
        return;
    m_stores = std::move(stores);
    emit storesChanged();
}

} // namespace comptoir::app
