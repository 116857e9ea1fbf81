import QtQuick
import Comptoir.Ui

// An order's status in words on a tinted pill: green once it waits for the customer or travels,
// muted when done or cancelled, the accent while it is being paid or prepared.
Rectangle {
    id: root

    property string status: ""
    property alias text: label.text

    readonly property color tone: status === "ready_for_pickup" || status === "shipped" ? Theme.success
                                  : status === "cancelled" || status === "completed" ? Theme.inkMuted
                                  : Theme.warning

    implicitHeight: label.implicitHeight + Theme.space(1)
    implicitWidth: label.implicitWidth + Theme.space(3)
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.14)
    border.width: Theme.highContrast ? 2 : 1
    border.color: tone
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Text {
        id: label
        anchors.centerIn: parent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.labelSize
        font.weight: Font.DemiBold
        color: Theme.highContrast ? Theme.ink : root.tone
    }
}
