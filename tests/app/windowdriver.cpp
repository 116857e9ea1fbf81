#include "windowdriver.h"

#include "syncchecks.h"

#include <QPointer>
#include <QtQuickTest/quicktest.h>
#include <QtTest>
#include <algorithm>

namespace comptoir::test {

namespace {

void collect(QQuickItem* item, const QString& name, QList<QQuickItem*>& out)
{
    if (item->objectName() == name)
        out.append(item);
    for (QQuickItem* child : item->childItems())
        collect(child, name, out);
}

// A StackView of the window in a push or pop transition.
bool stackMoving(QQuickItem* item)
{
    if (item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const QList<QQuickItem*> children = item->childItems();
    return std::any_of(children.begin(), children.end(), stackMoving);
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
    // A StackView takes every press to its pages while a page slides in or out (it filters its
    // children's mouse events while busy): a click then would be lost, as a person's would.
    (void)waitFor([this] { return !stackMoving(m_window->contentItem()); }, 5000);
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
