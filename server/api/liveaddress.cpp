#include "api/liveaddress.h"

#include <QHostAddress>

namespace comptoir::server {

namespace {

bool isHostNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool isPort(std::string_view text)
{
    if (text.empty() || text.size() > 5)
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

} // namespace

QString hostOfHostHeader(std::string_view header)
{
    if (header.empty() || header.size() > 255)
        return {};
    if (header.front() == '[') { // an IPv6 literal, with or without a port
        const size_t close = header.find(']');
        if (close == std::string_view::npos)
            return {};
        const std::string_view rest = header.substr(close + 1);
        if (!rest.empty() && (rest.front() != ':' || !isPort(rest.substr(1))))
            return {};
        const QString inside = QString::fromLatin1(header.substr(1, close - 1));
        QHostAddress address;
        if (!address.setAddress(inside) || address.protocol() != QAbstractSocket::IPv6Protocol ||
            inside.contains(u'%'))
            return {};
        return u'[' + inside + u']';
    }
    const size_t colon = header.find(':');
    const std::string_view host = header.substr(0, colon);
    if (colon != std::string_view::npos && !isPort(header.substr(colon + 1)))
        return {};
    if (host.empty() || host.front() == '.' || host.front() == '-')
        return {};
    for (char c : host)
        if (!isHostNameChar(c))
            return {};
    return QString::fromLatin1(host);
}

QString hostForUrl(const QString& listenAddress)
{
    const QHostAddress address(listenAddress);
    if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6) ||
        listenAddress.isEmpty())
        return u"127.0.0.1"_qs;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return u'[' + address.toString() + u']';
    return listenAddress;
}

QString LiveAddress::forHostHeader(std::string_view host) const
{
    if (!publicUrl.isEmpty())
        return publicUrl;
    if (port == 0)
        return {};
    QString name = hostOfHostHeader(host);
    if (name.isEmpty())
        name = fallbackHost;
    return u"%1://%2:%3/"_qs.arg(scheme, name).arg(port);
}

} // namespace comptoir::server
