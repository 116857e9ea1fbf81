import QtQuick
import Comptoir.Ui

// One product in a grid: picture, name, brand, price, and whether it is on the shelf here.
// Shared by the kiosk and the shop (and the till's search).
Item {
    id: root

    required property string productId
    required property string name
    required property string brand
    required property string priceText
    required property string image
    required property int availableHere
    signal chosen(string productId)
    // A row the list has not read yet (the shop's grid reads pages on another thread while the
    // shopper scrolls): an empty card until the page lands.
    readonly property bool placeholder: productId === ""

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.space(1)
        radius: Theme.radius
        color: area.pressed ? Theme.surfaceAlt : Theme.surface
        border.width: 1
        border.color: Theme.line

        ProductImage {
            id: picture
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.space(2)
            height: parent.height * 0.58
            source: root.image
            name: root.name
        }
        Column {
            anchors.top: picture.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.space(2)
            spacing: Theme.space(0.5)
            Caption {
                width: parent.width
                text: root.brand
                elide: Text.ElideRight
            }
            Body {
                small: true
                width: parent.width
                text: root.name
                strong: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Body {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: Theme.space(2)
            text: root.priceText
            font.weight: Font.Bold
        }
        Row {
            visible: !root.placeholder
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.space(2)
            spacing: Theme.space(0.75)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.dotSize
                height: Theme.dotSize
                radius: Theme.dotSize / 2
                color: root.availableHere > 0 ? Theme.success : Theme.inkMuted
            }
            Caption {
                objectName: "availability"
                text: root.availableHere > 0 ? qsTr("In store") : qsTr("Not here")
            }
        }
        MouseArea {
            id: area
            anchors.fill: parent
            enabled: !root.placeholder
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1, %2").arg(root.name).arg(root.priceText)
            Accessible.onPressAction: root.chosen(root.productId)
            onClicked: root.chosen(root.productId)
        }
    }
}
