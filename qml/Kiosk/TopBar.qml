import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Always at hand while shopping: back, home, search, language, the link's state, the cart.
Rectangle {
    id: root

    property bool canGoBack: false
    signal backRequested()
    signal homeRequested()
    signal searchRequested()
    signal cartRequested()
    signal operatorRequested()

    implicitHeight: Theme.touchTarget + Theme.space(3)
    color: Theme.surface

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.line
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.space(3)
        anchors.rightMargin: Theme.space(3)
        spacing: Theme.space(2)

        ActionButton {
            objectName: "backButton"
            kind: "secondary"
            text: qsTr("Back")
            iconText: "←"
            visible: root.canGoBack
            onClicked: root.backRequested()
        }
        Heading {
            level: 3
            text: "Comptoir"
            font.weight: Font.Bold
            color: Theme.primary
            MouseArea {
                anchors.fill: parent
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Home")
                Accessible.onPressAction: root.homeRequested()
                onClicked: root.homeRequested()
                onPressAndHold: root.operatorRequested()
                pressAndHoldInterval: 3000
            }
        }
        Body {
            small: true
            text: App.session.storeName
            color: Theme.inkMuted
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "searchButton"
            kind: "secondary"
            text: qsTr("Search")
            iconText: "⌕"
            onClicked: root.searchRequested()
        }
        // Accessibility: larger type with stronger contrast, kept for the next start.
        ActionButton {
            objectName: "largeTextButton"
            kind: App.display.largeText ? "primary" : "quiet"
            compact: true
            text: "Aa"
            Accessible.name: App.display.largeText ? qsTr("Normal text size and contrast")
                                                   : qsTr("Larger text and higher contrast")
            Accessible.checkable: true
            Accessible.checked: App.display.largeText
            onClicked: App.display.largeText = !App.display.largeText
        }
        ActionButton {
            objectName: "languageButton"
            kind: "quiet"
            compact: true
            text: App.session.language === "fr" ? "English" : "Français"
            onClicked: App.session.language = App.session.language === "fr" ? "en" : "fr"
        }
        ConnectivityBadge {
            status: App.session.connectivity
            pending: App.session.pendingCount
        }
        ActionButton {
            objectName: "cartButton"
            text: App.cart.itemCount > 0 ? qsTr("Cart (%1)").arg(App.cart.itemCount) : qsTr("Cart")
            onClicked: root.cartRequested()
        }
    }
}
