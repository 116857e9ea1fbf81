#include "sync/synclog.h"

namespace comptoir::sync {
Q_LOGGING_CATEGORY(lcSync, "comptoir.sync", QtInfoMsg)
}
