pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui

// A PIN typed on the keyboard or tapped on the pad; Enter or OK submits it.
ColumnLayout {
    id: root

    property alias pin: field.text
    property bool busy: false
    signal submitted(string pin)

    function clear() { field.text = "" }
    function focusField() { field.forceActiveFocus() }

    spacing: Theme.space(1)

    QQC2.TextField {
        id: field
        objectName: "pinField"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget
        horizontalAlignment: Text.AlignHCenter
        echoMode: TextInput.Password
        passwordCharacter: "●"
        maximumLength: 8
        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
        inputMethodHints: Qt.ImhDigitsOnly
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        placeholderText: qsTr("PIN")
        Accessible.name: qsTr("PIN")
        onAccepted: if (text.length > 0) root.submitted(text)
    }
    GridLayout {
        Layout.fillWidth: true
        columns: 3
        columnSpacing: Theme.space(1)
        rowSpacing: Theme.space(1)
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            delegate: ActionButton {
                required property string modelData
                objectName: "pinKey" + modelData
                Layout.fillWidth: true
                kind: modelData === "OK" ? "primary" : "secondary"
                enabled: !root.busy
                text: modelData
                Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData
                onClicked: {
                    if (modelData === "⌫")
                        field.text = field.text.slice(0, -1)
                    else if (modelData === "OK") {
                        if (field.text.length > 0)
                            root.submitted(field.text)
                    } else if (field.text.length < 8)
                        field.text += modelData
                }
            }
        }
    }
}
