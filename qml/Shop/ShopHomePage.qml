pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The shop's home: departments and featured products. (A placeholder of the shell: the page
// comes with the browsing part of the shop.)
ColumnLayout {
    id: root
    objectName: "shopHomePage"

    signal categoryChosen(string categoryId, string title)
    signal productChosen(string productId)

    spacing: 0

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        ColumnLayout {
            anchors.centerIn: parent
            spacing: Theme.space(2)
            Heading {
                level: 1
                Layout.alignment: Qt.AlignHCenter
                text: App.customer.signedIn ? qsTr("Hello, %1").arg(App.customer.userName) : qsTr("Welcome")
            }
            Body {
                Layout.alignment: Qt.AlignHCenter
                color: Theme.inkMuted
                text: App.session.catalogReady ? qsTr("The catalog is here: the shop opens soon.")
                                               : qsTr("Getting the catalog ready…")
            }
        }
    }
}
