import QtQuick
import QtQuick.Layouts
import Comptoir.Ui

// One product found by the till's search: name, brand, price and stock here; a click (or Enter
// on the first) chooses it.
Rectangle {
    id: root

    required property string productId
    required property string name
    required property string brand
    required property string priceText
    required property int availableHere
    signal chosen(string productId)

    function choose() { root.chosen(root.productId) }

    implicitHeight: Theme.touchTarget + Theme.space(1)
    radius: Theme.radiusSmall
    color: mouse.pressed ? Theme.surfaceAlt : (mouse.containsMouse ? Theme.background : Theme.surface)
    Accessible.role: Accessible.Button
    Accessible.name: root.name

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: root.choose()
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.space(1.5)
        anchors.rightMargin: Theme.space(1.5)
        spacing: Theme.space(1.5)
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Body {
                Layout.fillWidth: true
                text: root.name
                strong: true
                elide: Text.ElideRight
            }
            Caption {
                Layout.fillWidth: true
                text: root.availableHere > 0 ? qsTr("%1 · %2 in this store").arg(root.brand).arg(root.availableHere)
                                             : qsTr("%1 · not in stock here").arg(root.brand)
                color: root.availableHere > 0 ? Theme.inkMuted : Theme.warning
                elide: Text.ElideRight
            }
        }
        Body {
            text: root.priceText
            strong: true
        }
    }
}
