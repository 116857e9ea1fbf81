import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui

// One entry of the console's navigation rail: its name, the key that opens it, and how many
// things wait there.
QQC2.AbstractButton {
    id: root

    property string shortcutText: ""
    property bool current: false
    property alias badge: badge

    implicitHeight: Theme.touchTarget + Theme.space(2)
    leftPadding: Theme.space(2)
    rightPadding: Theme.space(1.5)
    implicitWidth: row.implicitWidth + leftPadding + rightPadding
    checkable: false
    Accessible.role: Accessible.PageTab
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.current ? Theme.primary : (root.down || root.hovered ? Theme.surfaceAlt : "transparent")
    }
    contentItem: RowLayout {
        id: row
        spacing: Theme.space(1)
        Body {
            Layout.fillWidth: true
            text: root.text
            strong: root.current
            color: root.current ? Theme.inkOnPrimary : Theme.ink
            elide: Text.ElideRight
        }
        CountBadge {
            id: badge
            objectName: root.objectName + "Badge"
        }
        Caption {
            text: root.shortcutText
            color: root.current ? Theme.inkOnPrimary : Theme.inkMuted
        }
    }
}
