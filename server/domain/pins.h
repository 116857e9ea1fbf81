#pragma once
// PINs: the short secret staff type at a shared till to sign in (POST /auth/pin) and managers
// type to approve a discount. Kept hashed as passwords are (passwords.h); each check is counted
// in the store before it runs, so five wrong PINs in a row lock PIN use for that person, across
// processes and under concurrent guesses, until they sign in with their password.

#include "store/store.h"

namespace comptoir::server {

// Wrong PINs in a row after which PIN use is locked.
inline constexpr int kPinAttempts = 5;

// 4 to 8 ASCII digits.
[[nodiscard]] bool isValidPin(const QString& pin);

struct PinCheck {
    enum class Outcome {
        Verified, // the PIN is this person's
        Wrong,    // unknown email, no PIN set, or a wrong PIN: the caller cannot tell which
        Locked,   // kPinAttempts wrong PINs in a row: not checked
    };
    Outcome outcome = Outcome::Wrong;
    User user; // when verified
};

// Checks `pin` against the PIN of the account `email`. Costs one hash whatever the outcome
// (unknown emails included), except when locked.
[[nodiscard]] PinCheck checkPin(Store& store, const QString& email, const QString& pin);

} // namespace comptoir::server
