#pragma once
// Opaque pagination cursors: a tagged JSON array in base64url. The tag ties a cursor to the
// kind of query that made it, so a cursor from another query is refused with 400.

#include <QJsonArray>
#include <QString>

namespace comptoir::server {

[[nodiscard]] QString encodeCursor(const QJsonArray& parts);
// The parts of a cursor made with `tag` and `size` parts; throws Invalid::malformed otherwise.
[[nodiscard]] QJsonArray decodeCursor(const QString& cursor, const QString& tag, int size);

} // namespace comptoir::server
