#pragma once
// The shop runs once per profile: a second `comptoir --mode shop` (the desktop opening a
// comptoir://reset?token=… link from a mail while the shop is open) hands what it was started
// with to the running shop over a local socket and exits, instead of opening a second window on
// the same cache and account. A socket left by a shop that crashed is taken over.

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace comptoir::app {

class SingleInstance : public QObject {
    Q_OBJECT

public:
    // `key`: names the socket; one per mode and profile (keyFor).
    explicit SingleInstance(QString key, QObject* parent = nullptr);

    // The key of `mode` on the profile folder `profileDir` (empty: the user's folders).
    [[nodiscard]] static QString keyFor(const QString& mode, const QString& profileDir);

    // Gives `message` (a link, or empty: come to the front) to a running instance. True when one
    // took it: this process has nothing more to do.
    [[nodiscard]] bool handOver(const QString& message, int timeoutMs = 2000) const;
    // Becomes the running instance: later ones hand over to this one. False (logged) when the
    // socket cannot be made; the shop then runs anyway.
    bool listen();

signals:
    // What a later instance was started with (empty: it only asked to come to the front).
    void messageReceived(const QString& message);

private:
    void onConnection();
    QString m_key;
    QLocalServer m_server;
};

} // namespace comptoir::app
