#pragma once
// The customer's store ("my store") at home: the stores of the cache to choose from, and the
// choice given to the session, whose store every stock figure and the "in stock at my store"
// facet then follow. A shop started with --store has it fixed.

#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace comptoir::app {

class StoreChoice : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // [{id, name}] by name
    Q_PROPERTY(QVariantList stores READ stores NOTIFY storesChanged)
    Q_PROPERTY(QString storeId READ storeId NOTIFY storeChanged)

public:
    explicit StoreChoice(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QVariantList& stores() const { return m_stores; }
    [[nodiscard]] QString storeId() const { return m_session ? m_session->storeId() : QString(); }

    Q_INVOKABLE void choose(const QString& storeId);

signals:
    void sessionChanged();
    void storesChanged();
    void storeChanged();

private:
    void read();
    QPointer<Session> m_session;
    QVariantList m_stores;
};

} // namespace comptoir::app
