#pragma once
// A manager's form for one product of the catalog: create it, change its name, description,
// brand, category, VAT class and its variants' prices and barcodes, archive it, give it an image.
// What was typed is checked here first (a name, a price that is an amount, a barcode that is an
// EAN-13 with its check digit), and each refusal is put next to its field. A change goes with
// If-Match on the version the manager started from: when someone else saved the product
// meanwhile (412), the editor reads their version and holds both (`mine`, `theirs`) until the
// manager chooses — keep theirs, or save mine over theirs knowingly. Nothing is ever overwritten
// silently.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>
#include <memory>

class QNetworkReply;

namespace comptoir::app {

class ProductEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    // The product as the server last gave it: {id, name, description, brand, category_id,
    // tax_class, status, image_url, version, variants: [{sku, options, price (text), barcode}]}.
    // Empty for a new product.
    Q_PROPERTY(QVariantMap product READ product NOTIFY productChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)
    // {field: sentence} for what the form must fix: "name", "variants.0.price", "variants.0.barcode".
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    // Someone else saved the product since it was opened: both versions, for the manager to choose.
    Q_PROPERTY(bool conflict READ conflict NOTIFY conflictChanged)
    Q_PROPERTY(QVariantMap mine READ mine NOTIFY conflictChanged)
    Q_PROPERTY(QVariantMap theirs READ theirs NOTIFY conflictChanged)
    // The fields where the two versions differ: [{field, label, mine, theirs}].
    Q_PROPERTY(QVariantList differences READ differences NOTIFY conflictChanged)

public:
    explicit ProductEditor(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] const QVariantMap& product() const { return m_product; }
    [[nodiscard]] bool busy() const { return m_call.busy() || m_upload; }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }
    [[nodiscard]] const QVariantMap& errors() const { return m_errors; }
    [[nodiscard]] bool conflict() const { return !m_theirs.isEmpty(); }
    [[nodiscard]] const QVariantMap& mine() const { return m_mine; }
    [[nodiscard]] const QVariantMap& theirs() const { return m_theirs; }
    [[nodiscard]] QVariantList differences() const;

    // Reads `productId` from the server (empty: a new product's blank form).
    Q_INVOKABLE void open(const QString& productId);
    // Checks `edited` (the product's fields as the form holds them) and creates or saves it.
    Q_INVOKABLE bool save(const QVariantMap& edited);
    // After a conflict: theirs becomes the form's product, mine is dropped.
    Q_INVOKABLE void keepTheirs();
    // After a conflict: mine is saved over theirs, on their version (the manager chose it).
    Q_INVOKABLE void saveMineOverTheirs();
    Q_INVOKABLE void archive();
    // Sends the image file at `fileUrl` (JPEG, PNG or WebP up to 2 MiB).
    Q_INVOKABLE void uploadImage(const QString& fileUrl);
    // The form's checks alone, without sending: the errors (also set in `errors`).
    Q_INVOKABLE QVariantMap check(const QVariantMap& edited);
    Q_INVOKABLE static bool isEan13(const QString& code);

signals:
    void sessionChanged();
    void productChanged();
    void busyChanged();
    void messageChanged();
    void errorsChanged();
    void conflictChanged();
    // Saved, created or archived: the list reads again.
    void saved(const QString& productId);

private:
    // The product in the form's shape (prices as typed text).
    [[nodiscard]] QVariantMap formShape(const QJsonObject& product) const;
    // The form's shape as a PATCH or POST body (prices in minor units).
    [[nodiscard]] QJsonObject body(const QVariantMap& edited) const;
    void send(const QVariantMap& edited, int version);
    void readTheirs(const QVariantMap& edited);
    void setErrors(const QVariantMap& errors);
    void setConflict(const QVariantMap& mine, const QVariantMap& theirs);

    QPointer<Session> m_session;
    ConsoleCall m_call;
    QVariantMap m_product;
    QVariantMap m_errors;
    QVariantMap m_mine;
    QVariantMap m_theirs;
    QPointer<QNetworkReply> m_upload;
    std::unique_ptr<QNetworkAccessManager> m_network; // made for the first upload
};

} // namespace comptoir::app
