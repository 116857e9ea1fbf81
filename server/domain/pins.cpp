#include "domain/pins.h"

#include "domain/passwords.h"

namespace comptoir::server {

namespace {

// Verified against for accounts without a PIN, so timing does not tell them apart. Made once,
// on the first PIN check, instead of at every start.
const QString& dummyPinHash()
{
    static const QString hash = hashPassword(u"comptoir-no-such-pin"_qs);
    return hash;
}

} // namespace

bool isValidPin(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (QChar c : pin)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

PinCheck checkPin(Store& store, const QString& email, const QString& pin)
{
    // A PIN longer than any PIN is wrong without hashing it (PBKDF2 hashes the whole input).
    const QString candidate = pin.left(16);
    const auto credentials = store.pinCredentials(email.trimmed().toLower());
    if (!credentials || credentials->pinHash.isEmpty()) {
        (void)verifyPassword(candidate, dummyPinHash());
        return {};
    }
    // Counted before it is checked: twenty guesses at once take five turns, and the rest wait
    // for none.
    if (!store.takePinAttempt(credentials->user.id, kPinAttempts))
        return {PinCheck::Outcome::Locked, {}};
    // Something that is not a PIN costs the same hash as a wrong one.
    const bool right = isValidPin(candidate) ? verifyPassword(candidate, credentials->pinHash)
                                             : (void(verifyPassword(candidate, dummyPinHash())), false);
    if (!right)
        return {};
    store.clearPinAttempts(credentials->user.id);
    return {PinCheck::Outcome::Verified, credentials->user};
}

} // namespace comptoir::server
