import QtQuick
import Comptoir.Ui

// A count on a navigation entry or a tab: how many wait there. Hidden at zero; `pulse()` draws
// the eye when one more arrives.
Rectangle {
    id: root

    property int count: 0
    property color fill: Theme.accent

    function pulse() { bump.restart() }

    visible: count > 0
    implicitHeight: Theme.captionSize + Theme.space(1) * 2
    implicitWidth: Math.max(implicitHeight, label.implicitWidth + Theme.space(2))
    radius: height / 2
    color: fill
    Accessible.name: qsTr("%n waiting", "", count)

    Text {
        id: label
        anchors.centerIn: parent
        text: root.count > 99 ? "99+" : root.count
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        font.weight: Font.DemiBold
        color: Theme.inkOnPrimary
    }
    SequentialAnimation {
        id: bump
        NumberAnimation { target: root; property: "scale"; to: 1.5; duration: Theme.animationMs }
        NumberAnimation { target: root; property: "scale"; to: 1; duration: Theme.animationMs * 2 }
    }
}
