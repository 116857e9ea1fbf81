#include "app/staff/movementledgermodel.h"

#include "app/core/applog.h"
#include "app/staff/consolerefusal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

namespace comptoir::app {

namespace {

constexpr int kShown = 50;

} // namespace

MovementLedgerModel::MovementLedgerModel(QObject* parent) : QAbstractListModel(parent)
{
    m_again.setSingleShot(true);
    m_again.setInterval(400);
    connect(&m_again, &QTimer::timeout, this, &MovementLedgerModel::reload);
}

int MovementLedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MovementLedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject& m = m_rows[index.row()];
    switch (role) {
    case AtTextRole: {
        const QDateTime at =
            QDateTime::fromString(m.value(u"at"_qs).toString(), Qt::ISODateWithMs).toLocalTime();
        const QLocale locale(m_session && m_session->language() == u"en" ? QLocale::English
                                                                         : QLocale::French);
        return locale.toString(at, QLocale::ShortFormat);
    }
    case Qt::DisplayRole:
    case CauseTextRole:
        return causeText(m);
    case OnHandDeltaRole:
        return m.value(u"on_hand_delta"_qs).toInteger();
    case ReservedDeltaRole:
        return m.value(u"reserved_delta"_qs).toInteger();
    case OnHandAfterRole:
        return m.value(u"on_hand_after"_qs).toInteger();
    default:
        return {};
    }
}

QHash<int, QByteArray> MovementLedgerModel::roleNames() const
{
    return {{AtTextRole, "atText"},
            {CauseTextRole, "causeText"},
            {OnHandDeltaRole, "onHandDelta"},
            {ReservedDeltaRole, "reservedDelta"},
            {OnHandAfterRole, "onHandAfter"}};
}

QString MovementLedgerModel::causeText(const QJsonObject& m) const
{
    const QString cause = m.value(u"cause"_qs).toString();
    const QString reason = m.value(u"reason"_qs).toString();
    if (cause == u"transfer")
        return m.value(u"on_hand_delta"_qs).toInteger() < 0 ? tr("Sent to another store")
                                                            : tr("Received from another store");
    if (cause == u"order") {
        if (m.value(u"reserved_delta"_qs).toInteger() > 0)
            return tr("Reserved for an order");
        if (m.value(u"on_hand_delta"_qs).toInteger() < 0)
            return tr("Sold");
        return tr("Released by an order");
    }
    if (reason == u"receipt")
        return tr("Delivery received");
    if (reason == u"count")
        return tr("Shelf count");
    if (reason == u"damage")
        return tr("Damaged");
    if (reason == u"theft")
        return tr("Stolen");
    if (reason == u"return")
        return tr("Returned by a customer");
    return tr("Correction");
}

void MovementLedgerModel::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"stock"_qs) && !m_sku.isEmpty())
                m_again.start();
        });
    emit sessionChanged();
    reload();
}

void MovementLedgerModel::setSku(const QString& sku)
{
    if (sku == m_sku)
        return;
    m_sku = sku;
    emit skuChanged();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    reload();
}

void MovementLedgerModel::reload()
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
    if (!m_session || !m_session->sync() || m_sku.isEmpty())
        return;
    if (m_session->isOffline())
        return setError(ConsoleRefusal::offline());
    QUrlQuery query;
    query.addQueryItem(u"sku"_qs, m_sku);
    query.addQueryItem(u"location_id"_qs, m_session->storeId());
    query.addQueryItem(u"limit"_qs, QString::number(kShown));
    const QString path = u"/inventory/movements?"_qs + query.toString(QUrl::FullyEncoded);
    m_call = m_session->sync()->call({u"GET"_qs, path, {}, {}, 15000}, this);
    connect(m_call, &sync::OnlineCall::finished, this, [this](const sync::HttpAnswer& answer) {
        m_call->deleteLater();
        m_call = nullptr;
        emit loadingChanged();
        if (!answer.ok())
            return setError(ConsoleRefusal::say(answer, {}));
        QList<QJsonObject> rows;
        for (const QJsonValue& item :
             QJsonDocument::fromJson(answer.body).object().value(u"items"_qs).toArray())
            rows.append(item.toObject());
        setError({});
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit countChanged();
    });
    m_call->start();
    emit loadingChanged();
}

void MovementLedgerModel::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace comptoir::app
