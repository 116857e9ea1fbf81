#include "app/ui/qrmatrix.h"

#include <qrencode.h>

namespace comptoir::app {

QrMatrix QrMatrix::encode(const QString& text)
{
    QrMatrix m;
    if (text.isEmpty())
        return m;
    const QByteArray utf8 = text.toUtf8();
    if (QRcode* code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1)) {
        m.size = code->width;
        m.dark.resize(m.size * m.size);
        for (int i = 0; i < m.size * m.size; ++i)
            m.dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module
        QRcode_free(code);
    }
    return m;
}

} // namespace comptoir::app
