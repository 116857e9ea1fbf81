#include "domain/accountservice.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "domain/mailtemplates.h"
#include "domain/passwords.h"
#include "domain/textrules.h"

#include <QRegularExpression>

namespace comptoir::server {

namespace {

// Kiosks and registers are devices: they have no profile and no password of their own.
void requirePerson(const Principal& principal)
{
    if (!principal.authenticated)
        throw Forbidden::notSignedIn();
    if (principal.user.role == Role::Kiosk || principal.user.role == Role::Register)
        throw Forbidden(u"A kiosk or a register has no profile or password to change."_qs);
}

void checkNewPassword(const QString& field, const QString& password)
{
    if (password.size() < 10)
        throw Invalid(field, u"must be at least 10 characters"_qs);
    if (password.size() > 1024)
        throw Invalid(field, u"must be at most 1024 characters"_qs);
}

} // namespace

AccountService::AccountService(Store& store, MailOutbox& mail, Settings settings)
    : m_store(store), m_mail(mail), m_settings(std::move(settings)), m_resetThrottle(m_settings.resetThrottle)
{
}

QJsonObject AccountService::me(const Principal& principal)
{
    QJsonObject json = toJson(principal.user);
    const Profile profile = m_store.profile(principal.user.id).value_or(Profile{});
    json.insert(u"phone"_qs,
                profile.phone.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(profile.phone));
    json.insert(u"language"_qs, profile.language);
    return json;
}

QJsonObject AccountService::updateProfile(const Principal& principal, const ProfileChange& change)
{
    requirePerson(principal);
    QList<FieldError> errors;
    if (change.name) {
        if (change.name->trimmed().isEmpty())
            errors.append({u"name"_qs, u"must not be empty"_qs});
        else if (const auto problem = textProblem(*change.name, 200))
            errors.append({u"name"_qs, *problem});
    }
    if (change.phone && !change.phone->isEmpty()) {
        // Digits with the usual separators, optionally international: what a courier can dial.
        static const QRegularExpression phoneShape(uR"(^\+?[0-9][0-9 .()-]{3,29}$)"_qs);
        if (const auto problem = textProblem(*change.phone, 32))
            errors.append({u"phone"_qs, *problem});
        else if (!phoneShape.match(change.phone->trimmed()).hasMatch())
            errors.append({u"phone"_qs, u"must be a phone number: digits, spaces, + . ( ) -"_qs});
    }
    if (change.language && *change.language != u"fr" && *change.language != u"en")
        errors.append({u"language"_qs, u"must be fr or en"_qs});
    if (!errors.isEmpty())
        throw ValidationError(errors);

    Principal updated = principal;
    m_store.transaction([&] {
        const auto user = m_store.user(principal.user.id);
        if (!user)
            throw NotFound(u"No such account."_qs);
        Profile profile = m_store.profile(principal.user.id).value_or(Profile{});
        updated.user = *user;
        if (change.name)
            updated.user.name = change.name->trimmed();
        if (change.phone)
            profile.phone = change.phone->trimmed();
        if (change.language)
            profile.language = *change.language;
        m_store.updateProfile(principal.user.id, updated.user.name, profile);
    });
    return me(updated);
}

void AccountService::changePassword(const Principal& principal, const QString& current, const QString& next)
{
    requirePerson(principal);
    const auto credentials = m_store.credentials(principal.user.email);
    if (!credentials || credentials->user.id != principal.user.id || credentials->passwordHash.isEmpty() ||
        !verifyPassword(current, credentials->passwordHash))
        throw Invalid(u"current"_qs, u"is not the account's password"_qs);
    checkNewPassword(u"new"_qs, next);
    const QString hash = hashPassword(next, m_settings.passwordIterations);
    // One transaction: never a new password with the old sessions still open. The live hub also
    // looks at its sockets' tokens every few seconds, should it read the revocation count early.
    m_store.transaction([&] {
        m_store.setPasswordHash(principal.user.id, hash);
        m_store.revokeTokensExcept(principal.user.id, principal.tokenHash);
    });
}

void AccountService::requestPasswordReset(const QString& email, const std::string& remoteAddress)
{
    const QString address = email.trimmed().toLower();
    static const QRegularExpression emailShape(uR"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"_qs);
    if (!emailShape.match(address).hasMatch())
        throw Invalid(u"email"_qs, u"must be an email address"_qs);
    if (const int wait = m_resetThrottle.admit(address, remoteAddress))
        throw Unavailable::throttled(u"Too many password reset requests; wait before asking again."_qs, wait);
    // Every request counts towards the address's limit, known or not: the limit tells nothing.
    m_resetThrottle.recordFailure(address);

    // The same work whichever the answer: a token, its hash, a mail composed, one row written.
    const auto credentials = m_store.credentials(address);
    const bool person = credentials && credentials->user.role != Role::Kiosk &&
                        credentials->user.role != Role::Register && !credentials->passwordHash.isEmpty();
    const QString token = newToken();
    const QByteArray hash = tokenHash(token.toStdString());
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_settings.resetLifetime.count());
    const QString language =
        person ? m_store.profile(credentials->user.id).value_or(Profile{}).language : u"fr"_qs;
    const MailContent mail =
        passwordResetMail(language, person ? credentials->user.name : address,
                          m_settings.resetLinkBase + token, int(m_settings.resetLifetime.count() / 60));
    m_store.transaction([&] {
        m_store.savePasswordReset(hash, person ? credentials->user.id : UserId{}, expires);
        if (person)
            m_mail.enqueue(u"reset-"_qs + newId(u"m"_qs), u"password_reset"_qs, address, mail);
    });
}

void AccountService::confirmPasswordReset(const QString& token, const QString& password)
{
    checkNewPassword(u"password"_qs, password);
    const QString invalid = u"is not a valid reset token: it is unknown, used or expired"_qs;
    if (token.isEmpty() || token.size() > 512)
        throw Invalid(u"token"_qs, invalid);
    const QByteArray digest = tokenHash(token.toStdString());
    // Looked up before the password is hashed: a guessed token costs a read, not 600,000 rounds.
    if (!m_store.passwordResetOwner(digest, QDateTime::currentDateTimeUtc()))
        throw Invalid(u"token"_qs, invalid);
    const QString hash = hashPassword(password, m_settings.passwordIterations);
    m_store.transaction([&] {
        // Taken in the write: of two confirms racing with one token, only one gets it.
        const auto user = m_store.takePasswordReset(digest, QDateTime::currentDateTimeUtc());
        if (!user)
            throw Invalid(u"token"_qs, invalid);
        m_store.setPasswordHash(*user, hash);
        m_store.revokeTokensExcept(*user, {});
    });
}

} // namespace comptoir::server
