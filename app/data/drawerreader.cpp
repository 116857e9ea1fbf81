#include "app/data/drawerreader.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

namespace {

DrawerSession readSession(const sqlite::Statement& st)
{
    const QJsonObject json = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
    const QJsonObject openingFloat = json.value(u"opening_float"_qs).toObject();
    return {st.text(0),
            st.text(1),
            st.text(2),
            json.value(u"status"_qs).toString(),
            QDateTime::fromString(json.value(u"opened_at"_qs).toString(), Qt::ISODateWithMs),
            openingFloat.value(u"amount"_qs).toInteger(),
            openingFloat.value(u"currency"_qs).toString()};
}

} // namespace

std::optional<DrawerSession> DrawerReader::openSession(const QString& registerId)
{
    auto st = m_db.prepare("SELECT id, register_id, store_id, json FROM cash_sessions "
                           "WHERE register_id = ? AND status = 'open' ORDER BY opened_at DESC LIMIT 1");
    st.bind(1, registerId);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

std::optional<DrawerSession> DrawerReader::session(const QString& sessionId)
{
    auto st = m_db.prepare("SELECT id, register_id, store_id, json FROM cash_sessions WHERE id = ?");
    st.bind(1, sessionId);
    if (!st.step())
        return std::nullopt;
    return readSession(st);
}

QList<DrawerMovement> DrawerReader::movements(const QString& sessionId)
{
    auto st = m_db.prepare("SELECT json FROM cash_movements WHERE session_id = ? ORDER BY at, id");
    st.bind(1, sessionId);
    QList<DrawerMovement> result;
    while (st.step()) {
        const QJsonObject json = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
        result.append({json.value(u"id"_qs).toString(), json.value(u"kind"_qs).toString(),
                       json.value(u"amount"_qs).toObject().value(u"amount"_qs).toInteger(),
                       json.value(u"reason"_qs).toString(),
                       QDateTime::fromString(json.value(u"at"_qs).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

} // namespace comptoir::app
