#pragma once
// Sales the till completed offline that the server then refused: the customer paid and left, so
// the sale is a fact the store's records now lack. The outbox keeps such an entry as rejected;
// this says it to the staff in words, on every screen of the console, until someone has dealt
// with it and dismisses it (a manager records the sale again, or sorts out the cash).

#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>

namespace comptoir::app {

class RefusedSales : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // Oldest first: {entryId, text}, the text a sentence a cashier understands.
    Q_PROPERTY(QVariantList sales READ sales NOTIFY salesChanged)
    Q_PROPERTY(int count READ count NOTIFY salesChanged)

public:
    explicit RefusedSales(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QVariantList& sales() const { return m_sales; }
    [[nodiscard]] int count() const { return int(m_sales.size()); }

    // Dealt with: the sale and what was queued after it for the same order leave the list.
    Q_INVOKABLE void dismiss(qint64 entryId);

signals:
    void sessionChanged();
    void salesChanged();

private:
    void watch();
    void reload();
    [[nodiscard]] static QString why(int status, const QString& reason);
    // The order an outbox entry belongs to (the order, its payment, its hand-over); empty: none.
    [[nodiscard]] static QString saleOf(const QVariantMap& entry);

    QPointer<Session> m_session;
    QPointer<sync::SyncClient> m_sync;
    QVariantList m_sales;
    QSet<QString> m_dismissed; // the orders dealt with: what of them is refused later goes too
};

} // namespace comptoir::app
