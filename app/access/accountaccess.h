#pragma once
// A person signing in with an email and a password (POST /auth/login), for the shop's customers
// and the staff console: the server address, the form's busy and error states in words a person
// understands, who is signed in, and signing out (the token stops working on the server). Each
// kind of person refuses the accounts it is not for (a customer at the staff console, staff in
// the shop) and keeps its token its own way.

#include "app/core/devicesettings.h"
#include "app/session/session.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class AccountAccess : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Each mode makes its access")
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY userChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY userChanged)
    Q_PROPERTY(QString userEmail READ userEmail NOTIFY userChanged)
    Q_PROPERTY(QString role READ role NOTIFY userChanged)

public:
    AccountAccess(Session& session, DeviceSettings& settings, const QString& presetServerUrl,
                  QObject* parent = nullptr);

    [[nodiscard]] const QString& serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString& url);
    [[nodiscard]] bool busy() const { return m_call != nullptr; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] bool signedIn() const { return !m_token.isEmpty(); }
    [[nodiscard]] QString userName() const { return m_user.value(u"name"_qs).toString(); }
    [[nodiscard]] QString userEmail() const { return m_user.value(u"email"_qs).toString(); }
    [[nodiscard]] QString role() const { return m_user.value(u"role"_qs).toString(); }
    [[nodiscard]] const QByteArray& token() const { return m_token; }

    Q_INVOKABLE void signIn(const QString& email, const QString& password);
    Q_INVOKABLE void signOut();
    // Signs out on this device only (the server already ended every token, after a password
    // reset): back to what a signed-out person sees.
    void dropSignIn();
    // The signed-in person's own record changed (PATCH /me answered it): shown and kept.
    void updateUser(const QJsonObject& user);

signals:
    void serverUrlChanged();
    void busyChanged();
    void errorChanged();
    void userChanged();

protected:
    // Why this account may not sign in here, in words; empty when it may.
    [[nodiscard]] virtual QString refusal(const QJsonObject& user) const = 0;
    // The token and user of a sign-in just accepted (or restored): keep them as this kind of
    // person is kept between starts.
    virtual void keep(const QByteArray& token, const QJsonObject& user);
    virtual void forget();
    // The session a signed-out person has: none (the staff console), or the public feed (the
    // shop's visitor, who browses and fills a cart before signing in).
    virtual void startSignedOut() { m_session.stop(); }
    // Signs in with a known token and user (restored at start, or after registering).
    void accept(const QByteArray& token, const QJsonObject& user);
    // `typed` as a server address ("http(s)://host[:port]"), or empty when it cannot be one.
    [[nodiscard]] static QString usableServerUrl(const QString& typed);
    // The server address, or an error set and empty when it cannot be used.
    [[nodiscard]] QString checkedServerUrl();
    // Sends `request` to the server (as `token` when given); `onAnswer` runs when it comes back
    // (busy meanwhile).
    void send(sync::CallRequest request, std::function<void(const sync::HttpAnswer&)> onAnswer,
              const QByteArray& token = {});
    // A refusal from the server in words: no server, too many attempts, a field to fix.
    [[nodiscard]] QString describe(const sync::HttpAnswer& answer) const;
    void setError(const QString& error);
    // POST /auth/logout, best effort: the call cleans itself up.
    void endOnServer(const QString& serverUrl, const QByteArray& token);

    Session& m_session;
    DeviceSettings& m_settings;

private:
    QString m_serverUrl;
    QByteArray m_token;
    QJsonObject m_user;
    QString m_error;
    QPointer<sync::OnlineCall> m_call;
};

} // namespace comptoir::app
