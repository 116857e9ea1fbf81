pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui

// A labelled text field for the desktop forms (sign-in, registration): the label above, the
// field named after it for screen readers, Enter submits.
ColumnLayout {
    id: root

    required property string label
    property alias text: field.text
    property alias echoMode: field.echoMode
    property alias placeholder: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints
    property alias field: field
    signal submitted()

    spacing: Theme.space(1)

    Caption {
        text: root.label
        color: Theme.ink
    }
    QQC2.TextField {
        id: field
        objectName: root.objectName + "Input"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.ink
        placeholderTextColor: Theme.inkMuted
        selectByMouse: true
        Accessible.name: root.label
        background: Rectangle {
            radius: Theme.radiusSmall
            color: Theme.surface
            border.width: field.activeFocus ? 2 : 1
            border.color: field.activeFocus ? Theme.primary : Theme.line
        }
        onAccepted: root.submitted()
    }
}
