import QtQuick
import Comptoir.Ui

// One product in a grid: picture, name, brand, price, and whether it is on the shelf here.
Item {
    id: root

    required property string productId
    required property string name
    required property string brand
    required property string priceText
    required property string image
    required property int availableHere
    signal chosen(string productId)

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
            spacing: 4
            Text {
                width: parent.width
                text: root.brand
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                color: Theme.inkMuted
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                text: root.name
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                font.weight: Font.DemiBold
                color: Theme.ink
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        Text {
            anchors.left: parent.left
            anchors.bottom: parent.bottom
            anchors.margins: Theme.space(2)
            text: root.priceText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.Bold
            color: Theme.ink
        }
        Row {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.space(2)
            spacing: 6
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: 10
                height: 10
                radius: 5
                color: root.availableHere > 0 ? Theme.success : Theme.inkMuted
            }
            Text {
                objectName: "availability"
                text: root.availableHere > 0 ? qsTr("In store") : qsTr("Not here")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                color: Theme.inkMuted
            }
        }
        MouseArea {
            id: area
            anchors.fill: parent
            onClicked: root.chosen(root.productId)
        }
    }
}
