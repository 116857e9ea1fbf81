#pragma once
// The back office's dashboard: today's sales, orders, average basket, conversion and cart
// abandonment, for one store or all of them, and what the charts draw — sales per hour today
// against the same weekday last week, sales per day over 30 days, the payment mix and the top
// products. Read from the server's reports (they are not in the device's cache); read again a
// moment after an order changes anywhere (the live feed), so a sale moves the figures within a
// second. Every report it shows can be written as a CSV file.
//
// Days and hours are the store's own (its location's time zone; Europe/Paris, the chain's trading
// day in API.md, for every store at once), not the computer's: the server groups by UTC hour
// (API.md, openapi "key"), and the dashboard folds those hours into the store's days and hours.

#include "app/backoffice/liverefresh.h"
#include "app/session/session.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimeZone>
#include <QVariantList>
#include <functional>

namespace comptoir::app {

class SalesDashboard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // Empty: every store.
    Q_PROPERTY(QString storeId READ storeId WRITE setStoreId NOTIFY storeIdChanged)
    // The IANA time zone whose days and hours the figures use; empty: Europe/Paris.
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY timeZoneChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString message READ message NOTIFY figuresChanged)
    Q_PROPERTY(qint64 salesToday READ salesToday NOTIFY figuresChanged)
    Q_PROPERTY(int ordersToday READ ordersToday NOTIFY figuresChanged)
    Q_PROPERTY(QString salesTodayText READ salesTodayText NOTIFY figuresChanged)
    Q_PROPERTY(QString averageBasketText READ averageBasketText NOTIFY figuresChanged)
    Q_PROPERTY(double conversionRate READ conversionRate NOTIFY figuresChanged)
    Q_PROPERTY(double cartAbandonmentRate READ cartAbandonmentRate NOTIFY figuresChanged)
    // 24 amounts in euros, hour 0 to 23 of the store's day (its time zone).
    Q_PROPERTY(QVariantList hourlyToday READ hourlyToday NOTIFY figuresChanged)
    Q_PROPERTY(QVariantList hourlyLastWeek READ hourlyLastWeek NOTIFY figuresChanged)
    // False on a server without sales by hour: the chart says so instead of drawing zeros.
    Q_PROPERTY(bool hourlyAvailable READ hourlyAvailable NOTIFY figuresChanged)
    // The hour it is now in the store's time zone: today's line stops there.
    Q_PROPERTY(int currentHour READ currentHour NOTIFY figuresChanged)
    // [{date, label, amount}] over the last 30 days, oldest first, amounts in euros.
    Q_PROPERTY(QVariantList daily READ daily NOTIFY figuresChanged)
    // [{method, label, amount}] over the last 30 days.
    Q_PROPERTY(QVariantList paymentMix READ paymentMix NOTIFY figuresChanged)
    Q_PROPERTY(bool paymentMixAvailable READ paymentMixAvailable NOTIFY figuresChanged)
    // [{sku, name, quantity, amount, amountText}] best first, over the last 30 days.
    Q_PROPERTY(QVariantList topProducts READ topProducts NOTIFY figuresChanged)
    // The largest amount each chart draws, for its axis.
    Q_PROPERTY(double hourlyMax READ hourlyMax NOTIFY figuresChanged)
    Q_PROPERTY(double dailyMax READ dailyMax NOTIFY figuresChanged)
    // Rebuilt when the language changes (Session::languageChanged), like every string here.
    Q_PROPERTY(QString updatedText READ updatedText NOTIFY figuresChanged)
    // How many times the figures were read (the tests wait for a new reading).
    Q_PROPERTY(int readings READ readings NOTIFY figuresChanged)
    // Where the CSV files go unless the manager types another folder: their documents folder.
    Q_PROPERTY(QString defaultExportFolder READ defaultExportFolder CONSTANT)

public:
    explicit SalesDashboard(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QString& storeId() const { return m_storeId; }
    void setStoreId(const QString& storeId);
    [[nodiscard]] QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString& timeZone);
    // Today in the store's time zone.
    [[nodiscard]] QDate today() const;
    [[nodiscard]] int currentHour() const;
    [[nodiscard]] bool loading() const { return m_pending > 0; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] qint64 salesToday() const { return m_salesToday; }
    [[nodiscard]] int ordersToday() const { return m_ordersToday; }
    [[nodiscard]] QString salesTodayText() const;
    [[nodiscard]] QString averageBasketText() const;
    [[nodiscard]] double conversionRate() const { return m_conversion; }
    [[nodiscard]] double cartAbandonmentRate() const { return m_abandonment; }
    [[nodiscard]] QVariantList hourlyToday() const { return euros(m_hourlyToday); }
    [[nodiscard]] QVariantList hourlyLastWeek() const { return euros(m_hourlyLastWeek); }
    [[nodiscard]] bool hourlyAvailable() const { return m_hourlyAvailable; }
    [[nodiscard]] QVariantList daily() const;
    [[nodiscard]] QVariantList paymentMix() const;
    [[nodiscard]] bool paymentMixAvailable() const { return m_paymentMixAvailable; }
    [[nodiscard]] QVariantList topProducts() const;
    [[nodiscard]] double hourlyMax() const;
    [[nodiscard]] double dailyMax() const;
    [[nodiscard]] QString updatedText() const;
    [[nodiscard]] int readings() const { return m_readings; }
    [[nodiscard]] static QString defaultExportFolder();

    Q_INVOKABLE void refresh();
    // The report named `report` ("today", "hourly", "daily", "payments", "top-products") as CSV.
    Q_INVOKABLE QByteArray csv(const QString& report) const;
    // Writes that report into `folder` (a path or a file:// URL) as comptoir-<report>-<date>.csv;
    // the file's path, or empty when it could not be written (`message` says why).
    Q_INVOKABLE QString exportCsv(const QString& report, const QString& folder);

signals:
    void sessionChanged();
    void storeIdChanged();
    void timeZoneChanged();
    void loadingChanged();
    void figuresChanged();

private:
    struct Day {
        QDate date;
        qint64 amount = 0;
    };
    struct Share {
        QString key;
        qint64 amount = 0;
        qint64 quantity = 0;
        QString name;
    };
    [[nodiscard]] static QVariantList euros(const QList<qint64>& minor);
    [[nodiscard]] QString storeQuery() const;
    [[nodiscard]] QString paymentLabel(const QString& method) const;
    void get(const QString& path, std::function<void(const sync::HttpAnswer&)> done);
    void finishOne();
    // Folds the server's UTC hours into the store's days and hours.
    void foldHours(const QJsonArray& rows, const QDate& today);
    // A server without hours: the days are its UTC dates.
    void readDays(const QDate& today);
    void resetDays(const QDate& today);

    QPointer<Session> m_session;
    QString m_storeId;
    QString m_timeZone;
    QTimeZone m_zone;
    int m_pending = 0;
    int m_generation = 0;
    bool m_again = false;
    LiveRefresh m_live{300}; // a sale is several changes of its order in a row: one reading
    QString m_message;
    QString m_nextMessage;
    qint64 m_salesToday = 0;
    int m_ordersToday = 0;
    double m_conversion = 0;
    double m_abandonment = 0;
    QList<qint64> m_hourlyToday;
    QList<qint64> m_hourlyLastWeek;
    bool m_hourlyAvailable = true;
    QList<Day> m_daily;
    QList<Share> m_payments;
    bool m_paymentMixAvailable = true;
    QList<Share> m_top;
    QDateTime m_updated;
    int m_readings = 0;
};

} // namespace comptoir::app
