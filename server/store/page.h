#pragma once
// A page of a list and the cursor of the next one, as every list of the store answers.

#include <QList>
#include <QString>
#include <string>

namespace comptoir::server {

// A page of items already encoded as JSON objects, joined by commas, ready to be framed.
struct RawPage {
    std::string itemsJson;
    int count = 0;
    QString nextCursor;
};

template <typename T> struct Page {
    QList<T> items;
    QString nextCursor;
};

} // namespace comptoir::server
