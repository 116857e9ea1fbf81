#pragma once
// The modules of a QR code for a text (libqrencode, error correction M), drawn by the screen's
// QrCode item and by the printed receipt alike.

#include <QString>
#include <QVector>

namespace comptoir::app {

struct QrMatrix {
    int size = 0;       // modules per side, without the quiet zone; 0: nothing to draw
    QVector<bool> dark; // size × size, row by row

    [[nodiscard]] static QrMatrix encode(const QString& text);
    [[nodiscard]] bool isDark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < size && y < size && dark[y * size + x];
    }

    static constexpr int kQuietZone = 4; // modules of white scanners need around the symbol
};

} // namespace comptoir::app
