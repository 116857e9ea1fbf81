#pragma once
// A drawer's report as the server computes it (GET /cash-sessions/{id} while open: the X report;
// the close's answer: the frozen Z report): sales by payment method, refunds, pay-ins and
// pay-outs, the cash expected in the drawer, what was counted and the difference, and the VAT by
// rate. Amounts in minor units of `currency`; the console only shows them, it never recomputes.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace comptoir::app {

struct DrawerReport {
    struct ByMethod {
        QString method; // cash, card, terminal
        qint64 count = 0;
        qint64 amount = 0;
    };
    struct Movement {
        QString kind; // in, out
        qint64 amount = 0;
        QString reason;
    };
    struct Tax {
        int rateBp = 0;
        qint64 base = 0;
        qint64 tax = 0;
        qint64 total = 0;
    };

    bool final = false; // a Z report (the session is closed)
    QString sessionId;
    QString storeId;
    QString currency;
    QDateTime openedAt;
    QDateTime closedAt;
    qint64 openingFloat = 0;
    qint64 orders = 0;
    qint64 paymentsCount = 0;
    qint64 paymentsAmount = 0;
    QList<ByMethod> byMethod;
    qint64 refundsCount = 0;
    qint64 refundsAmount = 0;
    QList<ByMethod> refundsByMethod;
    QList<Movement> movements;
    qint64 expectedCash = 0;
    std::optional<qint64> counted;    // Z only
    std::optional<qint64> difference; // counted − expected, Z only
    QList<Tax> tax;

    [[nodiscard]] bool isEmpty() const { return sessionId.isEmpty(); }
    // From a session with its "report" (GET /cash-sessions/{id}, POST …/close).
    [[nodiscard]] static DrawerReport fromSession(const QJsonObject& session);
};

} // namespace comptoir::app
