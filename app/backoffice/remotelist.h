#pragma once
// A list the back office reads from the server as it is now (users, devices, promotions,
// closures, the audit trail): these are not in the device's cache, which holds only what the
// store floor needs offline. `path` is the route with its filters; every page is read (up to
// `maxItems`); the list reads again when `path` changes, on refresh(), and when one of
// `refreshOn` ("order", "product", "promotion"…) changes in the live feed.

#include "app/backoffice/liverefresh.h"
#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace comptoir::app {

class RemoteList : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString path READ path WRITE setPath NOTIFY pathChanged)
    Q_PROPERTY(QStringList refreshOn READ refreshOn WRITE setRefreshOn NOTIFY refreshOnChanged)
    Q_PROPERTY(int maxItems MEMBER m_maxItems NOTIFY maxItemsChanged)
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    Q_PROPERTY(int count READ count NOTIFY itemsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // Why the list could not be read, in words (empty when it was).
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit RemoteList(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QString& path() const { return m_path; }
    void setPath(const QString& path);
    [[nodiscard]] const QStringList& refreshOn() const { return m_live.entities(); }
    void setRefreshOn(const QStringList& entities);
    [[nodiscard]] const QVariantList& items() const { return m_items; }
    [[nodiscard]] int count() const { return int(m_items.size()); }
    [[nodiscard]] bool loading() const { return m_call != nullptr; }
    [[nodiscard]] const QString& message() const { return m_message; }

    Q_INVOKABLE void refresh();
    // The item whose `key` is `value` (an empty map when none).
    Q_INVOKABLE QVariantMap find(const QString& key, const QVariant& value) const;

signals:
    void sessionChanged();
    void pathChanged();
    void refreshOnChanged();
    void maxItemsChanged();
    void itemsChanged();
    void loadingChanged();
    void messageChanged();

private:
    void readPage(const QString& cursor);
    void setMessage(const QString& message);

    QPointer<Session> m_session;
    QString m_path;
    int m_maxItems = 1000;
    QVariantList m_items;
    QVariantList m_reading; // the pages read so far, shown once the last one is in
    QPointer<sync::OnlineCall> m_call;
    QString m_message;
    bool m_again = false; // asked to read again while reading
    LiveRefresh m_live{250};
};

} // namespace comptoir::app
