import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// One of the dashboard's headline figures: its value large, what it is below.
Panel {
    id: root

    required property string label
    required property string value

    implicitWidth: 200
    implicitHeight: column.implicitHeight + Theme.space(4)
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.space(2)
        spacing: Theme.space(0.5)
        Heading {
            objectName: root.objectName + "Value"
            level: 2
            text: root.value
        }
        Caption {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.label
        }
    }
}
