#include "app/catalog/cachelistmodel.h"

namespace comptoir::app {

CacheListModel::CacheListModel(QStringList watched, QObject* parent)
    : QAbstractListModel(parent), m_watched(std::move(watched))
{
}

void CacheListModel::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::syncReplaced, this, &CacheListModel::reload);
        connect(m_session, &Session::storeChanged, this, &CacheListModel::storeChanged);
        connect(m_session, &Session::languageChanged, this, &CacheListModel::languageChanged);
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (std::any_of(m_watched.begin(), m_watched.end(),
                            [&](const QString& e) { return entities.contains(e); }))
                entitiesChanged(entities);
        });
    }
    emit sessionChanged();
    reload();
}

void CacheListModel::entitiesChanged(const QStringList&)
{
    reload();
}

} // namespace comptoir::app
