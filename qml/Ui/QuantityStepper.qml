import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// − 2 + : the quantity of a line, within bounds.
RowLayout {
    id: root

    property int value: 1
    property int from: 1
    property int to: 99
    signal changeRequested(int value)

    spacing: Theme.space(1)

    ActionButton {
        objectName: root.objectName.length > 0 ? root.objectName + "Fewer" : ""
        kind: "secondary"
        compact: true
        font.pixelSize: Theme.headingSize
        text: "−"
        enabled: root.value > root.from
        Accessible.name: qsTr("Fewer")
        onClicked: root.changeRequested(root.value - 1)
    }
    Heading {
        level: 3
        Layout.minimumWidth: 48
        horizontalAlignment: Text.AlignHCenter
        text: root.value
    }
    ActionButton {
        objectName: root.objectName.length > 0 ? root.objectName + "More" : ""
        kind: "secondary"
        compact: true
        font.pixelSize: Theme.headingSize
        text: "+"
        enabled: root.value < root.to
        Accessible.name: qsTr("More")
        onClicked: root.changeRequested(root.value + 1)
    }
}
