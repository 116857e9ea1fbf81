#pragma once
// A list model over the cache that follows the session it is given: it reads again when the
// session starts or stops syncing, when its store changes, and when an entity it shows changes
// ("product", "stock", ...). The view that creates the model sets its session; nothing is looked
// up globally.

#include "app/session/session.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class CacheListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)

public:
    // `watched`: the entities whose changes make the model read again.
    CacheListModel(QStringList watched, QObject* parent);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);

signals:
    void sessionChanged();

protected:
    // Read everything again (the session changed, or its sync client was replaced).
    virtual void reload() = 0;
    // A watched entity changed; by default, read everything again.
    virtual void entitiesChanged(const QStringList& entities);
    virtual void storeChanged() { reload(); }
    virtual void languageChanged() {}
    // The session's reads of the cache; null while it does not sync.
    [[nodiscard]] CatalogReader* catalog() const { return m_session ? m_session->catalog() : nullptr; }

private:
    QPointer<Session> m_session;
    QStringList m_watched;
};

} // namespace comptoir::app
