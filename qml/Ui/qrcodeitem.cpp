#include "qrcodeitem.h"

#include "app/ui/qrmatrix.h"

#include <QPainter>

namespace comptoir::ui {

QrCodeItem::QrCodeItem(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    const app::QrMatrix matrix = app::QrMatrix::encode(text);
    m_size = matrix.size;
    m_dark = matrix.dark;
    emit textChanged();
    update();
}

void QrCodeItem::setColor(const QColor& color)
{
    if (color == m_color)
        return;
    m_color = color;
    emit colorChanged();
    update();
}

void QrCodeItem::setBackground(const QColor& color)
{
    if (color == m_background)
        return;
    m_background = color;
    emit colorChanged();
    update();
}

bool QrCodeItem::isDark(int x, int y) const
{
    return x >= 0 && y >= 0 && x < m_size && y < m_size && m_dark[y * m_size + x];
}

void QrCodeItem::paint(QPainter* painter)
{
    const qreal side = std::min(width(), height());
    painter->fillRect(QRectF(0, 0, side, side), m_background);
    if (m_size == 0)
        return;
    // Whole pixels per module keep the code sharp; the rest is centred.
    const int total = modules();
    const int module = std::max(1, int(side) / total);
    const qreal offset = (side - module * total) / 2.0 + module * kQuietZone;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_dark[y * m_size + x])
                painter->drawRect(QRectF(offset + x * module, offset + y * module, module, module));
}

} // namespace comptoir::ui
