#include "http/clientaddress.h"

#include <QHostAddress>
#include <algorithm>

namespace comptoir::server {

namespace {

bool isTrusted(const std::string& address, const std::vector<std::string>& trusted)
{
    return std::find(trusted.begin(), trusted.end(), address) != trusted.end();
}

std::string trimmed(const std::string& s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

} // namespace

std::string clientAddress(const std::string& peer, const std::string& forwardedFor,
                          const std::vector<std::string>& trustedProxies)
{
    if (!isTrusted(peer, trustedProxies) || forwardedFor.empty())
        return peer;
    std::vector<std::string> hops;
    std::string::size_type begin = 0;
    for (;;) {
        const auto comma = forwardedFor.find(',', begin);
        hops.push_back(trimmed(
            forwardedFor.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin)));
        if (comma == std::string::npos)
            break;
        begin = comma + 1;
    }
    // Right to left: each hop appended the address it saw.
    std::string client = peer;
    for (auto hop = hops.rbegin(); hop != hops.rend() && isTrusted(client, trustedProxies); ++hop) {
        QHostAddress parsed;
        if (hop->size() > 64 || !parsed.setAddress(QString::fromStdString(*hop)))
            break;
        client = parsed.toString().toStdString();
    }
    return client;
}

} // namespace comptoir::server
