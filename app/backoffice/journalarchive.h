#pragma once
// Downloads a closure's signed archive (GET /fiscal/archives/{seq}: JSON Lines, not JSON, so not
// through the JSON calls) into a folder the manager chose: the entries as
// comptoir-archive-<seq>.jsonl and, beside it, the server's signature of the file as .sig, so the
// archive can be checked later against the fiscal key (docs/operations.md).

#include "app/session/session.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <memory>

class QNetworkReply;

namespace comptoir::app {

class JournalArchive : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)
    // The file last written.
    Q_PROPERTY(QString savedPath READ savedPath NOTIFY messageChanged)

public:
    explicit JournalArchive(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] bool busy() const { return m_reply != nullptr; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] bool refused() const { return m_refused; }
    [[nodiscard]] const QString& savedPath() const { return m_savedPath; }

    // `folder` is a path or a file:// URL.
    Q_INVOKABLE void download(int closureSeq, const QString& folder);

signals:
    void sessionChanged();
    void busyChanged();
    void messageChanged();

private:
    void say(const QString& message, bool refused);

    QPointer<Session> m_session;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QString m_message;
    bool m_refused = false;
    QString m_savedPath;
};

} // namespace comptoir::app
