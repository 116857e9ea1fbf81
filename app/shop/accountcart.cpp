#include "app/shop/accountcart.h"

#include "app/access/customeraccess.h"
#include "app/cart/cart.h"
#include "app/core/applog.h"
#include "app/session/session.h"
#include "sync/net/onlinecall.h"

#include <QJsonDocument>

namespace comptoir::app {

namespace {

const QString kAgreementKey = u"account_cart.synced"_qs;

} // namespace

AccountCart::AccountCart(Session& session, CustomerAccess& access, Cart& cart, QObject* parent)
    : QObject(parent), m_session(session), m_access(access), m_cart(cart)
{
    m_sendTimer.setSingleShot(true);
    connect(&m_sendTimer, &QTimer::timeout, this, &AccountCart::send);
    // A sign-in (or out) starts a new session: that is when the carts meet.
    connect(&session, &Session::syncReplaced, this, &AccountCart::onSessionReplaced);
    connect(&cart, &Cart::changed, this, &AccountCart::onLocalChange);
    connect(&session, &Session::dataChanged, this, [this](const QStringList& entities) {
        if (entities.contains(u"cart"_qs))
            onServerCartInCache();
    });
    // Back online: what waited goes now.
    connect(&session, &Session::connectivityChanged, this, [this] {
        if (active() && !m_session.isOffline() && m_version < 0 && !m_call)
            fetch();
        else if (active() && !m_session.isOffline() && local() != m_base && !m_call)
            m_sendTimer.start(0);
    });
    onSessionReplaced();
}

AccountCart::~AccountCart()
{
    delete m_call.data();
}

bool AccountCart::active() const
{
    return m_access.signedIn() && m_session.isActive();
}

bool AccountCart::pending() const
{
    return active() && (m_call || m_version < 0 || local() != m_base);
}

CartContent AccountCart::local() const
{
    CartContent content;
    // Every line, sold or not yet known to this cache: leaving one out would take it off the
    // server's cart too.
    for (const CartItem& item : m_cart.items())
        content.lines.insert(item.sku, item.quantity);
    content.promoCode = m_cart.promoCode();
    return content;
}

void AccountCart::onSessionReplaced()
{
    delete m_call.data();
    m_sendTimer.stop();
    m_version = -1;
    m_base = {};
    m_hasBase = false;
    m_refused.reset();
    setError({});
    if (!active())
        return emit stateChanged();
    loadAgreement();
    fetch();
}

void AccountCart::loadAgreement()
{
    const QJsonObject saved =
        QJsonDocument::fromJson(m_session.sync()->cache().meta(kAgreementKey).toUtf8()).object();
    if (saved.isEmpty())
        return;
    m_base = cartFromJson(saved);
    m_hasBase = true;
}

void AccountCart::agree(const CartContent& content, qint64 version)
{
    m_base = content;
    m_version = version;
    m_hasBase = true;
    QJsonObject saved = cartToJson(content);
    saved.insert(u"version"_qs, version);
    try {
        m_session.sync()->cache().setMeta(
            kAgreementKey, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "the cart's agreement with the server is not kept:" << e.what();
    }
    emit stateChanged();
}

void AccountCart::fetch()
{
    if (!active() || m_call)
        return;
    auto* call = m_session.callWithout(m_session.serverUrl(), m_access.token(),
                                       {u"GET"_qs, u"/me/cart"_qs, {}, {}, 15000}, this);
    m_call = call;
    connect(call, &sync::OnlineCall::finished, this, [this, call](const sync::HttpAnswer& answer) {
        call->deleteLater();
        onFetched(answer);
    });
    call->start();
    emit stateChanged();
}

void AccountCart::onFetched(const sync::HttpAnswer& answer)
{
    if (!answer.ok()) {
        // Offline or refused: the cart here stays as it is; the link coming back reads again.
        qCInfo(lcApp) << "the account's cart could not be read:" << answer.describe();
        if (answer.isTransient() || answer.foreign)
            QTimer::singleShot(kRetryDelayMs, this, [this] {
                if (m_version < 0)
                    fetch();
            });
        return emit stateChanged();
    }
    const QJsonObject cart = QJsonDocument::fromJson(answer.body).object();
    // Nothing agreed yet (a sign-in): the visitor's cart adds to the account's.
    if (!m_hasBase)
        m_base = {};
    mergeWith(cartFromJson(cart), cart.value(u"version"_qs).toInteger());
}

void AccountCart::mergeWith(const CartContent& theirs, qint64 version)
{
    const CartContent merged = mergeCarts(m_base, local(), theirs, Cart::kMaxQuantity);
    applyLocally(merged);
    agree(theirs, version);
    if (merged != theirs)
        m_sendTimer.start(0);
}

void AccountCart::applyLocally(const CartContent& content)
{
    const CartContent here = local();
    if (here == content)
        return;
    m_applying = true;
    for (auto it = here.lines.cbegin(); it != here.lines.cend(); ++it)
        if (!content.lines.contains(it.key()))
            m_cart.remove(it.key());
    for (auto it = content.lines.cbegin(); it != content.lines.cend(); ++it)
        if (here.lines.value(it.key()) != it.value())
            m_cart.setQuantity(it.key(), int(it.value()));
    if (here.promoCode != content.promoCode) {
        if (content.promoCode.isEmpty())
            m_cart.clearPromoCode();
        else
            m_cart.applyPromoCode(content.promoCode);
    }
    m_applying = false;
}

void AccountCart::onLocalChange()
{
    if (m_applying || !active() || m_version < 0)
        return;
    if (local() == m_base)
        return emit stateChanged();
    m_sendTimer.start(kSendDelayMs);
    emit stateChanged();
}

void AccountCart::send()
{
    if (!active() || m_version < 0)
        return;
    if (m_call) {
        m_sendTimer.start(kSendDelayMs); // after the answer in flight
        return;
    }
    const CartContent sent = local();
    if (sent == m_base || (m_refused && *m_refused == sent))
        return emit stateChanged();
    sync::CallRequest request{
        u"PUT"_qs, u"/me/cart"_qs, QJsonDocument(cartToJson(sent)).toJson(QJsonDocument::Compact), {}, 15000};
    auto* call = m_session.callWithout(m_session.serverUrl(), m_access.token(), std::move(request), this);
    call->setRawHeader("If-Match", '"' + QByteArray::number(m_version) + '"');
    m_call = call;
    connect(call, &sync::OnlineCall::finished, this, [this, call, sent](const sync::HttpAnswer& answer) {
        call->deleteLater();
        onSent(sent, answer);
    });
    call->start();
    emit stateChanged();
}

void AccountCart::onSent(const CartContent& sent, const sync::HttpAnswer& answer)
{
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (answer.ok()) {
        setError({});
        m_refused.reset();
        agree(cartFromJson(body), body.value(u"version"_qs).toInteger());
        // Changed here meanwhile, or another device's copy already in the feed: go on from there.
        onServerCartInCache();
        if (local() != m_base)
            m_sendTimer.start(kSendDelayMs);
        return;
    }
    if (answer.status == 412) {
        // Another device saved first: its copy, with this device's changes laid over it.
        const QJsonObject current = body.value(u"cart"_qs).toObject();
        qCInfo(lcApp) << "the cart changed on another device: merging into version"
                      << current.value(u"version"_qs).toInteger();
        if (current.isEmpty()) {
            m_version = -1;
            return fetch();
        }
        return mergeWith(cartFromJson(current), current.value(u"version"_qs).toInteger());
    }
    if (answer.isTransient() || answer.foreign) {
        // No link: the change stays here, and goes when the link is back (or at the next try).
        qCInfo(lcApp) << "the cart waits for the link:" << answer.describe();
        QTimer::singleShot(kRetryDelayMs, this, [this] {
            if (local() != m_base)
                m_sendTimer.start(0);
        });
        return emit stateChanged();
    }
    m_refused = sent;
    setError(answer.status == 422
                 ? tr("Your cart could not be saved to your account: a product in it is no longer sold. "
                      "Remove it, and the cart is saved again.")
                 : tr("Your cart could not be saved to your account. It stays on this computer."));
    qCWarning(lcApp) << "the account's cart was refused:" << answer.describe();
}

void AccountCart::onServerCartInCache()
{
    if (!active() || m_call || m_version < 0)
        return;
    try {
        auto st = m_session.sync()->cache().db().prepare("SELECT version, json FROM server_cart LIMIT 1");
        if (!st.step())
            return;
        const qint64 version = st.int64(0);
        if (version <= m_version)
            return;
        const QJsonObject cart = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        mergeWith(cartFromJson(cart), version);
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "the account's cart in the cache:" << e.what();
    }
}

void AccountCart::setError(const QString& error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit stateChanged();
}

} // namespace comptoir::app
