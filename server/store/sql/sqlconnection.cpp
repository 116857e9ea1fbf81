#include "store/sql/sqlconnection.h"

namespace comptoir::sql {

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    m_backend.bindText(index, std::string_view(utf8.constData(), size_t(utf8.size())), true);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& textOrEmptyForNull)
{
    if (textOrEmptyForNull.isEmpty())
        return bind(index, nullptr);
    return bind(index, textOrEmptyForNull);
}

void Statement::exec()
{
    while (step()) {
    }
}

QString Statement::text(int column) const
{
    const std::string_view view = m_backend.textView(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

} // namespace comptoir::sql
