// Routes: card tokens, order payments, refunds and the processor's webhooks.
#include "api/services.h"

#include "domain/errors.h"

namespace comptoir::server {

void registerPaymentRoutes(Router& router, Services& s)
{
    router.add("POST", "/api/v1/payments/tokens",
               [&s](RequestContext& ctx) { ctx.sendJson(201, s.payments.tokenize(ctx.jsonBody())); });

    router.add("POST", "/api/v1/orders/{id}/payments",
               [&s](RequestContext& ctx) {
                   auto& attempt = std::any_cast<PaymentAttempt&>(ctx.stash);
                   const PaymentRecord payment =
                       s.payments.recordPayment(ctx.principal, OrderId{ctx.pathParam("id")}, attempt);
                   ctx.sendJson(201, paymentJson(payment));
               },
               {.minRole = Role::Customer, .idempotent = true, .prepare = [&s](RequestContext& ctx) {
                    const QString scope = ctx.principal.scopeKey() + u':' +
                                          QString::fromStdString(ctx.header("Idempotency-Key"));
                    ctx.stash = s.payments.preparePayment(ctx.principal, OrderId{ctx.pathParam("id")},
                                                          ctx.jsonBody(), scope);
                }});

    // A refund is checked, sent to the processor and recorded in one transaction, so two refunds
    // at once can never together return more than was captured.
    router.add("POST", "/api/v1/payments/{id}/refunds",
               [&s](RequestContext& ctx) {
                   const RefundAttempt attempt =
                       s.payments.prepareRefund(ctx.principal, ctx.pathParam("id"), ctx.jsonBody());
                   ctx.sendJson(201, s.payments.recordRefund(attempt, u"api"_qs));
               },
               {.minRole = Role::Staff, .idempotent = true});

    router.add("POST", "/api/v1/webhooks/payments", [&s](RequestContext& ctx) {
        const QByteArray body = QByteArray::fromStdString(ctx.req.body);
        ctx.sendJson(
            200, s.payments.handleWebhook(QString::fromStdString(ctx.header("Comptoir-Signature")), body));
    });
}

} // namespace comptoir::server
