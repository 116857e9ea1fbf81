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
        session: App.session
        sort: "price_desc"
        inStockOnly: true
    }

    MouseArea {
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch to start shopping")
        Accessible.onPressAction: root.startRequested()
        onClicked: root.startRequested()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.leftMargin: Theme.space(12)
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width * 0.45
        spacing: Theme.space(3)

        Heading {
            level: 2
            text: "Comptoir"
            font.weight: Font.Bold
            color: Theme.inkOnPrimary
            opacity: 0.8
            MouseArea {
                anchors.fill: parent
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Operator settings (hold for 3 seconds)")
                pressAndHoldInterval: 3000
                onPressAndHold: root.operatorRequested()
            }
        }
        Text {
            Layout.fillWidth: true
            text: App.session.storeName.length > 0 ? qsTr("Welcome to %1").arg(App.session.storeName) : qsTr("Welcome")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.displaySize + 8
            font.weight: Font.Bold
            color: Theme.inkOnPrimary
            wrapMode: Text.WordWrap
        }
        Heading {
            level: 3
            font.weight: Font.Normal
            Layout.fillWidth: true
            text: qsTr("Find a product, see where it is in stock, and pay here or at the counter.")
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
            Heading {
                level: 3
                id: startLabel
                anchors.centerIn: parent
                text: qsTr("Touch to start")
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
                kind: App.session.language === "fr" ? "secondary" : "inverse"
                compact: true
                text: "Français"
                onClicked: App.session.language = "fr"
            }
            ActionButton {
                kind: App.session.language === "en" ? "secondary" : "inverse"
                compact: true
                text: "English"
                onClicked: App.session.language = "en"
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
                Body {
                    small: true
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: price.top
                    anchors.margins: Theme.space(2)
                    text: tile.name
                    elide: Text.ElideRight
                }
                Body {
                    id: price
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.space(2)
                    text: tile.priceText
                    strong: true
                    color: Theme.primary
                }
            }
        }
    }

    Body {
        small: true
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: Theme.space(4)
        visible: !App.session.catalogReady
        text: qsTr("Getting the catalog ready…")
        color: Theme.inkOnPrimary
    }
}
