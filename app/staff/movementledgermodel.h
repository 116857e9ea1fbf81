#pragma once
// The movement ledger of one SKU at the store: every change of its on-hand or reserved stock with
// its cause (an order, an adjustment and its reason, a transfer), newest first. The ledger is not
// in the change feed, so it is read from the server (GET /inventory/movements) when the SKU is
// chosen and again when its stock moves; offline, it says it cannot be read.

#include "app/session/session.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace comptoir::app {

class MovementLedgerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(QString sku READ sku WRITE setSku NOTIFY skuChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum Role {
        AtTextRole = Qt::UserRole + 1,
        CauseTextRole,
        OnHandDeltaRole,
        ReservedDeltaRole,
        OnHandAfterRole
    };
    Q_ENUM(Role)

    explicit MovementLedgerModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QString& sku() const { return m_sku; }
    void setSku(const QString& sku);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool loading() const { return m_call != nullptr; }
    [[nodiscard]] const QString& error() const { return m_error; }

    Q_INVOKABLE void reload();

signals:
    void sessionChanged();
    void skuChanged();
    void countChanged();
    void loadingChanged();
    void errorChanged();

private:
    [[nodiscard]] QString causeText(const QJsonObject& movement) const;
    void setError(const QString& error);

    QPointer<Session> m_session;
    QString m_sku;
    QList<QJsonObject> m_rows;
    QPointer<sync::OnlineCall> m_call;
    QString m_error;
    QTimer m_again; // stock changes come in bursts: one read after them
};

} // namespace comptoir::app
