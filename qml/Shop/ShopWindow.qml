import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The desktop shop: a customer at home signs in (or creates an account), then shops. A resizable
// window from 1024×700 up.
QQC2.ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("Comptoir — shop")
    color: Theme.background

    Component.onCompleted: Theme.density = "desktop"

    Loader {
        id: page
        objectName: "shopPage"
        anchors.fill: parent
        sourceComponent: App.customer.signedIn ? home : signIn
    }
    Component {
        id: signIn
        ShopSignInPage {}
    }
    Component {
        id: home
        ShopHomePage {}
    }

    // For the screenshot tour (app/ui/screenshottour.cpp).
    function tourSteps() {
        return App.customer.signedIn ? ["02-home"] : ["01-sign-in"]
    }
    function tourStep(step) {
        return 300
    }
}
