#include "app/staff/scantally.h"

#include "app/core/applog.h"
#include "app/staff/consolerefusal.h"
#include "comptoir/ids.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

ScanTally::ScanTally(QObject* parent) : QAbstractListModel(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &ScanTally::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &ScanTally::messageChanged);
}

int ScanTally::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ScanTally::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& l = m_lines[index.row()];
    switch (role) {
    case SkuRole:
        return l.sku;
    case Qt::DisplayRole:
    case NameRole:
        return l.name;
    case OptionsRole:
        return l.options;
    case ScannedRole:
        return l.scanned;
    case OnHandRole:
        return onHand(l.sku);
    case VarianceRole:
        return l.scanned - onHand(l.sku);
    case DeltaRole:
        return l.idempotencyKey.isEmpty() ? deltaOf(l) : l.sentDelta;
    case LineStateRole:
        return l.state;
    case StateTextRole:
        switch (l.state) {
        case Pending:
            return QString();
        case Sending:
            return tr("Sending…");
        case Applied:
            return m_purpose == Receive ? tr("Received") : tr("Corrected");
        case Unchanged:
            return tr("Matches the stock");
        case Unconfirmed:
            return tr("Not confirmed: apply again (it will not count twice)");
        case Refused:
            return l.refusal;
        }
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ScanTally::roleNames() const
{
    return {{SkuRole, "sku"},         {NameRole, "name"},           {OptionsRole, "options"},
            {ScannedRole, "scanned"}, {OnHandRole, "onHand"},       {VarianceRole, "variance"},
            {DeltaRole, "delta"},     {LineStateRole, "lineState"}, {StateTextRole, "stateText"}};
}

void ScanTally::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        // On hand moves while staff count (a sale, the feed): the variances follow.
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"stock"_qs) && !m_lines.isEmpty())
                emit dataChanged(index(0), index(int(m_lines.size()) - 1),
                                 {OnHandRole, VarianceRole, DeltaRole});
        });
    emit sessionChanged();
}

void ScanTally::setPurpose(Purpose purpose)
{
    if (purpose == m_purpose)
        return;
    clear();
    m_purpose = purpose;
    emit purposeChanged();
}

int ScanTally::units() const
{
    qint64 units = 0;
    for (const Line& l : m_lines)
        units += l.scanned;
    return int(units);
}

int ScanTally::unsent() const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [](const Line& l) { return l.state != Applied && l.state != Unchanged; }));
}

qint64 ScanTally::onHand(const QString& sku) const
{
    StockReader* reader = m_session ? m_session->stock() : nullptr;
    try {
        if (const auto item = reader ? reader->item(sku, m_session->storeId()) : std::nullopt)
            return item->onHand;
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "stock of" << sku << e.what();
    }
    return 0;
}

qint64 ScanTally::deltaOf(const Line& line) const
{
    return m_purpose == Receive ? line.scanned : line.scanned - onHand(line.sku);
}

int ScanTally::rowOf(const QString& sku) const
{
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].sku == sku)
            return i;
    return -1;
}

bool ScanTally::scan(const QString& code)
{
    StockReader* reader = m_session ? m_session->stock() : nullptr;
    const QString typed = code.trimmed();
    if (!reader || typed.isEmpty())
        return false;
    std::optional<StockItem> item;
    try {
        if (const auto sku = reader->skuForCode(typed))
            item = reader->item(*sku, m_session->storeId());
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "scan of" << typed << e.what();
    }
    if (!item) {
        say(tr("The code %1 is not in the catalog: nothing was added. Scan it again or type its SKU.")
                .arg(typed),
            true);
        return false;
    }
    if (const int row = rowOf(item->sku); row >= 0) {
        Line& line = m_lines[row];
        if (line.state == Sending || line.state == Unconfirmed) {
            say(tr("%1 is being sent as it is: apply the tally first, then scan more.").arg(item->sku), true);
            return false;
        }
        if (line.state == Applied || line.state == Unchanged) // a second delivery of it: a new adjustment
            line = Line{line.sku, line.name, line.options, 0, Pending, {}, {}, 0};
        ++line.scanned;
        line.state = Pending;
        // The latest scan goes to the top, where the eye is.
        m_lines.move(row, 0);
        beginResetModel();
        endResetModel();
    } else {
        beginInsertRows({}, 0, 0);
        m_lines.prepend(Line{item->sku, item->name, item->options, 1, Pending, {}, {}, 0});
        endInsertRows();
    }
    const QString what = item->options.isEmpty() ? item->name : item->name + u" — "_qs + item->options;
    say(tr("%1: %n scanned", nullptr, int(m_lines.first().scanned)).arg(what), false);
    emit linesChanged();
    return true;
}

void ScanTally::setScanned(const QString& sku, int quantity)
{
    const int row = rowOf(sku);
    if (row < 0 || quantity < 0 || m_lines[row].state == Sending || m_lines[row].state == Unconfirmed)
        return;
    if (quantity == 0 && m_purpose == Receive)
        return remove(sku);
    m_lines[row].scanned = quantity;
    m_lines[row].state = Pending;
    lineChanged(row);
}

void ScanTally::remove(const QString& sku)
{
    const int row = rowOf(sku);
    if (row < 0 || m_lines[row].state == Sending || m_lines[row].state == Unconfirmed)
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit linesChanged();
}

void ScanTally::apply()
{
    if (busy() || !m_session || !m_session->sync())
        return;
    if (m_session->isOffline())
        return say(ConsoleRefusal::offline(), true);
    for (int row = 0; row < m_lines.size(); ++row) {
        Line& line = m_lines[row];
        if (line.state == Applied || line.state == Unchanged)
            continue;
        if (line.idempotencyKey.isEmpty()) {
            // Fixed now: a retry sends the same delta under the same key, whatever moves meanwhile.
            line.sentDelta = deltaOf(line);
            line.idempotencyKey = newId(u"adj"_qs);
        }
        line.state = line.sentDelta == 0 ? Unchanged : Sending;
        lineChanged(row);
    }
    say({}, false);
    sendNext(); // with nothing to send, it says the tally is done
}

void ScanTally::sendNext()
{
    const auto next =
        std::find_if(m_lines.begin(), m_lines.end(), [](const Line& l) { return l.state == Sending; });
    if (next == m_lines.end()) {
        const int left = unsent();
        if (left > 0)
            return say(tr("%n line(s) could not be applied: see why on each line.", nullptr, left), true);
        if (m_purpose == Receive)
            say(tr("Delivery received: %n item(s) added to the stock.", nullptr, units()), false);
        else
            say(tr("Count applied: the stock now says what is on the shelf."), false);
        emit finished();
        return;
    }
    const QString reason = m_purpose == Receive ? u"receipt"_qs : u"count"_qs;
    const QJsonObject body{{u"sku"_qs, next->sku},
                           {u"location_id"_qs, m_session->storeId()},
                           {u"delta"_qs, next->sentDelta},
                           {u"reason"_qs, reason}};
    const QString sku = next->sku;
    m_call.send(
        *m_session->sync(),
        {u"POST"_qs, u"/inventory/adjustments"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact),
         next->idempotencyKey, 20000},
        [this, sku](const sync::HttpAnswer& answer) {
            const int row = rowOf(sku);
            if (row < 0)
                return sendNext();
            Line& line = m_lines[row];
            if (answer.ok()) {
                line.state = Applied;
            } else if (answer.status == 0 || answer.isTransient()) {
                // It may have been made: the same key and delta go next time, so it is never made twice.
                qCWarning(lcApp) << "adjustment of" << sku << "not confirmed:" << answer.describe();
                line.state = Unconfirmed;
            } else {
                qCInfo(lcApp) << "adjustment of" << sku << "refused:" << answer.describe();
                line.state = Refused;
                line.refusal = ConsoleRefusal::say(
                    answer, {tr("The server does not know this item."),
                             tr("The stock cannot go below zero: count the shelf instead."),
                             tr("The server refused this quantity.")});
                line.idempotencyKey.clear(); // refused: nothing was made, a corrected line is a new request
            }
            lineChanged(row);
            sendNext();
        });
}

void ScanTally::clear()
{
    if (busy())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
    say({}, false);
    emit linesChanged();
}

void ScanTally::lineChanged(int row)
{
    emit dataChanged(index(row), index(row));
    emit linesChanged();
}

} // namespace comptoir::app
