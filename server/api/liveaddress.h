#pragma once
// Where a client reaches the live channel (the `ws_url` of /info): the address the operator gave
// (--public-ws-url, for a proxy in front), or else the host the client itself used to reach the
// HTTP API (its Host header) on the live channel's own port, so a kiosk on another machine is
// given an address it can use.

#include <QString>
#include <string_view>

namespace comptoir::server {

struct LiveAddress {
    QString publicUrl;    // wins when set
    QString scheme;       // "ws", or "wss" when the server has a certificate
    int port = 0;         // 0: the live channel is not listening
    QString fallbackHost; // when the request names no usable host (HTTP/1.0, a hostile header)

    // Empty when the live channel is not listening.
    [[nodiscard]] QString forHostHeader(std::string_view host) const;
};

// The host part of a Host header ("shop.example", "192.0.2.7", "[2001:db8::1]"), or empty when
// it is not a plain host name or address (it is copied into URLs: nothing else may pass).
[[nodiscard]] QString hostOfHostHeader(std::string_view header);

// The host to show for a listening address: wildcards become loopback, IPv6 gets brackets.
[[nodiscard]] QString hostForUrl(const QString& listenAddress);

} // namespace comptoir::server
