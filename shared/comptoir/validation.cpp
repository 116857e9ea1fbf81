#include "comptoir/validation.h"

#include <QJsonObject>

namespace comptoir {

static std::string summary(const QList<FieldError>& errors)
{
    if (errors.isEmpty())
        return "validation failed";
    return (errors.first().field + u": "_qs + errors.first().message).toStdString();
}

ValidationError::ValidationError(QList<FieldError> errors)
    : std::runtime_error(summary(errors)), m_errors(std::move(errors))
{
}

ValidationError::ValidationError(const QString& field, const QString& message)
    : ValidationError(QList<FieldError>{{field, message}})
{
}

QJsonArray ValidationError::toJson() const
{
    QJsonArray out;
    for (const FieldError& e : m_errors)
        out.append(QJsonObject{{u"field"_qs, e.field}, {u"message"_qs, e.message}});
    return out;
}

} // namespace comptoir
