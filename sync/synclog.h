#pragma once
// The logging category of the sync library (QT_LOGGING_RULES="comptoir.sync.debug=true").

#include <QLoggingCategory>

namespace comptoir::sync {
Q_DECLARE_LOGGING_CATEGORY(lcSync)
}
