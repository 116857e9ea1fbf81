#include "app/shop/fielderrors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace comptoir::app {

namespace {

QString inWords(const QString& field, const QString& message, const QString& country)
{
    if (message.startsWith(u"is required"))
        return QCoreApplication::translate("FieldErrors", "Fill this in.");
    static const QRegularExpression atMost(u"at most (\\d+) characters"_qs);
    if (const auto m = atMost.match(message); m.hasMatch())
        return QCoreApplication::translate("FieldErrors", "Too long: keep it to %1 characters.")
            .arg(m.captured(1));
    if (message.contains(u"control characters"))
        return QCoreApplication::translate("FieldErrors", "Remove the line breaks and control characters.");
    if (message.contains(u"bidirectional"))
        return QCoreApplication::translate("FieldErrors",
                                           "Remove the hidden characters that turn the text around.");
    if (message.contains(u"invisible"))
        return QCoreApplication::translate("FieldErrors", "Remove the invisible formatting characters.");
    if (field == u"postal_code")
        return country.compare(u"FR", Qt::CaseInsensitive) == 0
                   ? QCoreApplication::translate(
                         "FieldErrors", "A French postal code is exactly 5 digits, for example 75011.")
                   : QCoreApplication::translate("FieldErrors", "This is not a postal code of this country.");
    if (field == u"country")
        return QCoreApplication::translate("FieldErrors",
                                           "Give the country as its two-letter code, for example FR.");
    if (field == u"phone")
        return QCoreApplication::translate("FieldErrors",
                                           "Enter a phone number: digits, spaces and + ( ) - . only.");
    if (field == u"current")
        return QCoreApplication::translate("FieldErrors", "This is not your current password.");
    if (field == u"new" || field == u"password")
        return QCoreApplication::translate("FieldErrors", "Choose a password of at least 10 characters.");
    if (field == u"language")
        return QCoreApplication::translate("FieldErrors", "Choose French or English.");
    return message; // a rule this client does not know yet: the server's own words
}

} // namespace

QVariantMap fieldErrorsInWords(const QByteArray& problemBody, const QString& country)
{
    QVariantMap errors;
    const QJsonArray list = QJsonDocument::fromJson(problemBody).object().value(u"errors"_qs).toArray();
    for (const QJsonValue& entry : list) {
        const QString field = entry.toObject().value(u"field"_qs).toString();
        if (!field.isEmpty() && !errors.contains(field))
            errors.insert(field, inWords(field, entry.toObject().value(u"message"_qs).toString(), country));
    }
    return errors;
}

} // namespace comptoir::app
