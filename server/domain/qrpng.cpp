#include "domain/qrpng.h"

#include <qrencode.h>
#include <zlib.h>

#include <memory>

namespace comptoir::server {

namespace {

void appendBigEndian(QByteArray& out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void appendChunk(QByteArray& png, const char* type, const QByteArray& data)
{
    appendBigEndian(png, quint32(data.size()));
    const QByteArray typed = QByteArray(type, 4) + data;
    png += typed;
    appendBigEndian(png,
                    quint32(crc32(0, reinterpret_cast<const Bytef*>(typed.constData()), uInt(typed.size()))));
}

} // namespace

QByteArray qrCodePng(const QString& text, int scale)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    constexpr int kQuiet = 4;
    const int modules = code->width + 2 * kQuiet;
    const int side = modules * scale;
    // 8-bit greyscale rows, each behind its filter byte (0: none).
    QByteArray raw(qsizetype(side) * (side + 1), char(0xff));
    for (int y = 0; y < side; ++y) {
        raw[qsizetype(y) * (side + 1)] = 0;
        const int my = y / scale - kQuiet;
        for (int x = 0; x < side; ++x) {
            const int mx = x / scale - kQuiet;
            const bool dark = my >= 0 && my < code->width && mx >= 0 && mx < code->width &&
                              (code->data[my * code->width + mx] & 1);
            if (dark)
                raw[qsizetype(y) * (side + 1) + 1 + x] = 0;
        }
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    QByteArray packed(qsizetype(packedSize), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize,
                  reinterpret_cast<const Bytef*>(raw.constData()), uLong(raw.size()), 9) != Z_OK)
        return {};
    packed.resize(qsizetype(packedSize));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, quint32(side));
    appendBigEndian(header, quint32(side));
    header.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0)); // 8-bit grey
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", packed);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace comptoir::server
