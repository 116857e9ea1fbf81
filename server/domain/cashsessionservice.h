#pragma once
// Cash sessions: a register's drawer opened with a float, pay-ins and pay-outs with a reason,
// its running X report and its closing with the counted cash, whose Z report is kept as it was
// (API.md, second part: Cash sessions). Also the one rule of which session a payment or refund
// may go through (sessionForMoney), which PaymentService and returns apply.
//
// Who: staff of the session's store, managers and admins; anyone else is told the session does
// not exist (404). When a person signed in on a till by PIN (Principal::registerId), the money
// they take goes through that till's session only; signed in with a password (a back-office PC),
// through any open session of their store.

#include "domain/principal.h"
#include "store/store.h"

#include <QJsonObject>

namespace comptoir::server {

// The largest float, movement or count one drawer takes, in minor units (1,000,000.00).
inline constexpr qint64 kMaxDrawerAmount = 100'000'000;
inline constexpr int kMaxMovementReason = 200;

class CashSessionService {
public:
    CashSessionService(Store& store, QString currency) : m_store(store), m_currency(std::move(currency)) {}

    // {"register_id","opening_float"}: 422 on register_id unless it is a register of a store the
    // principal acts at; 409 when that register has a session open.
    CashSessionRecord open(const Principal& principal, const QJsonObject& body);
    // 404 when it does not exist or is another store's.
    [[nodiscard]] CashSessionRecord visibleSession(const Principal& principal, const QString& id);
    [[nodiscard]] Page<CashSessionRecord> list(const Principal& principal, CashSessionQuery query);
    // {"kind","amount","reason"} into an open session (409 when closed).
    CashMovement addMovement(const Principal& principal, const QString& id, const QJsonObject& body);
    // {"counted"}: closes the session and keeps its Z report; 409 when already closed. Answers the
    // session with its report.
    QJsonObject close(const Principal& principal, const QString& id, const QJsonObject& body);

    // The session with its report: the running X report while open, the kept Z once closed.
    [[nodiscard]] QJsonObject sessionWithReport(const CashSessionRecord& record);

    // The open session `id` through which `principal` takes or gives back money: 403 for who is
    // not staff, 422 (field cash_session_id) when unknown, 409 when closed, another store's or,
    // for a PIN sign-in, another register's. Called again inside the transaction that records the
    // money, so a session closed meanwhile takes nothing.
    CashSessionRecord sessionForMoney(const Principal& principal, const QString& id);

private:
    [[nodiscard]] QJsonObject report(const CashSession& session, const std::optional<Money>& counted);
    // 422 unless `money` is in the store's currency and within [minimum, kMaxDrawerAmount].
    void checkDrawerAmount(const Money& money, const QString& field, qint64 minimum) const;

    Store& m_store;
    QString m_currency;
};

} // namespace comptoir::server
