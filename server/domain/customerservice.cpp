#include "domain/customerservice.h"

#include "comptoir/ids.h"
#include "domain/addressrules.h"
#include "domain/errors.h"
#include "store/customerjson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace comptoir::server {

namespace {

// Only a customer account keeps addresses, a wishlist and a cart: a staff member, a kiosk or a
// till has no delivery address and no cart of its own.
const UserId& customerOf(const Principal& p)
{
    if (!p.authenticated)
        throw Forbidden::notSignedIn();
    if (p.user.role != Role::Customer)
        throw Forbidden(u"Addresses, wishlists and carts belong to customer accounts; sign in as the "
                        "customer."_qs);
    return p.user.id;
}

struct TextField {
    QString key;
    int maxLength;
    bool required;
};

// Reads a string field: null or absent is empty; another type is a field error.
QString textOf(const QJsonObject& body, const QString& key, QList<FieldError>& errors)
{
    const QJsonValue v = body.value(key);
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString()) {
        errors.append({key, u"must be a string."_qs});
        return {};
    }
    return v.toString();
}

// The address in `body` (a whole address: POST's body, or PATCH's merged over the stored one),
// every field checked; all refusals at once.
Address addressFrom(const QJsonObject& body)
{
    static const QList<TextField> fields = {{u"label"_qs, 40, false}, {u"name"_qs, 100, true},
                                            {u"line1"_qs, 120, true}, {u"line2"_qs, 120, false},
                                            {u"city"_qs, 80, true},   {u"postal_code"_qs, 12, false},
                                            {u"phone"_qs, 32, false}};
    QList<FieldError> errors;
    QHash<QString, QString> text;
    for (const TextField& f : fields) {
        const qsizetype before = errors.size();
        const QString value = textOf(body, f.key, errors);
        text.insert(f.key, value);
        if (errors.size() != before)
            continue;
        if (f.required && value.trimmed().isEmpty())
            errors.append({f.key, u"is required."_qs});
        else if (const QString problem = singleLineTextProblem(value, f.maxLength); !problem.isEmpty())
            errors.append({f.key, problem});
    }

    const qsizetype beforeCountry = errors.size();
    QString country = textOf(body, u"country"_qs, errors);
    if (errors.size() == beforeCountry) {
        // Lower case is the same code; anything else must be a code ISO assigns.
        if (country.size() == 2 && country.at(0).unicode() < 128 && country.at(1).unicode() < 128)
            country = country.toUpper();
        if (country.isEmpty())
            errors.append({u"country"_qs, u"is required (an ISO 3166-1 alpha-2 code such as FR)."_qs});
        else if (!isIso3166Alpha2(country))
            errors.append(
                {u"country"_qs, u"must be an ISO 3166-1 alpha-2 country code such as FR or BE."_qs});
        else if (const QString problem = postalCodeProblem(country, text.value(u"postal_code"_qs));
                 !problem.isEmpty() && std::none_of(errors.begin(), errors.end(), [](const FieldError& e) {
                     return e.field == u"postal_code";
                 }))
            errors.append({u"postal_code"_qs, problem});
    }

    const QString phone = text.value(u"phone"_qs);
    static const QRegularExpression phoneShape(u"^\\+?[0-9 ().-]{4,31}$"_qs);
    if (!phone.isEmpty() && singleLineTextProblem(phone, 32).isEmpty() && !phoneShape.match(phone).hasMatch())
        errors.append({u"phone"_qs, u"must be a phone number: digits, spaces and + ( ) - . only."_qs});

    if (!errors.isEmpty())
        throw ValidationError(errors);
    Address a;
    a.label = text.value(u"label"_qs);
    a.name = text.value(u"name"_qs);
    a.line1 = text.value(u"line1"_qs);
    a.line2 = text.value(u"line2"_qs);
    a.postalCode = text.value(u"postal_code"_qs);
    a.city = text.value(u"city"_qs);
    a.country = country;
    a.phone = phone;
    return a;
}

} // namespace

void CustomerService::requireCustomer(const Principal& principal)
{
    (void)customerOf(principal);
}

QList<Address> CustomerService::addresses(const Principal& principal)
{
    return m_store.addresses(customerOf(principal));
}

Address CustomerService::addAddress(const Principal& principal, const QJsonObject& body)
{
    const UserId& customer = customerOf(principal);
    Address a = addressFrom(body);
    a.id = newId(u"adr"_qs);
    a.customerId = customer;
    a.createdAt = QDateTime::currentDateTimeUtc();
    if (!m_store.addAddress(a, kMaxAddresses))
        throw Invalid(u"addresses"_qs,
                      u"An account keeps at most %1 addresses: delete one you no longer use first."_qs.arg(
                          kMaxAddresses));
    return a;
}

Address CustomerService::updateAddress(const Principal& principal, const QString& id,
                                       const QJsonObject& patch)
{
    const UserId& customer = customerOf(principal);
    const auto current = m_store.address(customer, id);
    if (!current)
        throw NotFound(u"You have no address with id %1."_qs.arg(id));
    QJsonObject merged = toJson(*current);
    for (auto it = patch.begin(); it != patch.end(); ++it)
        if (it.key() != u"id")
            merged.insert(it.key(), it.value());
    Address a = addressFrom(merged);
    a.id = current->id;
    a.customerId = customer;
    a.createdAt = current->createdAt;
    // Deleted by another device since it was read: the same answer as an unknown id.
    if (!m_store.updateAddress(a))
        throw NotFound(u"You have no address with id %1."_qs.arg(id));
    return a;
}

void CustomerService::deleteAddress(const Principal& principal, const QString& id)
{
    if (!m_store.deleteAddress(customerOf(principal), id))
        throw NotFound(u"You have no address with id %1."_qs.arg(id));
}

QList<WishlistItem> CustomerService::wishlist(const Principal& principal)
{
    return m_store.wishlist(customerOf(principal));
}

void CustomerService::addToWishlist(const Principal& principal, const ProductId& product)
{
    const UserId& customer = customerOf(principal);
    const auto found = m_store.product(product);
    if (!found)
        throw NotFound(u"No product with id %1."_qs.arg(product.value));
    // An archived product cannot be bought: adding it would promise what the shop no longer
    // sells. One that was already on the list stays there, shown as no longer available.
    if (found->status == ProductStatus::Archived) {
        const auto listed = m_store.wishlist(customer);
        const bool already = std::any_of(listed.begin(), listed.end(),
                                         [&](const WishlistItem& i) { return i.productId == product; });
        if (already)
            return;
        throw Invalid(u"product_id"_qs,
                      u"%1 is no longer sold, so it cannot be added to your wishlist."_qs.arg(found->name));
    }
    if (m_store.addToWishlist(customer, product, kMaxWishlistItems) == CustomerStore::WishlistAdd::Full)
        throw Invalid(u"product_id"_qs,
                      u"A wishlist keeps at most %1 products: remove one first."_qs.arg(kMaxWishlistItems));
}

void CustomerService::removeFromWishlist(const Principal& principal, const ProductId& product)
{
    const UserId& customer = customerOf(principal);
    if (!m_store.product(product))
        throw NotFound(u"No product with id %1."_qs.arg(product.value));
    m_store.removeFromWishlist(customer, product);
}

SavedCart CustomerService::cart(const Principal& principal)
{
    return m_store.cart(customerOf(principal));
}

SavedCart CustomerService::replaceCart(const Principal& principal, const QJsonObject& body,
                                       qint64 expectedVersion)
{
    const UserId& customer = customerOf(principal);
    QList<FieldError> errors;
    SavedCart cart;

    const QJsonValue linesValue = body.value(u"lines"_qs);
    if (!linesValue.isArray()) {
        errors.append(
            {u"lines"_qs, u"is required: an array of {\"sku\", \"quantity\"} (empty for an empty cart)."_qs});
    } else if (linesValue.toArray().size() > kMaxCartLines) {
        errors.append({u"lines"_qs, u"A cart holds at most %1 lines."_qs.arg(kMaxCartLines)});
    } else {
        const QJsonArray lines = linesValue.toArray();
        QSet<QString> seen;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString at = u"lines[%1]"_qs.arg(i);
            if (!lines[i].isObject()) {
                errors.append({at, u"must be an object {\"sku\", \"quantity\"}."_qs});
                continue;
            }
            const QJsonObject line = lines[i].toObject();
            const QJsonValue sku = line.value(u"sku"_qs);
            const QJsonValue quantity = line.value(u"quantity"_qs);
            SavedCartLine parsed;
            if (!sku.isString() || sku.toString().isEmpty()) {
                errors.append({at + u".sku"_qs, u"is required: the SKU of a product variant."_qs});
            } else {
                parsed.sku = sku.toString();
                const auto info = parsed.sku.size() <= 64 ? m_store.skuInfo(parsed.sku) : std::nullopt;
                if (!info)
                    errors.append(
                        {at + u".sku"_qs, u"No product has the SKU %1."_qs.arg(parsed.sku.left(64))});
                else if (info->status == ProductStatus::Archived)
                    errors.append({at + u".sku"_qs, u"%1 is no longer sold."_qs.arg(info->name)});
                else if (seen.contains(parsed.sku))
                    errors.append({at + u".sku"_qs, u"appears on another line: give each SKU one line."_qs});
                seen.insert(parsed.sku);
            }
            const double q = quantity.toDouble(-1);
            if (!quantity.isDouble() || q != double(qint64(q)) || q < 1 || q > double(kMaxLineQuantity))
                errors.append(
                    {at + u".quantity"_qs, u"must be a whole number from 1 to %1."_qs.arg(kMaxLineQuantity)});
            else
                parsed.quantity = qint64(q);
            cart.lines.append(parsed);
        }
    }

    const QJsonValue promo = body.value(u"promo_code"_qs);
    if (!promo.isNull() && !promo.isUndefined()) {
        if (!promo.isString())
            errors.append({u"promo_code"_qs, u"must be a string or null."_qs});
        else if (const QString problem = singleLineTextProblem(promo.toString(), 40); !problem.isEmpty())
            errors.append({u"promo_code"_qs, problem});
        else
            cart.promoCode = promo.toString();
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const auto written = m_store.replaceCart(customer, cart, expectedVersion);
    if (!written) {
        // Another device saved the cart since this one read it: it gets the cart as it is now,
        // to merge its changes into and send again with the current version.
        const SavedCart current = m_store.cart(customer);
        throw Conflict(u"Your cart was changed on another device (it is now at version %1, not %2): merge "
                       "your changes into it and save again."_qs.arg(current.version)
                           .arg(expectedVersion),
                       {{u"current_version"_qs, current.version}, {u"cart"_qs, toJson(current)}},
                       Conflict::Reason::StaleVersion);
    }
    return *written;
}

} // namespace comptoir::server
