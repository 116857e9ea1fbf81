#include "app/backoffice/liverefresh.h"

namespace comptoir::app {

LiveRefresh::LiveRefresh(int pauseMs, QObject* parent) : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &LiveRefresh::due);
}

void LiveRefresh::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &Session::dataChanged, this, [this](const QStringList& changed) {
        for (const QString& entity : changed)
            if (m_entities.contains(entity))
                return m_pause.start();
    });
    connect(m_session, &Session::syncReplaced, this, &LiveRefresh::due);
}

} // namespace comptoir::app
