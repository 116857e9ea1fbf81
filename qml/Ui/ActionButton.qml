pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui

// The button of every screen: big enough for a thumb, one of four kinds.
QQC2.AbstractButton {
    id: root

    // primary, secondary, quiet, danger, inverse (on a coloured background)
    property string kind: "primary"
    property string iconText: ""
    property bool compact: false

    readonly property color fill: {
        if (!enabled)
            return Theme.surfaceAlt
        switch (kind) {
        case "primary": return down ? Theme.primaryPressed : Theme.primary
        case "danger": return Theme.danger
        case "secondary": return down ? Theme.surfaceAlt : Theme.surface
        case "inverse": return down ? Qt.rgba(1, 1, 1, 0.25) : "transparent"
        default: return down ? Theme.surfaceAlt : "transparent"
        }
    }
    readonly property color textColor: !enabled ? Theme.inkMuted
                                       : (kind === "primary" || kind === "danger" || kind === "inverse") ? Theme.inkOnPrimary
                                       : kind === "quiet" ? Theme.primary : Theme.ink

    implicitHeight: compact ? Theme.touchTargetSmall : Theme.touchTarget
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + Theme.space(compact ? 4 : 6))
    font.family: Theme.fontFamily
    font.pixelSize: compact ? Theme.labelSize : Theme.bodySize
    font.weight: Font.DemiBold

    background: Rectangle {
        radius: root.compact ? Theme.radiusSmall : Theme.radius
        color: root.fill
        border.width: root.kind === "secondary" || root.kind === "inverse" ? 2 : 0
        border.color: root.kind === "inverse" ? Theme.inkOnPrimary : Theme.line
        Behavior on color { ColorAnimation { duration: Theme.animationMs } }
    }
    contentItem: Text {
        id: label
        text: (root.iconText.length > 0 ? root.iconText + "  " : "") + root.text
        font: root.font
        color: root.textColor
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
