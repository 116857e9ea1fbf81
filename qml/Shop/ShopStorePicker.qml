import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// "My store": the store whose shelves "in stock at my store" and "pick up today" speak of.
ColumnLayout {
    id: root

    spacing: Theme.space(0.5)

    StoreChoice {
        id: choice
        session: App.session
    }

    Caption {
        text: qsTr("My store")
    }
    QQC2.ComboBox {
        id: box
        objectName: "storePicker"
        Layout.fillWidth: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.labelSize
        Accessible.name: qsTr("My store")
        textRole: "name"
        valueRole: "id"
        model: [{ id: "", name: qsTr("None chosen") }].concat(choice.stores)
        currentIndex: Math.max(0, indexOfValue(choice.storeId))
        onActivated: choice.choose(currentValue)
    }
}
