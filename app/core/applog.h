#pragma once
// The app's logging category, "comptoir.app" (QT_LOGGING_RULES or --log-level turn it up).

#include <QLoggingCategory>

namespace comptoir::app {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
}
