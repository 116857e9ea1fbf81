#pragma once
// What a customer types into the shop's card form, checked before anything leaves the computer:
// the number (digits, length, Luhn), the expiry (MM/YY, not past) and the security code, each
// refusal a sentence under its field. The server's tokenizer checks again; this only spares a
// round trip and says what to fix in words.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace comptoir::app {

struct CardExpiry {
    int month = 0;
    int year = 0; // four digits
};

class CardFields {
    Q_DECLARE_TR_FUNCTIONS(CardFields)
public:
    // The digits of a typed number (spaces and dashes dropped); empty when anything else is in it.
    [[nodiscard]] static QString digits(const QString& typed);
    // Empty when the number could be a card's, else why not.
    [[nodiscard]] static QString numberProblem(const QString& typed);
    // "MM/YY" or "MM/YYYY"; nothing when it cannot be read.
    [[nodiscard]] static std::optional<CardExpiry> expiry(const QString& typed);
    [[nodiscard]] static QString expiryProblem(const QString& typed, const QDate& today);
    [[nodiscard]] static QString cvcProblem(const QString& typed);
};

} // namespace comptoir::app
