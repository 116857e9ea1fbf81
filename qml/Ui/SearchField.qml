import QtQuick
import Comptoir.Ui

// Where the shopper's search shows as it is typed on the on-screen keyboard. Tapping it asks for
// the keyboard; the ✕ empties it.
Rectangle {
    id: root

    property string text: ""
    property string placeholder: qsTr("Search a product, a brand, a barcode")
    property bool active: false
    signal activated()
    signal cleared()

    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: Theme.surface
    border.width: 2
    border.color: active ? Theme.primary : Theme.line

    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.EditableText
        Accessible.name: root.text.length > 0 ? qsTr("Search: %1").arg(root.text) : qsTr("Search")
        Accessible.onPressAction: root.activated()
        onClicked: root.activated()
    }
    Text {
        id: glass
        anchors.left: parent.left
        anchors.leftMargin: Theme.space(3)
        anchors.verticalCenter: parent.verticalCenter
        text: "⌕"
        font.pixelSize: Theme.headingSize
        color: Theme.inkMuted
    }
    Body {
        anchors.left: glass.right
        anchors.leftMargin: Theme.space(2)
        anchors.right: clear.left
        anchors.verticalCenter: parent.verticalCenter
        text: root.text.length > 0 ? root.text : root.placeholder
        color: root.text.length > 0 ? Theme.ink : Theme.inkMuted
        elide: Text.ElideLeft
    }
    Rectangle {
        anchors.left: glass.right
        anchors.leftMargin: Theme.space(2) + Math.min(caretProbe.implicitWidth, parent.width - 200)
        anchors.verticalCenter: parent.verticalCenter
        visible: root.active && root.text.length >= 0
        width: 3
        height: Theme.bodySize + 6
        color: Theme.primary
        SequentialAnimation on opacity {
            running: root.active
            loops: Animation.Infinite
            NumberAnimation { to: 0; duration: 500 }
            NumberAnimation { to: 1; duration: 500 }
        }
    }
    Body {
        id: caretProbe
        visible: false
        text: root.text
    }
    MouseArea {
        id: clear
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touchTarget
        height: Theme.touchTarget
        visible: root.text.length > 0
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Clear the search")
        Accessible.onPressAction: root.cleared()
        onClicked: root.cleared()
        Text {
            anchors.centerIn: parent
            text: "✕"
            font.pixelSize: Theme.headingSize
            color: Theme.inkMuted
        }
    }
}
