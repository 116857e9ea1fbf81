#include "windowdriver.h"

#include "syncchecks.h"

#include <QPointer>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

namespace comptoir::test {

namespace {

void collect(QQuickItem* item, const QString& name, QList<QQuickItem*>& out)
{
    if (item->objectName() == name)
        out.append(item);
    for (QQuickItem* child : item->childItems())
        collect(child, name, out);
}

} // namespace

QQuickItem* WindowDriver::find(const QString& name) const
{
    QList<QQuickItem*> items;
    collect(m_window->contentItem(), name, items);
    for (QQuickItem* item : items)
        if (item->isVisible())
            return item;
    return items.isEmpty() ? nullptr : items.first();
}

bool WindowDriver::waitForItem(const QString& name, int timeoutMs) const
{
    return waitFor(
        [&] {
            QQuickItem* item = find(name);
            return item && item->isVisible() && item->isEnabled();
        },
        timeoutMs);
}

void WindowDriver::settle() const
{
    QQuickTest::qWaitForPolish(m_window, 5000);
}

bool WindowDriver::tap(QQuickItem* item) const
{
    // Settling runs the event loop: a page that went away meanwhile took the item with it.
    const QPointer<QQuickItem> alive(item);
    settle();
    if (!alive || !alive->isVisible() || !alive->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre.toPoint());
    return true;
}

bool WindowDriver::typeInto(const QString& name, const QString& text) const
{
    QQuickItem* item = find(name);
    if (!item)
        return false;
    item->forceActiveFocus();
    if (!waitFor([&] { return item->hasActiveFocus(); }, 5000))
        return false;
    // QTest::keyClicks is for widgets; a window gets its keys one by one.
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
        QTest::keyClick(m_window, char(c.unicode()));
    }
    return true;
}

void WindowDriver::press(Qt::Key key, Qt::KeyboardModifiers modifiers) const
{
    QTest::keyClick(m_window, key, modifiers);
}

} // namespace comptoir::test
