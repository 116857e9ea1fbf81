#pragma once
// Checks that uploaded bytes are an image the catalog can show (PUT /products/{id}/image): a
// JPEG, PNG or WebP that decodes whole, within the size limits. The bytes are decoded, not only
// sniffed, so a file that merely starts like an image is refused too.

#include <QByteArray>
#include <QString>
#include <optional>

namespace comptoir::server {

inline constexpr qsizetype kMaxImageBytes = 2 << 20; // 2 MiB (API.md "Back office")
// Decoding a 2 MiB file can still ask for gigabytes of pixels: refuse larger canvases first.
inline constexpr int kMaxImageSide = 8000;

struct CheckedImage {
    QString contentType; // image/jpeg, image/png or image/webp
    int width = 0;
    int height = 0;
};

// The image's type and size, or nullopt with `why` set (a sentence for the problem's detail).
[[nodiscard]] std::optional<CheckedImage> checkImage(const QByteArray& bytes, QString& why);

} // namespace comptoir::server
