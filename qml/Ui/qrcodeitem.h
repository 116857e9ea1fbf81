#pragma once
// A QR code drawn from text (libqrencode), crisp at any size, with the quiet zone scanners need.
// The kiosk's receipt shows the order this way for the counter's scanner or the shopper's phone.

#include <QColor>
#include <QQuickPaintedItem>
#include <QVector>

namespace comptoir::ui {

class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY colorChanged)
    // Modules per side including the quiet zone (0 when there is nothing to draw).
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)

public:
    explicit QrCodeItem(QQuickItem* parent = nullptr);

    void paint(QPainter* painter) override;

    [[nodiscard]] const QString& text() const { return m_text; }
    void setText(const QString& text);
    [[nodiscard]] QColor color() const { return m_color; }
    void setColor(const QColor& color);
    [[nodiscard]] QColor background() const { return m_background; }
    void setBackground(const QColor& color);
    [[nodiscard]] int modules() const { return m_size == 0 ? 0 : m_size + 2 * kQuietZone; }
    // Whether the module at (x, y) of the symbol (without quiet zone) is dark; for tests.
    Q_INVOKABLE bool isDark(int x, int y) const;

    static constexpr int kQuietZone = 4;

signals:
    void textChanged();
    void colorChanged();

private:
    QString m_text;
    QColor m_color{Qt::black};
    QColor m_background{Qt::white};
    int m_size = 0;
    QVector<bool> m_dark;
};

} // namespace comptoir::ui
