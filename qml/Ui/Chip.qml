import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui

// A choice among several (a size, a colour, a sort order). `available: false` still lets the
// shopper pick it (to see where it is in stock) but shows that it is not on the shelf here.
QQC2.AbstractButton {
    id: root

    property bool selected: false
    property bool available: true

    implicitHeight: Theme.touchTargetSmall
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + Theme.space(5))
    font.family: Theme.fontFamily
    font.pixelSize: Theme.labelSize
    font.weight: selected ? Font.DemiBold : Font.Normal

    background: Rectangle {
        radius: height / 2
        color: root.selected ? Theme.primary : (root.down ? Theme.surfaceAlt : Theme.surface)
        border.width: root.selected ? 0 : 2
        border.color: Theme.line
    }
    contentItem: Text {
        id: label
        text: root.text
        font.family: root.font.family
        font.pixelSize: root.font.pixelSize
        font.weight: root.font.weight
        font.strikeout: !root.available && !root.selected
        color: root.selected ? Theme.inkOnPrimary : (root.available ? Theme.ink : Theme.inkMuted)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
