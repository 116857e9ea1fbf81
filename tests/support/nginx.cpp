#include "nginx.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace comptoir::test {

namespace {

const char* const kNginx = "/usr/sbin/nginx";

int freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

Nginx::Nginx() : m_port(freeLoopbackPort()) {}

Nginx::~Nginx()
{
    stop();
}

QString Nginx::url(const QString& scheme) const
{
    return u"%1://127.0.0.1:%2"_qs.arg(scheme).arg(m_port);
}

QString Nginx::upgradeMap()
{
    return u"map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n"_qs;
}

QString Nginx::webSocketProxy(const QString& upstream)
{
    return u"proxy_pass %1; proxy_http_version 1.1; proxy_set_header Upgrade $http_upgrade; "
           "proxy_set_header Connection $connection_upgrade; proxy_read_timeout 1h;"_qs.arg(upstream);
}

bool Nginx::start(const QString& serverBody, const QString& httpBody)
{
    if (!QFile::exists(QString::fromLatin1(kNginx))) {
        m_error = u"nginx is not installed (installers/setup-deps.sh installs nginx-light)"_qs;
        return false;
    }
    const QString root = m_dir.path();
    QString temps;
    for (const char* kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
        QDir(root).mkpath(QString::fromLatin1(kind));
        temps += u"  %1_temp_path %2/%1;\n"_qs.arg(QString::fromLatin1(kind), root);
    }
    // One process in the foreground: no daemon to lose, no switch to another user (as root, a
    // worker would run as nobody, who cannot write to this folder).
    const QString config = uR"(daemon off;
master_process off;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
%2%3
  server {
    listen 127.0.0.1:%4;
%5
  }
}
)"_qs.arg(root, temps, httpBody)
                               .arg(m_port)
                               .arg(serverBody);
    QFile file(root + u"/nginx.conf"_qs);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = u"cannot write the nginx configuration"_qs;
        return false;
    }
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QString::fromLatin1(kNginx), {u"-p"_qs, root, u"-c"_qs, root + u"/nginx.conf"_qs});
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && m_process->state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(200))
            return true;
        m_process->waitForFinished(100);
    }
    m_error = u"nginx did not start: %1 %2"_qs.arg(QString::fromUtf8(m_process->readAll()),
                                                   QString::fromUtf8(errorLog()));
    stop();
    return false;
}

QByteArray Nginx::errorLog() const
{
    QFile log(m_dir.path() + u"/error.log"_qs);
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

void Nginx::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

} // namespace comptoir::test
