#pragma once
// The store's order queue as the console shows it: the click & collect and counter orders of one
// state (to prepare, ready, collected, cancelled), newest first, with how many each state holds,
// each order's pick list, and a flag on pickups that wait past the pickup window. Read from the
// cache, which the change feed keeps live: a new paid order appears by itself, and `arrived` says
// so (the console rings and the rail's badge counts it).

#include "app/catalog/cachelistmodel.h"

#include <QSet>
#include <QTimer>

namespace comptoir::app {

class OrderQueueModel : public CacheListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(State state READ state WRITE setState NOTIFY stateChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int toPrepareCount READ toPrepareCount NOTIFY countsChanged)
    Q_PROPERTY(int readyCount READ readyCount NOTIFY countsChanged)
    Q_PROPERTY(int collectedCount READ collectedCount NOTIFY countsChanged)
    Q_PROPERTY(int cancelledCount READ cancelledCount NOTIFY countsChanged)
    // How long a pickup may wait (to be prepared, then collected) before it is flagged.
    Q_PROPERTY(int pickupWindowHours READ pickupWindowHours WRITE setPickupWindowHours NOTIFY
                   pickupWindowHoursChanged)

public:
    enum State { ToPrepare, Ready, Collected, Cancelled };
    Q_ENUM(State)
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,
        ChannelTextRole,
        PlacedTextRole,
        WaitingTextRole,
        TotalTextRole,
        ItemCountRole,
        OverdueRole,
        PickupRole,
    };
    Q_ENUM(Role)

    explicit OrderQueueModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] State state() const { return m_state; }
    void setState(State state);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int toPrepareCount() const { return m_counts[ToPrepare]; }
    [[nodiscard]] int readyCount() const { return m_counts[Ready]; }
    [[nodiscard]] int collectedCount() const { return m_counts[Collected]; }
    [[nodiscard]] int cancelledCount() const { return m_counts[Cancelled]; }
    [[nodiscard]] int pickupWindowHours() const { return m_pickupWindowHours; }
    void setPickupWindowHours(int hours);

    // The lines to fetch for an order: [{sku, name, options, bin, barcode, quantity}], bin by bin.
    Q_INVOKABLE QVariantList pickList(const QString& orderId) const;
    // One order as its row says it (orderId, number, channelText, placedText, waitingText, totalText,
    // itemCount, overdue, pickup) plus its queue `state` (-1: none); empty when unknown.
    Q_INVOKABLE QVariantMap summary(const QString& orderId) const;
    // The row of an order in the list shown, or -1.
    Q_INVOKABLE int indexOf(const QString& orderId) const;
    // The queue state an order is in (-1 when it is in none).
    Q_INVOKABLE int stateOf(const QString& orderId) const;

signals:
    void stateChanged();
    void countChanged();
    void countsChanged();
    void pickupWindowHoursChanged();
    // A paid pickup order this console had not seen: `number` is what the customer will say.
    void arrived(const QString& orderId, const QString& number);

private:
    void reload() override;
    void noticeArrivals();
    [[nodiscard]] QVariant value(const QueueOrder& order, int role) const;
    [[nodiscard]] static int queueStateOf(const QueueOrder& order);
    [[nodiscard]] bool isOverdue(const QueueOrder& order) const;
    [[nodiscard]] QString waitingText(const QueueOrder& order) const;

    State m_state = ToPrepare;
    QList<QueueOrder> m_rows;
    std::array<int, kQueueStateCount> m_counts{};
    int m_pickupWindowHours = 72;
    // The paid pickups seen so far, and whether the first full read of the store is done (what
    // was already waiting at sign-in is not an arrival).
    QSet<QString> m_seenToPrepare;
    bool m_primed = false;
    QTimer m_clock; // the flags and "waiting for" move with time, not only with the cache
};

} // namespace comptoir::app
