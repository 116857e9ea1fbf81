import QtQuick
import QtTest
import Comptoir.Ui
import Comptoir.App

// The shared controls: sizes a finger can hit, signals with the right values, the QR code.
Item {
    id: root
    width: 1200
    height: 900

    Component { id: buttonComponent; ActionButton { text: "Payer" } }
    Component { id: chipComponent; Chip { text: "M" } }
    Component { id: stepperComponent; QuantityStepper { from: 1; to: 3 } }
    Component { id: keyboardComponent; OnScreenKeyboard { width: 1200 } }
    Component { id: qrComponent; QrCode { width: 300; height: 300 } }
    Component { id: badgeComponent; ConnectivityBadge { status: SyncClient.Online } }
    Component { id: searchComponent; SearchField { width: 600 } }
    Component { id: dotsComponent; BusyDots {} }

    TestCase {
        name: "Controls"
        when: windowShown

        function test_busyDotsAreStillWhileHidden() {
            // A running animation makes the window draw frame after frame, shown or not.
            const dots = createTemporaryObject(dotsComponent, root)
            const dot = Array.from(dots.children).find(child => child.breathing !== undefined)
            verify(dot, "a dot")
            verify(dot.breathing, "shown: the dots breathe")
            dots.visible = false
            verify(!dot.breathing, "hidden: still")
            dots.visible = true
            verify(dot.breathing, "shown again")
        }

        function test_buttonIsBigEnoughAndClicks() {
            const button = createTemporaryObject(buttonComponent, root)
            verify(button.height >= 48, "touch target")
            verify(button.width >= button.height)
            const spy = signalSpy.createObject(root, { target: button, signalName: "clicked" })
            mouseClick(button)
            compare(spy.count, 1)
            button.enabled = false
            mouseClick(button)
            compare(spy.count, 1, "a disabled button does nothing")
        }

        function test_chipShowsSelectionAndAvailability() {
            const chip = createTemporaryObject(chipComponent, root, { selected: false, available: false })
            verify(chip.height >= 48)
            verify(chip.contentItem.font.strikeout, "not available here: struck through")
            chip.selected = true
            verify(!chip.contentItem.font.strikeout)
            compare(chip.contentItem.color, Theme.inkOnPrimary)
        }

        function test_stepperStaysWithinBounds() {
            const stepper = createTemporaryObject(stepperComponent, root, { value: 1 })
            const spy = signalSpy.createObject(root, { target: stepper, signalName: "changeRequested" })
            const minus = stepper.children[0]
            const plus = stepper.children[2]
            verify(!minus.enabled, "cannot go below from")
            mouseClick(plus)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], 2)
            stepper.value = 3
            verify(!plus.enabled, "cannot go above to")
        }

        function test_keyboardTypesWhatIsPressed() {
            const keyboard = createTemporaryObject(keyboardComponent, root, { layout: "fr" })
            const typed = signalSpy.createObject(root, { target: keyboard, signalName: "typed" })
            const back = signalSpy.createObject(root, { target: keyboard, signalName: "backspace" })
            // AZERTY: the first letter of the first letter row is A.
            const keyA = findKey(keyboard, "A")
            verify(keyA !== null)
            verify(keyA.height >= 48)
            mouseClick(keyA)
            compare(typed.count, 1)
            compare(typed.signalArguments[0][0], "a")
            mouseClick(findKey(keyboard, "⌫"))
            compare(back.count, 1)
            keyboard.layout = "en"
            tryVerify(() => laidOut(findKey(keyboard, "Q"), keyboard), 5000, "QWERTY once the layout is en")
            // For addresses and tokens: symbols and capitals.
            verify(findKey(keyboard, ":") === null)
            keyboard.technical = true
            tryVerify(() => laidOut(findKey(keyboard, ":"), keyboard), 5000, "symbols once technical")
            mouseClick(findKey(keyboard, ":"))
            compare(typed.signalArguments[1][0], ":")
            mouseClick(findKey(keyboard, "⇧"))
            mouseClick(findKey(keyboard, "Q"))
            compare(typed.signalArguments[2][0], "Q")
        }

        // Whether the item is there and placed: neither it nor any layout above it, up to `top`,
        // waits for a polish (until then, a click lands where it used to be).
        function laidOut(item, top) {
            if (item === null)
                return false
            for (let i = item; i !== null && i !== top.parent; i = i.parent) {
                if (isPolishScheduled(i))
                    return false
            }
            return true
        }

        function findKey(item, label) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.label === label && child.visible)
                    return child
                const found = findKey(child, label)
                if (found)
                    return found
            }
            return null
        }

        // Whether the 7×7 modules from (x, y) are a finder pattern: a dark ring, a light ring, a
        // dark 3×3 centre.
        function isFinderAt(qr, x, y) {
            for (let dy = 0; dy < 7; ++dy) {
                for (let dx = 0; dx < 7; ++dx) {
                    const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3))
                    if (qr.isDark(x + dx, y + dy) !== (ring !== 2))
                        return false
                }
            }
            return true
        }

        function test_qrCodeEncodesTheOrder() {
            const qr = createTemporaryObject(qrComponent, root, { text: "" })
            compare(qr.modules, 0)
            qr.text = "comptoir:order:ord_abc123"
            verify(qr.modules >= 21 + 8, "version 1 or more plus the quiet zone")
            const size = qr.modules - 8
            compare((size - 17) % 4, 0, "a QR symbol is 17 + 4 × version modules wide")
            // Finder patterns in three corners, and not in the fourth (that is how a scanner
            // knows which way up the code is).
            verify(isFinderAt(qr, 0, 0), "top left")
            verify(isFinderAt(qr, size - 7, 0), "top right")
            verify(isFinderAt(qr, 0, size - 7), "bottom left")
            verify(!isFinderAt(qr, size - 7, size - 7), "no finder bottom right")
            // The timing patterns between them alternate, dark first; the dark module beside the
            // bottom-left finder is always dark.
            for (let i = 8; i < size - 8; ++i) {
                compare(qr.isDark(i, 6), i % 2 === 0, "timing row at " + i)
                compare(qr.isDark(6, i), i % 2 === 0, "timing column at " + i)
            }
            verify(qr.isDark(8, size - 8), "the dark module")
            const longer = createTemporaryObject(qrComponent, root, { text: "x".repeat(300) })
            verify(longer.modules > qr.modules)
        }

        function test_badgeSaysTheStateInWords() {
            const badge = createTemporaryObject(badgeComponent, root)
            const label = badge.children[0].children[1]
            compare(label.text, "Online")
            badge.status = SyncClient.Offline
            badge.pending = 3
            verify(label.text.indexOf("3") >= 0)
            compare(badge.dotColor, Theme.inkMuted)
        }

        function test_searchFieldClears() {
            const field = createTemporaryObject(searchComponent, root, { text: "pull" })
            const cleared = signalSpy.createObject(root, { target: field, signalName: "cleared" })
            const activated = signalSpy.createObject(root, { target: field, signalName: "activated" })
            mouseClick(field, field.width - 30, field.height / 2)
            compare(cleared.count, 1)
            mouseClick(field, 100, field.height / 2)
            compare(activated.count, 1)
        }
    }

    Component { id: signalSpy; SignalSpy {} }
}
