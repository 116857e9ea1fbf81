#pragma once
// A QR code as a PNG image (libqrencode for the symbol, zlib for the PNG's compressed data), for
// mails that carry an order's code: `comptoir:order:<id>`, the text the tills and kiosks scan.

#include <QByteArray>
#include <QString>

namespace comptoir::server {

// `scale` pixels per module, with the standard quiet zone of 4 modules; empty on failure.
[[nodiscard]] QByteArray qrCodePng(const QString& text, int scale = 6);

} // namespace comptoir::server
