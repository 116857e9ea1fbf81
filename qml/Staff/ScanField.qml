import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui

// Where a scan lands: a barcode scanner types a code and Enter, as does a person at the keyboard.
// The one place the staff screens read scans, so a console-wide scanner can take over here.
QQC2.TextField {
    id: root

    signal scanned(string code)

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
