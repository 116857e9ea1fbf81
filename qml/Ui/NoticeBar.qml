import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// One sentence saying what an action did or why it was refused: green for done, red for refused.
// Hidden while there is nothing to say; the ✕ dismisses it.
Rectangle {
    id: root

    property string text: ""
    property bool refused: false
    signal dismissed()

    visible: text.length > 0
    implicitHeight: visible ? row.implicitHeight + Theme.space(2) : 0
    radius: Theme.radiusSmall
    color: Qt.rgba(tone.r, tone.g, tone.b, 0.12)
    border.width: 1
    border.color: tone
    readonly property color tone: refused ? Theme.danger : Theme.success

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.space(2)
        anchors.rightMargin: Theme.space(1)
        Body {
            objectName: root.objectName + "Text"
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            color: root.refused ? Theme.danger : Theme.ink
        }
        ActionButton {
            kind: "quiet"
            compact: true
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: root.dismissed()
        }
    }
}
