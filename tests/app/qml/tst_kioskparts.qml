import QtQuick
import QtTest
import Comptoir.Ui
import Comptoir.Kiosk
import Comptoir.App

// Kiosk components on their own: the terminal's test cards, the idle countdown, the operator
// PIN pad, the product tile.
Item {
    id: root
    width: 1920
    height: 1080

    Component { id: terminalComponent; CardTerminalPanel { amountText: "12,50 €" } }
    Component { id: idleComponent; IdleOverlay { anchors.fill: parent } }
    Component { id: pinComponent; PinDialog {} }
    Component {
        id: tileComponent
        ProductTile {
            width: 300; height: 420
            productId: "prd_1"; name: "Pull marin"; brand: "Fil d'Ouest"; priceText: "49,00 €"
            image: ""; availableHere: 0
        }
    }
    Component { id: signalSpy; SignalSpy {} }

    function findByObjectName(item, name) {
        if (item.objectName === name)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByObjectName(item.children[i], name)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "KioskParts"
        when: windowShown

        function test_terminalPresentsTheChosenTestCard() {
            const terminal = createTemporaryObject(terminalComponent, root)
            const spy = signalSpy.createObject(root, { target: terminal, signalName: "cardPresented" })
            const declined = findByObjectName(terminal, "card-4000000000000002")
            verify(declined !== null)
            mouseClick(declined)
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0], "4000000000000002")
            terminal.waiting = false
            verify(!declined.visible, "no card can be presented while the bank answers")
        }

        function test_idleOverlayCountsDownAndKeepsTheShopper() {
            const overlay = createTemporaryObject(idleComponent, root, { shown: true, remainingSeconds: 12 })
            const stay = signalSpy.createObject(root, { target: overlay, signalName: "stayRequested" })
            tryCompare(overlay, "opacity", 1)
            mouseClick(overlay, 20, 20)
            compare(stay.count, 1)
            overlay.shown = false
            tryCompare(overlay, "visible", false)
        }

        function findButton(item, text) {
            if (item.text === text && item.clicked !== undefined && item.visible)
                return item
            const children = item.children || []
            for (let i = 0; i < children.length; ++i) {
                const found = findButton(children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function test_pinPadRefusesAWrongPin() {
            const dialog = createTemporaryObject(pinComponent, root)
            dialog.open()
            tryCompare(dialog, "opened", true)
            for (const digit of ["1", "2", "3", "4"])
                mouseClick(findButton(dialog.contentItem, digit))
            compare(dialog.typed, "1234")
            mouseClick(findButton(dialog.contentItem, "⌫"))
            compare(dialog.typed, "123")
            mouseClick(findButton(dialog.contentItem, "OK"))
            // This App was never set up: no PIN opens the operator menu.
            verify(dialog.wrong)
            verify(!dialog.unlocked)
            compare(dialog.typed, "")
            verify(findButton(dialog.contentItem, "Quit the kiosk") === null)
            dialog.close()
        }

        function test_productTileSaysWhenItIsNotHere() {
            const tile = createTemporaryObject(tileComponent, root)
            const availability = findByObjectName(tile, "availability")
            verify(availability !== null)
            compare(availability.text, "Not here")
            verify(availability.visible)
            tile.availableHere = 2
            compare(availability.text, "In store")
            // Not on the shelf here is no reason to hide it: it can still be chosen.
            tile.availableHere = 0
            const chosen = signalSpy.createObject(root, { target: tile, signalName: "chosen" })
            mouseClick(tile)
            compare(chosen.count, 1)
            compare(chosen.signalArguments[0][0], "prd_1")
        }
    }
}
