pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// What passers-by see: the store, a few products drifting by, and one invitation to touch.
Rectangle {
    id: root

    objectName: "attractPage"
    readonly property bool showsTopBar: false
    signal startRequested()
    signal operatorRequested()

    color: Theme.primary

    ProductListModel {
        id: showcase
        sort: "price_desc"
        inStockOnly: true
    }

    MouseArea {
        anchors.fill: parent
        onClicked: root.startRequested()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.leftMargin: Theme.space(12)
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.45
        spacing: Theme.space(3)

        Text {
            text: "Comptoir"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.weight: Font.Bold
            color: Theme.inkOnPrimary
            opacity: 0.8
            MouseArea {
                anchors.fill: parent
                pressAndHoldInterval: 3000
                onPressAndHold: root.operatorRequested()
            }
        }
        Text {
            Layout.fillWidth: true
            text: App.storeName.length > 0 ? qsTr("Welcome to %1").arg(App.storeName) : qsTr("Welcome")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.displaySize + 8
            font.weight: Font.Bold
            color: Theme.inkOnPrimary
            wrapMode: Text.WordWrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Find a product, see where it is in stock, and pay here or at the counter.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            color: Theme.inkOnPrimary
            opacity: 0.85
            wrapMode: Text.WordWrap
        }
        Rectangle {
            Layout.topMargin: Theme.space(4)
            implicitWidth: startLabel.implicitWidth + Theme.space(10)
            implicitHeight: Theme.touchTarget + Theme.space(2)
            radius: height / 2
            color: Theme.accent
            Text {
                id: startLabel
                anchors.centerIn: parent
                text: qsTr("Touch to start")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                color: Theme.inkOnPrimary
            }
            SequentialAnimation on scale {
                loops: Animation.Infinite
                NumberAnimation { to: 1.04; duration: 1200; easing.type: Easing.InOutSine }
                NumberAnimation { to: 1.0; duration: 1200; easing.type: Easing.InOutSine }
            }
        }
        RowLayout {
            Layout.topMargin: Theme.space(4)
            spacing: Theme.space(2)
            ActionButton {
                kind: App.language === "fr" ? "secondary" : "inverse"
                compact: true
                text: "Français"
                onClicked: App.language = "fr"
            }
            ActionButton {
                kind: App.language === "en" ? "secondary" : "inverse"
                compact: true
                text: "English"
                onClicked: App.language = "en"
            }
        }
    }

    Grid {
        anchors.right: parent.right
        anchors.rightMargin: Theme.space(10)
        anchors.verticalCenter: parent.verticalCenter
        columns: 2
        spacing: Theme.space(3)
        Repeater {
            model: showcase
            delegate: Rectangle {
                id: tile
                required property int index
                required property string name
                required property string image
                required property string priceText
                visible: index < 4
                width: 320
                height: 380
                radius: Theme.radius
                color: Theme.surface
                ProductImage {
                    anchors.top: parent.top
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.margins: Theme.space(2)
                    height: 260
                    source: tile.image
                    name: tile.name
                }
                Text {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: price.top
                    anchors.margins: Theme.space(2)
                    text: tile.name
                    elide: Text.ElideRight
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.labelSize
                    color: Theme.ink
                }
                Text {
                    id: price
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.space(2)
                    text: tile.priceText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.DemiBold
                    color: Theme.primary
                }
            }
        }
    }

    Text {
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.space(4)
        visible: !App.catalogReady
        text: qsTr("Getting the catalog ready…")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.labelSize
        color: Theme.inkOnPrimary
    }
}
