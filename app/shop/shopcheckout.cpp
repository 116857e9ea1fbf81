#include "app/shop/shopcheckout.h"

#include "app/checkout/checkout.h"
#include "app/shop/cardfields.h"
#include "app/shop/cartquote.h"

#include <QDate>

namespace comptoir::app {

ShopCheckout::ShopCheckout(QObject* parent) : QObject(parent) {}

void ShopCheckout::setCheckout(Checkout* checkout)
{
    if (checkout == m_checkout)
        return;
    if (m_checkout)
        disconnect(m_checkout, nullptr, this, nullptr);
    m_checkout = checkout;
    if (m_checkout)
        connect(m_checkout, &Checkout::stateChanged, this, &ShopCheckout::onCheckoutState);
    emit inputsChanged();
    emit changed();
}

void ShopCheckout::setQuote(CartQuote* quote)
{
    if (quote == m_quote)
        return;
    if (m_quote)
        disconnect(m_quote, nullptr, this, nullptr);
    m_quote = quote;
    if (m_quote)
        connect(m_quote, &CartQuote::answered, this, &ShopCheckout::onQuoteAnswered);
    emit inputsChanged();
}

bool ShopCheckout::busy() const
{
    if (m_stage != Stage::Idle)
        return true;
    return m_checkout &&
           (m_checkout->state() == Checkout::Placing || m_checkout->state() == Checkout::Authorizing);
}

QString ShopCheckout::message() const
{
    if (!m_message.isEmpty() || !m_checkout)
        return m_message;
    switch (m_checkout->state()) {
    case Checkout::Declined:
    case Checkout::Failed:
    case Checkout::NeedsNetwork:
    case Checkout::Unconfirmed:
        return m_checkout->message();
    default:
        return {};
    }
}

QString ShopCheckout::choiceKey() const
{
    if (!m_quote)
        return {};
    if (m_quote->fulfillmentType() == u"pickup")
        return m_quote->locationId().isEmpty() ? QString() : u"pickup:"_qs + m_quote->locationId();
    if (m_quote->fulfillmentType() == u"delivery")
        return m_quote->address().isEmpty() ? QString() : u"delivery:"_qs + m_quote->address();
    return {};
}

void ShopCheckout::pay(const QString& number, const QString& expiry, const QString& cvc)
{
    if (!m_checkout || !m_quote || busy())
        return;
    m_numberError = CardFields::numberProblem(number);
    m_expiryError = CardFields::expiryProblem(expiry, QDate::currentDate());
    m_cvcError = CardFields::cvcProblem(cvc);
    m_message.clear();
    if (!m_numberError.isEmpty() || !m_expiryError.isEmpty() || !m_cvcError.isEmpty()) {
        emit changed();
        return;
    }
    const QString choice = choiceKey();
    if (choice.isEmpty())
        return stop(tr("Choose a store to collect from, or an address to deliver to."));
    const auto e = CardFields::expiry(expiry);
    m_card = {CardFields::digits(number), e->month, e->year, cvc.trimmed()};

    const Checkout::State state = m_checkout->state();
    if ((state == Checkout::AwaitingCard || state == Checkout::Declined) && choice == m_placedFor) {
        // The order stands (a card was declined): the next card pays the same order.
        const Card card = m_card;
        forgetCard();
        emit changed();
        m_checkout->payByCard(card.number, card.month, card.year, card.cvc);
        return;
    }
    if (state == Checkout::AwaitingCard || state == Checkout::Declined)
        m_checkout->cancelPayment(); // another store or address: that order gives its stock back
    else if (state == Checkout::Paid || state == Checkout::Unconfirmed || state == Checkout::SentToCounter)
        m_checkout->reset(); // a new purchase after the last one
    m_stage = Stage::Checking;
    emit changed();
    m_quote->refresh();
}

void ShopCheckout::onQuoteAnswered()
{
    if (m_stage == Stage::Explaining) {
        // The order was refused (409): the quote at the same place says what ran out.
        m_stage = Stage::Idle;
        if (m_quote->ready() && !m_quote->complete())
            m_message = tr("Some items ran out before your order was placed: %1. Change your cart or choose "
                           "another store.")
                            .arg(m_quote->shortLines().join(u"; "_qs));
        emit changed();
        return;
    }
    if (m_stage != Stage::Checking)
        return;
    if (m_quote->state() == CartQuote::Refused)
        return stop(
            !m_quote->promoMessage().isEmpty()
                ? tr("%1 Remove the code in your cart to order without it.").arg(m_quote->promoMessage())
                : m_quote->message());
    if (m_quote->state() != CartQuote::Ready)
        return stop(m_quote->message().isEmpty() ? tr("The server is not answering. Try again in a moment.")
                                                 : m_quote->message());
    if (!m_quote->complete())
        return stop(
            m_quote->fulfillmentType() == u"pickup"
                ? tr("This store no longer has everything: %1. Choose another store or change your cart.")
                      .arg(m_quote->shortLines().join(u"; "_qs))
                : tr("Some items cannot be delivered in this quantity: %1. Change your cart.")
                      .arg(m_quote->shortLines().join(u"; "_qs)));
    m_stage = Stage::Placing;
    m_placedFor = choiceKey();
    emit changed();
    if (m_quote->fulfillmentType() == u"pickup")
        m_checkout->payHere(m_quote->locationId());
    else
        m_checkout->deliverTo(m_quote->address());
    if (m_checkout->state() != Checkout::Placing && m_checkout->state() != Checkout::AwaitingCard)
        onCheckoutState(); // refused at once (offline): say so
}

void ShopCheckout::onCheckoutState()
{
    const Checkout::State state = m_checkout->state();
    if (m_stage == Stage::Placing) {
        if (state == Checkout::AwaitingCard) {
            m_stage = Stage::Idle;
            const Card card = m_card;
            forgetCard();
            emit changed();
            m_checkout->payByCard(card.number, card.month, card.year, card.cvc);
            return;
        }
        if (state == Checkout::Failed) {
            forgetCard();
            m_stage = Stage::Explaining;
            emit changed();
            m_quote->refresh();
            return;
        }
        if (state != Checkout::Placing) {
            forgetCard();
            m_stage = Stage::Idle;
        }
    }
    emit changed();
}

void ShopCheckout::stop(const QString& message)
{
    forgetCard();
    m_stage = Stage::Idle;
    m_message = message;
    emit changed();
}

void ShopCheckout::leave()
{
    forgetCard();
    m_stage = Stage::Idle;
    m_message.clear();
    if (m_checkout && m_checkout->state() != Checkout::Paid && m_checkout->state() != Checkout::Unconfirmed)
        m_checkout->cancelPayment();
    emit changed();
}

} // namespace comptoir::app
