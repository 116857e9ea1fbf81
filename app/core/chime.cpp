#include "app/core/chime.h"

#include "app/core/applog.h"

namespace comptoir::app {

void Chime::ring(Kind kind)
{
    ++m_rings;
    qCInfo(lcApp) << "chime:" << kind;
    emit rang(kind);
}

} // namespace comptoir::app
