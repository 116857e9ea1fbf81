#pragma once
// Drives a real window of the client as a person does, for the window tests: finds items by
// objectName through the visual tree (delegates of views and repeaters included), taps them with
// the mouse, types with the keyboard, and waits for the scene to be laid out before each action.

#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

namespace comptoir::test {

class WindowDriver {
public:
    explicit WindowDriver(QQuickWindow* window) : m_window(window) {}

    [[nodiscard]] QQuickWindow* window() const { return m_window; }
    // The visible item of that name first, else any; null when there is none.
    [[nodiscard]] QQuickItem* find(const QString& name) const;
    // True once the item is there, visible and enabled (waits up to `timeoutMs`).
    [[nodiscard]] bool waitForItem(const QString& name, int timeoutMs = 20000) const;
    // A mouse click in the item's centre; false when it is missing, hidden or disabled.
    bool tap(QQuickItem* item) const;
    // Settles first, then finds: the item tapped is the one on screen after the layout.
    bool tap(const QString& name) const
    {
        settle();
        return tap(find(name));
    }
    // Gives the item (a FormField's field, a text input) the focus and types `text` key by key.
    bool typeInto(const QString& name, const QString& text) const;
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) const;
    // Waits until no StackView of the window is in a transition (it takes the presses meant for
    // its pages meanwhile) and the scene has no polish pending (layouts done), so positions are
    // final and a click reaches the item under it.
    void settle() const;

private:
    QQuickWindow* m_window;
};

} // namespace comptoir::test
