#include "domain/imagecheck.h"

// libjpeg's header needs FILE and size_t declared first.
#include <csetjmp>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <jpeglib.h>
#include <png.h>
#include <vector>
#include <webp/decode.h>

namespace comptoir::server {

namespace {

bool startsWith(const QByteArray& bytes, const char* magic, qsizetype size, qsizetype at = 0)
{
    return bytes.size() >= at + size && std::memcmp(bytes.constData() + at, magic, size_t(size)) == 0;
}

bool sideOk(long long width, long long height)
{
    return width > 0 && height > 0 && width <= kMaxImageSide && height <= kMaxImageSide;
}

std::optional<CheckedImage> checkPng(const QByteArray& bytes, QString& why)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.constData(), size_t(bytes.size()))) {
        why = u"The PNG cannot be read: %1."_qs.arg(QString::fromLatin1(image.message));
        return std::nullopt;
    }
    if (!sideOk(image.width, image.height)) {
        png_image_free(&image);
        why = u"The image is larger than %1 pixels a side."_qs.arg(kMaxImageSide);
        return std::nullopt;
    }
    image.format = PNG_FORMAT_RGBA;
    std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) {
        why = u"The PNG is damaged: %1."_qs.arg(QString::fromLatin1(image.message));
        png_image_free(&image);
        return std::nullopt;
    }
    return CheckedImage{u"image/png"_qs, int(image.width), int(image.height)};
}

struct JpegError {
    jpeg_error_mgr manager;
    std::jmp_buf jump;
};

std::optional<CheckedImage> checkJpeg(const QByteArray& bytes, QString& why)
{
    // libjpeg reports errors by longjmp: nothing with a destructor lives between setjmp and the
    // calls that may jump (the row buffer is libjpeg's own, freed by jpeg_destroy_decompress).
    jpeg_decompress_struct info{};
    JpegError error{};
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = [](j_common_ptr common) {
        std::longjmp(reinterpret_cast<JpegError*>(common->err)->jump, 1);
    };
    error.manager.output_message = [](j_common_ptr) {}; // warnings are not logged to stderr
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        why = u"The JPEG is damaged or not a JPEG."_qs;
        return std::nullopt;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&info, TRUE);
    if (!sideOk(info.image_width, info.image_height)) {
        jpeg_destroy_decompress(&info);
        why = u"The image is larger than %1 pixels a side."_qs.arg(kMaxImageSide);
        return std::nullopt;
    }
    jpeg_start_decompress(&info);
    JSAMPARRAY row = (*info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&info), JPOOL_IMAGE,
                                               info.output_width * JDIMENSION(info.output_components), 1);
    while (info.output_scanline < info.output_height)
        jpeg_read_scanlines(&info, row, 1);
    // A file cut short decodes with gray rows and a warning: refused, it is not the whole image.
    const bool truncated = error.manager.num_warnings > 0;
    jpeg_finish_decompress(&info);
    const CheckedImage checked{u"image/jpeg"_qs, int(info.image_width), int(info.image_height)};
    jpeg_destroy_decompress(&info);
    if (truncated) {
        why = u"The JPEG is cut short or damaged."_qs;
        return std::nullopt;
    }
    return checked;
}

std::optional<CheckedImage> checkWebp(const QByteArray& bytes, QString& why)
{
    const auto* data = reinterpret_cast<const uint8_t*>(bytes.constData());
    int width = 0, height = 0;
    if (!WebPGetInfo(data, size_t(bytes.size()), &width, &height)) {
        why = u"The WebP cannot be read."_qs;
        return std::nullopt;
    }
    if (!sideOk(width, height)) {
        why = u"The image is larger than %1 pixels a side."_qs.arg(kMaxImageSide);
        return std::nullopt;
    }
    uint8_t* pixels = WebPDecodeRGBA(data, size_t(bytes.size()), &width, &height);
    if (!pixels) {
        why = u"The WebP is damaged."_qs;
        return std::nullopt;
    }
    WebPFree(pixels);
    return CheckedImage{u"image/webp"_qs, width, height};
}

} // namespace

std::optional<CheckedImage> checkImage(const QByteArray& bytes, QString& why)
{
    if (bytes.isEmpty()) {
        why = u"The body is empty: send the image's bytes."_qs;
        return std::nullopt;
    }
    if (bytes.size() > kMaxImageBytes) {
        why = u"The image is larger than 2 MiB."_qs;
        return std::nullopt;
    }
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n", 8))
        return checkPng(bytes, why);
    if (startsWith(bytes, "\xff\xd8\xff", 3))
        return checkJpeg(bytes, why);
    if (startsWith(bytes, "RIFF", 4) && startsWith(bytes, "WEBP", 4, 8))
        return checkWebp(bytes, why);
    why = u"This is not a JPEG, PNG or WebP image."_qs;
    return std::nullopt;
}

} // namespace comptoir::server
