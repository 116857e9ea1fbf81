pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// The kiosk's own keyboard (there is no physical one): AZERTY in French, QWERTY in English,
// digits on top, big keys. It types into whatever listens to its signals.
Rectangle {
    id: root

    property string layout: "fr"
    property bool showDigitsOnly: false
    property string acceptText: qsTr("Done")
    // Addresses and tokens: a row of . : / _ and a shift key for capitals.
    property bool technical: false
    property bool shifted: false

    signal typed(string text)
    signal backspace()
    signal accepted()

    readonly property var letterRows: layout === "fr"
        ? ["azertyuiop", "qsdfghjklm", "wxcvbn'-"]
        : ["qwertyuiop", "asdfghjkl'", "zxcvbnm-"]
    readonly property int keySize: Theme.touchTarget

    implicitHeight: column.implicitHeight + Theme.space(4)
    color: Theme.surfaceAlt

    component Key: Rectangle {
        id: key
        property string label
        property string sends: label
        property real units: 1
        // What a screen reader says for the key (the symbol keys have words).
        property string spoken: label
        signal pressed()
        Layout.preferredWidth: root.keySize * units + (units - 1) * Theme.space(1)
        Layout.preferredHeight: root.keySize
        radius: Theme.radiusSmall
        color: area.pressed ? Theme.line : Theme.surface
        Heading {
            level: 3
            font.weight: Font.Normal
            anchors.centerIn: parent
            text: key.label
        }
        MouseArea {
            id: area
            anchors.fill: parent
            Accessible.role: Accessible.Button
            Accessible.name: key.spoken
            Accessible.onPressAction: key.pressed()
            onClicked: key.pressed()
        }
    }

    ColumnLayout {
        id: column
        anchors.centerIn: parent
        spacing: Theme.space(1)

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.space(1)
            Repeater {
                model: "1234567890".split("")
                delegate: Key {
                    required property string modelData
                    label: modelData
                    onPressed: root.typed(modelData)
                }
            }
        }
        Repeater {
            model: root.showDigitsOnly ? [] : root.letterRows
            delegate: RowLayout {
                id: letterRow
                required property string modelData
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.space(1)
                Repeater {
                    model: letterRow.modelData.split("")
                    delegate: Key {
                        required property string modelData
                        label: root.technical && !root.shifted ? modelData : modelData.toUpperCase()
                        sends: root.shifted ? modelData.toUpperCase() : modelData
                        onPressed: root.typed(sends)
                    }
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: root.technical
            spacing: Theme.space(1)
            Key {
                label: "⇧"
                spoken: qsTr("Shift")
                units: 1.5
                color: root.shifted ? Theme.line : Theme.surface
                onPressed: root.shifted = !root.shifted
            }
            Repeater {
                model: [".", ":", "/", "_", "@"]
                delegate: Key {
                    required property string modelData
                    label: modelData
                    onPressed: root.typed(modelData)
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.space(1)
            Key {
                visible: !root.showDigitsOnly
                label: qsTr("space")
                units: 5
                onPressed: root.typed(" ")
            }
            Key {
                label: "⌫"
                spoken: qsTr("Delete")
                units: 1.5
                onPressed: root.backspace()
            }
            Key {
                label: root.acceptText
                units: 2.5
                onPressed: root.accepted()
            }
        }
    }
}
