#include "app/shop/shoporderlist.h"

#include "app/core/applog.h"
#include "app/data/customerreader.h"
#include "app/shop/orderstatus.h"

#include <QJsonArray>
#include <QLocale>

namespace comptoir::app {

namespace {

constexpr int kShown = 500; // a customer's history; older orders stay on the server

} // namespace

QString orderNumberOf(const QJsonObject& order)
{
    const QString number = order.value(u"number"_qs).toString();
    return number.isEmpty() ? order.value(u"id"_qs).toString().right(6).toUpper() : number;
}

QString placedTextOf(const QJsonObject& order, const Session* session)
{
    const QLocale locale =
        session && session->language() == u"en" ? QLocale(QLocale::English) : QLocale(QLocale::French);
    const QDateTime at =
        QDateTime::fromString(order.value(u"created_at"_qs).toString(), Qt::ISODateWithMs).toLocalTime();
    return locale.toString(at, QLocale::ShortFormat);
}

ShopOrderList::ShopOrderList(QObject* parent) : CacheListModel({u"order"_qs}, parent) {}

int ShopOrderList::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ShopOrderList::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject& o = m_rows[index.row()];
    switch (role) {
    case IdRole:
        return o.value(u"id"_qs).toString();
    case Qt::DisplayRole:
    case NumberRole:
        return orderNumberOf(o);
    case StatusRole:
        return o.value(u"status"_qs).toString();
    case StatusTextRole:
        return orderStatusText(o.value(u"status"_qs).toString(),
                               o.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString());
    case PlacedTextRole:
        return placedTextOf(o, session());
    case TotalTextRole:
        return session() ? session()->formatMoney(o.value(u"totals"_qs)
                                                      .toObject()
                                                      .value(u"total"_qs)
                                                      .toObject()
                                                      .value(u"amount"_qs)
                                                      .toInteger())
                         : QString();
    case ItemCountRole: {
        qint64 items = 0;
        for (const QJsonValue& line : o.value(u"lines"_qs).toArray())
            items += line.toObject().value(u"quantity"_qs).toInteger();
        return items;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ShopOrderList::roleNames() const
{
    return {{IdRole, "orderId"},
            {NumberRole, "number"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {PlacedTextRole, "placedText"},
            {TotalTextRole, "totalText"},
            {ItemCountRole, "itemCount"}};
}

void ShopOrderList::reload()
{
    QList<QJsonObject> rows;
    if (session() && session()->sync()) {
        try {
            rows = CustomerReader(session()->sync()->cache().db()).orders(kShown);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "customer orders:" << e.what();
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

} // namespace comptoir::app
