#pragma once
// Validation failures with the field they concern; maps to problem+json `errors`.

#include <QJsonArray>
#include <QList>
#include <QString>
#include <stdexcept>

namespace comptoir {

struct FieldError {
    QString field;   // dotted path into the request, e.g. "variants[2].price.amount"
    QString message; // a sentence a developer reading the answer understands
    bool operator==(const FieldError&) const = default;
};

class ValidationError : public std::runtime_error {
public:
    explicit ValidationError(QList<FieldError> errors);
    ValidationError(const QString& field, const QString& message);

    [[nodiscard]] const QList<FieldError>& errors() const { return m_errors; }
    // [{"field": ..., "message": ...}, ...] for the problem+json body.
    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<FieldError> m_errors;
};

} // namespace comptoir
