#include "app/core/applog.h"

namespace comptoir::app {
Q_LOGGING_CATEGORY(lcApp, "comptoir.app")
}
