import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// A product's options as rows of chips (size, colour, format), each chip selected, available or
// not, as ProductDetail (Comptoir.App) lists them: [{key, label, values: [{value, selected, available}]}].
ColumnLayout {
    id: root

    required property var groups
    signal optionChosen(string key, string value)

    spacing: Theme.space(3)

    Repeater {
        model: root.groups
        delegate: ColumnLayout {
            id: group
            required property var modelData
            spacing: Theme.space(1)
            Body {
                small: true
                text: group.modelData.label
                strong: true
                color: Theme.inkMuted
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.space(1)
                Repeater {
                    model: group.modelData.values
                    delegate: Chip {
                        required property var modelData
                        text: modelData.value
                        selected: modelData.selected
                        available: modelData.available
                        onClicked: root.optionChosen(group.modelData.key, modelData.value)
                    }
                }
            }
        }
    }
}
