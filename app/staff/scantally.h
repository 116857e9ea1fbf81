#pragma once
// A delivery received or a shelf counted, scan by scan: each scan of a barcode (or a SKU typed)
// adds one to its SKU's line; then the tally is applied as one stock adjustment per SKU — for a
// delivery, what was scanned with reason `receipt`; for a count, the variance against what the
// store has on hand with reason `count`. Each line keeps the Idempotency-Key and the delta of its
// first attempt, so sending again after a lost answer never receives or corrects twice.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class ScanTally : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(Purpose purpose READ purpose WRITE setPurpose NOTIFY purposeChanged)
    Q_PROPERTY(int count READ count NOTIFY linesChanged)
    Q_PROPERTY(int units READ units NOTIFY linesChanged)
    // Lines whose adjustment the server has not made yet.
    Q_PROPERTY(int unsent READ unsent NOTIFY linesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    enum Purpose { Receive, Count };
    Q_ENUM(Purpose)
    // Unconfirmed: sent, and the answer was lost; it goes again with the same key and delta.
    enum LineState { Pending, Sending, Applied, Refused, Unconfirmed, Unchanged };
    Q_ENUM(LineState)
    enum Role {
        SkuRole = Qt::UserRole + 1,
        NameRole,
        OptionsRole,
        ScannedRole,
        OnHandRole,
        VarianceRole,
        DeltaRole,
        LineStateRole,
        StateTextRole,
    };
    Q_ENUM(Role)

    explicit ScanTally(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] Purpose purpose() const { return m_purpose; }
    void setPurpose(Purpose purpose);
    [[nodiscard]] int count() const { return int(m_lines.size()); }
    [[nodiscard]] int units() const;
    [[nodiscard]] int unsent() const;
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }

    // A scanner's code or a SKU typed, then Enter: one more of it. False (and a message) for a code
    // the catalog does not know: nothing is added.
    Q_INVOKABLE bool scan(const QString& code);
    // Corrects a line (a miscount, a box of 12 scanned once); 0 keeps it in a count (none on the
    // shelf) and removes it from a delivery.
    Q_INVOKABLE void setScanned(const QString& sku, int quantity);
    Q_INVOKABLE void remove(const QString& sku);
    // Sends every line not applied yet, one adjustment per SKU, one after the other.
    Q_INVOKABLE void apply();
    // Starts a new delivery or count (lines not applied are dropped).
    Q_INVOKABLE void clear();
    Q_INVOKABLE void clearMessage() { say({}, false); }

signals:
    void sessionChanged();
    void purposeChanged();
    void linesChanged();
    void busyChanged();
    void messageChanged();
    // Every line is applied (or had nothing to change).
    void finished();

private:
    struct Line {
        QString sku;
        QString name;
        QString options;
        qint64 scanned = 0;
        LineState state = Pending;
        QString refusal;
        // Fixed at the first attempt and kept for every retry of it.
        QString idempotencyKey;
        qint64 sentDelta = 0;
    };
    [[nodiscard]] qint64 onHand(const QString& sku) const;
    [[nodiscard]] qint64 deltaOf(const Line& line) const;
    [[nodiscard]] int rowOf(const QString& sku) const;
    void sendNext();
    void lineChanged(int row);
    void say(const QString& message, bool refused) { m_call.say(message, refused); }

    QPointer<Session> m_session;
    Purpose m_purpose = Receive;
    QList<Line> m_lines;
    ConsoleCall m_call;
};

} // namespace comptoir::app
