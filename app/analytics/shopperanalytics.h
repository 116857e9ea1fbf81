#pragma once
// What shoppers do on a kiosk or in the desktop shop (product viewed, added to the cart, checkout
// begun), recorded under an anonymous session id and sent in batches through the outbox as
// POST /events (API.md "Analytics"). Mode-independent: a mode gives its channel and calls it
// where the shopper acts. The session id is random, kept in memory only, rotated after 30 minutes
// without activity or when the shopper leaves (App::endSession), and never tied to an account:
// batches go without anyone's token. The order placed in the session carries its id.

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <chrono>
#include <functional>

namespace comptoir::app {

class Session;

class ShopperAnalytics : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App makes the one recorder of a shopping mode")
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY sessionIdChanged)

public:
    struct Settings {
        std::chrono::milliseconds idleRotation = std::chrono::minutes(30);
        std::chrono::milliseconds flushInterval = std::chrono::seconds(20);
        int maxBatch = 100;                                 // events in one POST /events (API.md)
        std::chrono::hours maxAge = std::chrono::hours(24); // older events are dropped, never sent
        int maxBuffered = 1000;                             // waiting for a sync client; the oldest go first
        std::function<QDateTime()> now;                     // the clock (tests); default the system's, UTC
    };

    // `channel` is "kiosk" or "web" (API.md).
    ShopperAnalytics(Session& session, QString channel, Settings settings, QObject* parent = nullptr);
    ShopperAnalytics(Session& session, QString channel, QObject* parent = nullptr)
        : ShopperAnalytics(session, std::move(channel), Settings{}, parent)
    {
    }

    // The current session's id; a new one when the last activity is older than the idle limit.
    [[nodiscard]] QString sessionId();

    Q_INVOKABLE void productViewed(const QString& productId, const QString& sku = {});
    Q_INVOKABLE void addedToCart(const QString& productId, const QString& sku);
    Q_INVOKABLE void checkoutBegun();
    // Hands the recorded events to the outbox now, in batches of at most maxBatch.
    Q_INVOKABLE void flush();
    // The shopper left: what was recorded goes, and the next shopper gets a new session.
    void endSession();

    [[nodiscard]] int bufferedCount() const { return int(m_buffer.size()); }

signals:
    void sessionIdChanged();

private:
    struct Recorded {
        QString sessionId;
        QString type;
        QString productId;
        QString sku;
        QDateTime at;
    };
    void record(const QString& type, const QString& productId, const QString& sku);
    [[nodiscard]] QDateTime now() const;
    void rotate();

    Session& m_session;
    QString m_channel;
    Settings m_settings;
    QString m_sessionId;
    QDateTime m_lastActivity;
    QList<Recorded> m_buffer;
    QTimer m_flushTimer;
};

} // namespace comptoir::app
