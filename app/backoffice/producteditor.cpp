#include "app/backoffice/producteditor.h"

#include "app/backoffice/backofficerefusal.h"
#include "app/backoffice/backofficerequest.h"
#include "app/backoffice/ean13.h"
#include "app/core/typedamount.h"
#include "app/staff/consolerefusal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QNetworkReply>
#include <QUrl>
#include <QUuid>

namespace comptoir::app {

namespace {

constexpr qint64 kLargestPrice = 100'000'000; // one million euros: beyond it, a typo

QString amountText(qint64 minor)
{
    return QString::number(minor / 100) + u',' + QString::number(minor % 100).rightJustified(2, u'0');
}

} // namespace

ProductEditor::ProductEditor(QObject* parent) : QObject(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &ProductEditor::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &ProductEditor::messageChanged);
}

void ProductEditor::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // The two versions' field labels are built here: built again in the new language.
    if (m_session)
        connect(m_session, &Session::languageChanged, this, &ProductEditor::conflictChanged);
    emit sessionChanged();
}

bool ProductEditor::isEan13(const QString& code)
{
    return Ean13::isValid(code);
}

QVariantMap ProductEditor::formShape(const QJsonObject& p) const
{
    QVariantList variants;
    for (const QJsonValue& v : p.value(u"variants"_qs).toArray()) {
        const QJsonObject variant = v.toObject();
        variants << QVariantMap{
            {u"sku"_qs, variant.value(u"sku"_qs).toString()},
            {u"options"_qs, variant.value(u"options"_qs).toObject().toVariantMap()},
            {u"price"_qs, amountText(variant.value(u"price"_qs).toObject().value(u"amount"_qs).toInteger())},
            {u"barcode"_qs, variant.value(u"barcode"_qs).toString()}};
    }
    QVariantMap shaped;
    for (const char* key :
         {"id", "name", "description", "brand", "category_id", "tax_class", "status", "image_url"})
        shaped.insert(QString::fromLatin1(key), p.value(QLatin1String(key)).toString());
    shaped.insert(u"version"_qs, p.value(u"version"_qs).toInt());
    // Where the form's thumbnail comes from (bundled with the app, else the server).
    shaped.insert(u"image_source"_qs,
                  m_session ? m_session->imageSource(p.value(u"image_url"_qs).toString()) : QString());
    shaped.insert(u"variants"_qs, variants);
    return shaped;
}

QJsonObject ProductEditor::body(const QVariantMap& edited) const
{
    const QString currency =
        m_session && !m_session->currency().isEmpty() ? m_session->currency() : u"EUR"_qs;
    QJsonArray variants;
    for (const QVariant& v : edited.value(u"variants"_qs).toList()) {
        const QVariantMap variant = v.toMap();
        QJsonObject out{
            {u"sku"_qs, variant.value(u"sku"_qs).toString().trimmed()},
            {u"options"_qs, QJsonObject::fromVariantMap(variant.value(u"options"_qs).toMap())},
            {u"price"_qs, QJsonObject{{u"amount"_qs, double(parseTypedAmount(
                                                         variant.value(u"price"_qs).toString(), currency))},
                                      {u"currency"_qs, currency}}}};
        const QString barcode = variant.value(u"barcode"_qs).toString().trimmed();
        if (!barcode.isEmpty())
            out.insert(u"barcode"_qs, barcode);
        variants.append(out);
    }
    QJsonObject out{{u"variants"_qs, variants}};
    for (const char* key : {"name", "description", "brand", "category_id", "tax_class"}) {
        const QString value = edited.value(QString::fromLatin1(key)).toString().trimmed();
        if (!value.isEmpty() || QLatin1String(key) == QLatin1String("description"))
            out.insert(QLatin1String(key), value);
    }
    return out;
}

QVariantMap ProductEditor::check(const QVariantMap& edited)
{
    QVariantMap errors;
    if (edited.value(u"name"_qs).toString().trimmed().isEmpty())
        errors.insert(u"name"_qs, tr("Give the product a name."));
    if (edited.value(u"category_id"_qs).toString().isEmpty())
        errors.insert(u"category_id"_qs, tr("Choose a category."));
    const QVariantList variants = edited.value(u"variants"_qs).toList();
    if (variants.isEmpty())
        errors.insert(u"variants"_qs, tr("A product needs at least one variant to sell."));
    const QString currency =
        m_session && !m_session->currency().isEmpty() ? m_session->currency() : u"EUR"_qs;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QVariantMap v = variants[i].toMap();
        const QString at = u"variants.%1."_qs.arg(i);
        if (v.value(u"sku"_qs).toString().trimmed().isEmpty())
            errors.insert(at + u"sku"_qs, tr("Give this variant a reference (SKU)."));
        const qint64 price = parseTypedAmount(v.value(u"price"_qs).toString(), currency);
        if (price <= 0 || price > kLargestPrice)
            errors.insert(at + u"price"_qs,
                          tr("Type a price, such as 12,50, above zero and under one million."));
        const QString barcode = v.value(u"barcode"_qs).toString().trimmed();
        if (!barcode.isEmpty() && !Ean13::isValid(barcode))
            errors.insert(at + u"barcode"_qs,
                          barcode.size() == 13 && Ean13::checkDigit(barcode.left(12)) >= 0
                              ? tr("This barcode's last digit does not match: check it was typed right.")
                              : tr("A barcode here is an EAN-13: thirteen digits."));
    }
    setErrors(errors);
    return errors;
}

void ProductEditor::open(const QString& productId)
{
    setConflict({}, {});
    setErrors({});
    m_call.say({}, false);
    if (productId.isEmpty()) {
        m_product = QVariantMap{{u"tax_class"_qs, u"standard"_qs},
                                {u"variants"_qs, QVariantList{QVariantMap{{u"sku"_qs, QString()},
                                                                          {u"price"_qs, QString()},
                                                                          {u"barcode"_qs, QString()}}}}};
        emit productChanged();
        return;
    }
    if (!m_session || !m_session->sync())
        return;
    m_call.send(*m_session->sync(), backOfficeRequest(u"GET"_qs, u"/products/"_qs + productId),
                [this](const sync::HttpAnswer& a) {
                    if (!a.ok())
                        return m_call.say(BackOfficeRefusal::say(a, tr("this product")), true);
                    m_product = formShape(QJsonDocument::fromJson(a.body).object());
                    emit productChanged();
                });
}

bool ProductEditor::save(const QVariantMap& edited)
{
    if (!check(edited).isEmpty()) {
        m_call.say(tr("Some fields need a look before saving."), true);
        return false;
    }
    if (m_session && m_session->isOffline()) {
        m_call.say(ConsoleRefusal::offline(), true);
        return false;
    }
    send(edited,
         m_product.value(u"id"_qs).toString().isEmpty() ? -1 : m_product.value(u"version"_qs).toInt());
    return true;
}

void ProductEditor::send(const QVariantMap& edited, int version)
{
    if (!m_session || !m_session->sync())
        return;
    const QString id = m_product.value(u"id"_qs).toString();
    const bool creating = id.isEmpty();
    sync::CallRequest request = backOfficeRequest(creating ? u"POST"_qs : u"PATCH"_qs,
                                                  creating ? u"/products"_qs : u"/products/"_qs + id,
                                                  QJsonDocument(body(edited)).toJson(QJsonDocument::Compact));
    if (creating)
        request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!creating)
        headers.append({"If-Match", "\"" + QByteArray::number(version) + "\""});
    m_call.send(
        *m_session->sync(), request,
        [this, edited, creating](const sync::HttpAnswer& a) {
            if (a.status == 412) // someone saved it meanwhile: read theirs, keep mine, let the manager choose
                return readTheirs(edited);
            if (!a.ok())
                return m_call.say(BackOfficeRefusal::say(a, tr("this product")), true);
            m_product = formShape(QJsonDocument::fromJson(a.body).object());
            setConflict({}, {});
            emit productChanged();
            m_call.say(creating ? tr("The product is in the catalog.") : tr("Your changes are saved."),
                       false);
            emit saved(m_product.value(u"id"_qs).toString());
        },
        headers);
}

void ProductEditor::readTheirs(const QVariantMap& edited)
{
    const QString id = m_product.value(u"id"_qs).toString();
    m_call.send(
        *m_session->sync(), backOfficeRequest(u"GET"_qs, u"/products/"_qs + id),
        [this, edited](const sync::HttpAnswer& a) {
            if (!a.ok())
                return m_call.say(BackOfficeRefusal::say(a, tr("this product")), true);
            QVariantMap mine = edited;
            mine.insert(u"id"_qs, m_product.value(u"id"_qs));
            setConflict(mine, formShape(QJsonDocument::fromJson(a.body).object()));
            m_call.say(
                tr("Someone else saved this product while you were editing it. Compare both versions and "
                   "choose which one to keep: nothing was overwritten."),
                true);
        });
}

void ProductEditor::keepTheirs()
{
    if (!conflict())
        return;
    m_product = m_theirs;
    setConflict({}, {});
    emit productChanged();
    m_call.say(tr("Their version is kept; yours was dropped."), false);
}

void ProductEditor::saveMineOverTheirs()
{
    if (!conflict())
        return;
    const QVariantMap mine = m_mine;
    m_product = m_theirs; // the version the manager has now seen
    send(mine, m_theirs.value(u"version"_qs).toInt());
}

void ProductEditor::archive()
{
    const QString id = m_product.value(u"id"_qs).toString();
    if (id.isEmpty() || !m_session || !m_session->sync())
        return;
    m_call.send(*m_session->sync(), backOfficeRequest(u"DELETE"_qs, u"/products/"_qs + id),
                [this, id](const sync::HttpAnswer& a) {
                    if (!a.ok())
                        return m_call.say(BackOfficeRefusal::say(a, tr("this product")), true);
                    m_product.insert(u"status"_qs, u"archived"_qs);
                    emit productChanged();
                    m_call.say(tr("The product is archived: it is no longer sold; past orders keep it."),
                               false);
                    emit saved(id);
                });
}

void ProductEditor::uploadImage(const QString& fileUrl)
{
    const QString id = m_product.value(u"id"_qs).toString();
    if (id.isEmpty() || !m_session || !m_session->sync() || m_upload)
        return;
    const QUrl url(fileUrl);
    QFile file(url.isLocalFile() ? url.toLocalFile() : fileUrl);
    if (!file.open(QIODevice::ReadOnly))
        return m_call.say(tr("The image %1 could not be read.").arg(file.fileName()), true);
    if (file.size() > 2 * 1024 * 1024)
        return m_call.say(tr("This image is larger than 2 MB: make it smaller first."), true);
    const QByteArray bytes = file.readAll();
    const QString type = QMimeDatabase().mimeTypeForData(bytes).name();
    if (type != u"image/jpeg" && type != u"image/png" && type != u"image/webp")
        return m_call.say(tr("This file is not a JPEG, PNG or WebP image."), true);
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request = m_session->sync()->endpoint().request(u"/products/%1/image"_qs.arg(id), 30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    m_upload = m_network->put(request, bytes);
    emit busyChanged();
    connect(m_upload, &QNetworkReply::finished, this, [this, id] {
        const sync::HttpAnswer a = sync::HttpAnswer::from(*m_upload);
        m_upload->deleteLater();
        m_upload = nullptr;
        emit busyChanged();
        if (!a.ok())
            return m_call.say(BackOfficeRefusal::say(a, tr("this product")), true);
        m_call.say(tr("The image is saved."), false);
        open(id); // its version moved
        emit saved(id);
    });
}

QVariantList ProductEditor::differences() const
{
    QVariantList out;
    if (!conflict())
        return out;
    const QList<std::pair<QString, QString>> fields = {{u"name"_qs, tr("Name")},
                                                       {u"description"_qs, tr("Description")},
                                                       {u"brand"_qs, tr("Brand")},
                                                       {u"category_id"_qs, tr("Category")},
                                                       {u"tax_class"_qs, tr("VAT class")}};
    for (const auto& [field, label] : fields)
        if (m_mine.value(field).toString().trimmed() != m_theirs.value(field).toString())
            out << QVariantMap{{u"field"_qs, field},
                               {u"label"_qs, label},
                               {u"mine"_qs, m_mine.value(field)},
                               {u"theirs"_qs, m_theirs.value(field)}};
    const QVariantList mineV = m_mine.value(u"variants"_qs).toList();
    const QVariantList theirsV = m_theirs.value(u"variants"_qs).toList();
    for (qsizetype i = 0; i < std::max(mineV.size(), theirsV.size()); ++i) {
        const QVariantMap m = mineV.value(i).toMap();
        const QVariantMap t = theirsV.value(i).toMap();
        const QString sku = t.value(u"sku"_qs, m.value(u"sku"_qs)).toString();
        for (const auto& [field, label] : QList<std::pair<QString, QString>>{
                 {u"price"_qs, tr("Price of %1").arg(sku)}, {u"barcode"_qs, tr("Barcode of %1").arg(sku)}})
            if (m.value(field).toString().trimmed() != t.value(field).toString())
                out << QVariantMap{{u"field"_qs, u"variants.%1.%2"_qs.arg(i).arg(field)},
                                   {u"label"_qs, label},
                                   {u"mine"_qs, m.value(field)},
                                   {u"theirs"_qs, t.value(field)}};
    }
    return out;
}

void ProductEditor::setErrors(const QVariantMap& errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    emit errorsChanged();
}

void ProductEditor::setConflict(const QVariantMap& mine, const QVariantMap& theirs)
{
    if (mine == m_mine && theirs == m_theirs)
        return;
    m_mine = mine;
    m_theirs = theirs;
    emit conflictChanged();
}

} // namespace comptoir::app
