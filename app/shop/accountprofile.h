#pragma once
// The shop's account page as a view model: the customer's profile (name, phone, language:
// PATCH /me), saved addresses (listed from the cache, which the feed keeps; added, changed and
// removed through /me/addresses) and the password (POST /me/password). The server's refusals
// come back in words, field by field (fieldErrors), for the page to show beside each field.

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

namespace comptoir::sync {
class OnlineCall;
struct HttpAnswer;
struct CallRequest;
} // namespace comptoir::sync

namespace comptoir::app {

class CustomerAccess;
class Session;

class AccountProfile : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("App keeps the shop's account")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)
    // {field: sentence} of the last refused form ("postal_code", "phone", "current", ...).
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY messagesChanged)
    Q_PROPERTY(QString phone READ phone NOTIFY profileChanged)
    Q_PROPERTY(QString language READ language NOTIFY profileChanged)
    // [{id, label, name, line1, line2, postalCode, city, country, phone, summary}]
    Q_PROPERTY(QVariantList addresses READ addresses NOTIFY addressesChanged)

public:
    AccountProfile(Session& session, CustomerAccess& access, QObject* parent = nullptr);
    ~AccountProfile() override;

    [[nodiscard]] bool busy() const { return m_call != nullptr; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] const QString& notice() const { return m_notice; }
    [[nodiscard]] const QVariantMap& fieldErrors() const { return m_fieldErrors; }
    [[nodiscard]] const QString& phone() const { return m_phone; }
    [[nodiscard]] const QString& language() const { return m_language; }
    [[nodiscard]] const QVariantList& addresses() const { return m_addresses; }

    // Reads the profile (GET /me) and the addresses again.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void saveProfile(const QString& name, const QString& phone, const QString& language);
    // Adds the address when `id` is empty, else changes it. `fields` by the API's names
    // (label, name, line1, line2, postal_code, city, country, phone).
    Q_INVOKABLE void saveAddress(const QString& id, const QVariantMap& fields);
    Q_INVOKABLE void deleteAddress(const QString& id);
    Q_INVOKABLE void changePassword(const QString& current, const QString& next);
    Q_INVOKABLE void clearMessages();

signals:
    void busyChanged();
    void messagesChanged();
    void profileChanged();
    void addressesChanged();
    void addressSaved();
    void passwordChanged();

private:
    void call(sync::CallRequest request, std::function<void(const sync::HttpAnswer&)> onAnswer);
    void readAddresses();
    void readProfile(const QJsonObject& me);
    void refused(const sync::HttpAnswer& answer, const QString& country = {});
    void setMessages(const QString& error, const QString& notice, const QVariantMap& fields = {});

    Session& m_session;
    CustomerAccess& m_access;
    QPointer<sync::OnlineCall> m_call;
    QString m_error;
    QString m_notice;
    QVariantMap m_fieldErrors;
    QString m_phone;
    QString m_language;
    QVariantList m_addresses;
};

} // namespace comptoir::app
