#include "app/staff/orderqueuemodel.h"

#include "app/core/applog.h"

#include <QLocale>

namespace comptoir::app {

namespace {

constexpr int kShownPerState = 200; // the newest; older collected orders are history, not work
constexpr int kMaxWaiting = 1000;   // paid pickups watched for arrivals

QLocale localeOf(const Session* session)
{
    return session && session->language() == u"en" ? QLocale(QLocale::English) : QLocale(QLocale::French);
}

} // namespace

OrderQueueModel::OrderQueueModel(QObject* parent) : CacheListModel({u"order"_qs, u"product"_qs}, parent)
{
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {OverdueRole, WaitingTextRole});
    });
    m_clock.start();
    connect(this, &CacheListModel::sessionChanged, this, [this] {
        if (!session())
            return;
        // Bootstrap first: what waited before this console caught up with the server is not news.
        connect(session(), &Session::connectivityChanged, this, &OrderQueueModel::noticeArrivals);
        connect(session(), &Session::syncReplaced, this, [this] {
            m_primed = false;
            m_seenToPrepare.clear();
        });
    });
}

int OrderQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrderQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return value(m_rows[index.row()], role);
}

QVariant OrderQueueModel::value(const QueueOrder& o, int role) const
{
    switch (role) {
    case IdRole:
        return o.id;
    case Qt::DisplayRole:
    case NumberRole:
        // Until the server numbers it, the end of its id names it (as on the kiosk's receipt).
        return o.number.isEmpty() ? o.id.right(6).toUpper() : o.number;
    case ChannelTextRole:
        if (o.fulfillment == u"carry_out")
            return tr("Counter sale");
        if (o.channel == u"kiosk")
            return tr("Kiosk, pick up here");
        if (o.channel == u"pos")
            return tr("Counter, pick up later");
        return tr("Click & collect");
    case PlacedTextRole: {
        const QLocale locale = localeOf(session());
        const QDateTime at = o.createdAt.toLocalTime();
        return at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                 : locale.toString(at, QLocale::ShortFormat);
    }
    case WaitingTextRole:
        return waitingText(o);
    case TotalTextRole:
        return session() ? session()->formatMoney(o.total) : QString();
    case ItemCountRole:
        return o.itemCount;
    case OverdueRole:
        return isOverdue(o);
    case PickupRole:
        return o.fulfillment == u"pickup";
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderQueueModel::roleNames() const
{
    return {{IdRole, "orderId"},
            {NumberRole, "number"},
            {ChannelTextRole, "channelText"},
            {PlacedTextRole, "placedText"},
            {WaitingTextRole, "waitingText"},
            {TotalTextRole, "totalText"},
            {ItemCountRole, "itemCount"},
            {OverdueRole, "overdue"},
            {PickupRole, "pickup"}};
}

void OrderQueueModel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
    reload();
}

void OrderQueueModel::setPickupWindowHours(int hours)
{
    hours = std::max(0, hours);
    if (hours == m_pickupWindowHours)
        return;
    m_pickupWindowHours = hours;
    emit pickupWindowHoursChanged();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {OverdueRole});
}

bool OrderQueueModel::isOverdue(const QueueOrder& o) const
{
    // A pickup waits to be prepared from its payment, then for its customer from when it was
    // made ready; past the window it is flagged (call the customer, or put the goods back).
    if (o.fulfillment != u"pickup" || (o.status != u"paid" && o.status != u"ready_for_pickup"))
        return false;
    const QDateTime since = o.status == u"paid" ? o.createdAt : o.updatedAt;
    return since.isValid() &&
           since.addSecs(qint64(m_pickupWindowHours) * 3600) <= QDateTime::currentDateTimeUtc();
}

QString OrderQueueModel::waitingText(const QueueOrder& o) const
{
    if (o.status != u"paid" && o.status != u"ready_for_pickup")
        return {};
    const QDateTime since = o.status == u"paid" ? o.createdAt : o.updatedAt;
    const qint64 minutes = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 1)
        return tr("just in");
    if (minutes < 60)
        return tr("waiting for %n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("waiting for %n h", nullptr, int(minutes / 60));
    return tr("waiting for %n day(s)", nullptr, int(minutes / (24 * 60)));
}

QVariantList OrderQueueModel::pickList(const QString& orderId) const
{
    QVariantList lines;
    OrderReader* reader = session() ? session()->orders() : nullptr;
    if (!reader)
        return lines;
    try {
        for (const PickLine& l : reader->pickList(orderId))
            lines.append(QVariantMap{{u"sku"_qs, l.sku},
                                     {u"name"_qs, l.name},
                                     {u"options"_qs, l.options},
                                     {u"bin"_qs, l.bin.isEmpty() ? tr("Not shelved") : l.bin},
                                     {u"barcode"_qs, l.barcode},
                                     {u"quantity"_qs, l.quantity}});
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "pick list of" << orderId << e.what();
    }
    return lines;
}

int OrderQueueModel::indexOf(const QString& orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == orderId)
            return i;
    return -1;
}

int OrderQueueModel::queueStateOf(const QueueOrder& o)
{
    if (o.status == u"paid")
        return o.fulfillment == u"pickup" ? ToPrepare : -1;
    if (o.status == u"ready_for_pickup")
        return Ready;
    if (o.status == u"completed")
        return Collected;
    if (o.status == u"cancelled")
        return Cancelled;
    return -1;
}

int OrderQueueModel::stateOf(const QString& orderId) const
{
    const QVariantMap s = summary(orderId);
    return s.isEmpty() ? -1 : s.value(u"state"_qs).toInt();
}

QVariantMap OrderQueueModel::summary(const QString& orderId) const
{
    OrderReader* reader = session() ? session()->orders() : nullptr;
    if (!reader || orderId.isEmpty())
        return {};
    try {
        const auto o = reader->order(orderId);
        if (!o)
            return {};
        QVariantMap map{{u"state"_qs, queueStateOf(*o)}};
        const QHash<int, QByteArray> names = roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            map.insert(QString::fromLatin1(it.value()), value(*o, it.key()));
        return map;
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order" << orderId << e.what();
    }
    return {};
}

void OrderQueueModel::reload()
{
    QList<QueueOrder> rows;
    std::array<int, kQueueStateCount> counts{};
    if (OrderReader* reader = session() ? session()->orders() : nullptr) {
        try {
            rows = reader->queue(session()->storeId(), QueueState(m_state), kShownPerState);
            counts = reader->counts(session()->storeId());
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "order queue:" << e.what();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
    if (counts != m_counts) {
        m_counts = counts;
        emit countsChanged();
    }
    noticeArrivals();
}

void OrderQueueModel::noticeArrivals()
{
    OrderReader* reader = session() ? session()->orders() : nullptr;
    if (!reader)
        return;
    QList<QueueOrder> waiting;
    try {
        waiting = reader->queue(session()->storeId(), QueueState::ToPrepare, kMaxWaiting);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order queue:" << e.what();
        return;
    }
    QSet<QString> ids;
    for (const QueueOrder& o : waiting)
        ids.insert(o.id);
    if (m_primed) {
        for (const QueueOrder& o : waiting)
            if (!m_seenToPrepare.contains(o.id))
                emit arrived(o.id, o.number);
    } else {
        m_primed = session()->connectivity() == sync::SyncClient::Online;
    }
    m_seenToPrepare = std::move(ids);
}

} // namespace comptoir::app
