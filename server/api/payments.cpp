// Routes: card tokens, order payments, refunds and the processor's webhooks.
#include "api/services.h"

#include "domain/errors.h"

namespace comptoir::server {

namespace {

// The request's Idempotency-Key, as the principal's own: the processor's keys are made from it.
QString idempotencyScope(const RequestContext& ctx)
{
    return ctx.principal.scopeKey() + u':' + QString::fromStdString(ctx.header("Idempotency-Key"));
}

} // namespace

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
               {.minRole = Role::Customer,
                .idempotent = true,
                .prepare =
                    [&s](RequestContext& ctx) {
                        ctx.stash = s.payments.preparePayment(ctx.principal, OrderId{ctx.pathParam("id")},
                                                              ctx.jsonBody(), idempotencyScope(ctx));
                    },
                .onFailure =
                    [&s](RequestContext& ctx) {
                        if (const auto* attempt = std::any_cast<PaymentAttempt>(&ctx.stash))
                            s.payments.returnCharge(*attempt);
                    }});

    // The processor makes the refund before the transaction (it bounds a charge's refunds by the
    // charge, and answers a retried key with the refund it made); the transaction records it.
    router.add("POST", "/api/v1/payments/{id}/refunds",
               [&s](RequestContext& ctx) {
                   const auto& attempt = std::any_cast<const RefundAttempt&>(ctx.stash);
                   ctx.sendJson(201, s.payments.recordRefund(attempt, u"api"_qs));
               },
               {.minRole = Role::Staff, .idempotent = true, .prepare = [&s](RequestContext& ctx) {
                    ctx.stash = s.payments.prepareRefund(ctx.principal, ctx.pathParam("id"), ctx.jsonBody(),
                                                         idempotencyScope(ctx));
                }});

    router.add("POST", "/api/v1/webhooks/payments", [&s](RequestContext& ctx) {
        const QByteArray body = QByteArray::fromStdString(ctx.req.body);
        ctx.sendJson(
            200, s.payments.handleWebhook(QString::fromStdString(ctx.header("Comptoir-Signature")), body));
    });
}

} // namespace comptoir::server
