import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// Where a scan lands on the staff screens other than the till. A barcode scanner is caught by the
// till's ScannerInput wherever the focus is, while the field is shown (a scan never lands as text
// in another field); a code a person types (a SKU, a receipt's QR text, an order number) and
// Enter is read here too.
QQC2.TextField {
    id: root

    signal scanned(string code)

    ScannerInput {
        objectName: root.objectName + "Scanner"
        window: root.Window.window
        enabled: root.visible && root.enabled
        onScanned: code => root.scanned(code)
    }

    implicitHeight: Theme.touchTarget
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    color: Theme.ink
    placeholderTextColor: Theme.inkMuted
    selectByMouse: true
    Accessible.name: placeholderText
    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.width: root.activeFocus ? 2 : 1
        border.color: root.activeFocus ? Theme.primary : Theme.line
    }
    onAccepted: {
        const code = text.trim()
        text = ""
        if (code.length > 0)
            scanned(code)
    }
}
