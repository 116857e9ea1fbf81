import QtQuick
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The staff console, for a till (1366×768) or a back-office PC (1920×1080): staff sign in, then
// see their store's floor (and managers the back office).
QQC2.ApplicationWindow {
    id: root

    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("Comptoir — staff")
    color: Theme.background

    Component.onCompleted: Theme.density = "desktop"

    Loader {
        id: page
        objectName: "staffPage"
        anchors.fill: parent
        sourceComponent: App.staff.signedIn ? home : signIn
    }
    Component {
        id: signIn
        Rectangle {
            color: Theme.background
            Panel {
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.space(8), Theme.fieldWidth + Theme.space(8))
                height: form.implicitHeight + Theme.space(8)
                SignInForm {
                    id: form
                    anchors.fill: parent
                    anchors.margins: Theme.space(4)
                    access: App.staff
                    title: qsTr("Staff sign-in")
                }
            }
        }
    }
    Component {
        id: home
        StaffHomePage {}
    }

    // For the screenshot tour (app/ui/screenshottour.cpp).
    function tourSteps() {
        return App.staff.signedIn ? ["02-home"] : ["01-sign-in"]
    }
    function tourStep(step) {
        return 300
    }
}
