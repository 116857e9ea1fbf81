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

    router.addTwoPhase<PaymentAttempt>(
        "POST", "/api/v1/orders/{id}/payments",
        {.prepare =
             [&s](RequestContext& ctx) {
                 return s.payments.preparePayment(ctx.principal, OrderId{ctx.pathParam("id")}, ctx.jsonBody(),
                                                  idempotencyScope(ctx));
             },
         .handle =
             [&s](RequestContext& ctx, PaymentAttempt& attempt) {
                 const PaymentRecord payment =
                     s.payments.recordPayment(ctx.principal, OrderId{ctx.pathParam("id")}, attempt);
                 ctx.sendJson(201, paymentJson(payment));
             },
         .onFailure = [&s](RequestContext&, PaymentAttempt& attempt) { s.payments.returnCharge(attempt); }},
        {.minRole = Role::Customer});

    // The processor makes the refund before the transaction (it bounds a charge's refunds by the
    // charge, and answers a retried key with the refund it made); the transaction records it.
    router.addTwoPhase<RefundAttempt>("POST", "/api/v1/payments/{id}/refunds",
                                      {.prepare =
                                           [&s](RequestContext& ctx) {
                                               return s.payments.prepareRefund(
                                                   ctx.principal, ctx.pathParam("id"), ctx.jsonBody(),
                                                   idempotencyScope(ctx));
                                           },
                                       .handle =
                                           [&s](RequestContext& ctx, RefundAttempt& attempt) {
                                               ctx.sendJson(201, s.payments.recordRefund(attempt, u"api"_qs));
                                           }},
                                      {.minRole = Role::Staff});

    router.add("POST", "/api/v1/webhooks/payments", [&s](RequestContext& ctx) {
        const QByteArray body = QByteArray::fromStdString(ctx.req.body);
        ctx.sendJson(
            200, s.payments.handleWebhook(QString::fromStdString(ctx.header("Comptoir-Signature")), body));
    });
}

} // namespace comptoir::server
