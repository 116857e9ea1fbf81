import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The staff console, for a till (1366×768) or a back-office PC (1920×1080). On a till enrolled as
// a register, staff sign in with their PIN and the console locks after a while untouched; on a
// PC, with their password. Signed in: their store's floor (and managers the back office).
QQC2.ApplicationWindow {
    id: root

    width: 1366
    height: 768
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: qsTr("Comptoir — staff")
    color: Theme.background

    property bool settingUp: false

    Component.onCompleted: Theme.density = "desktop"

    IdleWatcher {
        id: idle
        objectName: "lockWatcher"
        timeoutSeconds: App.lockAfterSeconds
        warningSeconds: 0
        enabled: App.staff.signedIn && !App.staff.locked
        onTimedOut: App.staff.lock()
    }
    Connections {
        target: App.staff
        function onRegisterChanged() { if (App.staff.registerEnrolled) root.settingUp = false }
    }

    Loader {
        id: page
        objectName: "staffPage"
        anchors.fill: parent
        sourceComponent: App.staff.signedIn ? home
                         : root.settingUp ? setup
                         : App.staff.registerEnrolled ? pinSignIn : signIn
    }
    Loader {
        anchors.fill: parent
        active: App.staff.signedIn && App.staff.locked
        sourceComponent: lockScreen
    }
    Component {
        id: lockScreen
        StaffLockScreen {}
    }
    Component {
        id: signIn
        Rectangle {
            color: Theme.background
            Panel {
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.space(8), Theme.fieldWidth + Theme.space(8))
                height: column.implicitHeight + Theme.space(8)
                ColumnLayout {
                    id: column
                    anchors.fill: parent
                    anchors.margins: Theme.space(4)
                    spacing: Theme.space(2)
                    SignInForm {
                        Layout.fillWidth: true
                        access: App.staff
                        title: qsTr("Staff sign-in")
                    }
                    ActionButton {
                        objectName: "setUpTill"
                        Layout.fillWidth: true
                        kind: "quiet"
                        compact: true
                        text: qsTr("Set up this console as a till (manager)")
                        onClicked: root.settingUp = true
                    }
                }
            }
        }
    }
    Component {
        id: pinSignIn
        StaffPinSignInPage {}
    }
    Component {
        id: setup
        StaffRegisterSetupPage {
            onCancelled: root.settingUp = false
        }
    }
    Component {
        id: home
        StaffHomePage {
            objectName: "staffHome"
            active: !App.staff.locked
        }
    }

    // For the screenshot tour (app/ui/screenshottour.cpp): signed out, the password form or, on an
    // enrolled till, the PIN pad; signed in, the store floor at a till's 1366×768 (a sale, its
    // payment and its receipt, part of it returned, the order queue, a pick list, stock, a
    // delivery, a count), then the queue on a back-office PC's 1920×1080.
    function tourSteps() {
        if (!App.staff.signedIn)
            return App.staff.registerEnrolled ? ["14-pin"] : ["01-sign-in"]
        // Issue 16: a manager on a back-office PC: the back office's pages (update.sh names them
        // backoffice-*.png), in French then the dashboard in English.
        if (App.staff.manager && !App.staff.registerEnrolled)
            return ["backoffice-01-dashboard", "backoffice-02-catalog", "backoffice-03-promotions",
                    "backoffice-04-people", "backoffice-05-closures", "backoffice-06-audit",
                    "backoffice-07-dashboard-en", "backoffice-08-catalog-en"]
        return ["02-drawer-open", "03-till", "04-payment", "05-receipt",
                "returns-1-found", "returns-2-chosen", "returns-3-taken", "05-sale-discount", "05-approval",
                "06-queue", "07-picklist", "08-stock",
                "09-receive", "10-count", "11-drawer-pay-out", "12-z-report", "13-queue-1080"]
    }
    function tourStep(step) {
        const home = page.item
        if (step.startsWith("backoffice-"))
            return backOfficeTourStep(home, step.slice(14))
        const till = home && home.till ? home.till : null
        // The sale just paid comes back (ReturnsPage.tourStep).
        if (step.startsWith("returns-")) {
            home.open(2)
            return home.currentPage.tourStep(step)
        }
        switch (step.slice(3)) {
        case "drawer-open":
            home.open(3)
            home.currentPage.typeForTour("float", "150")
            App.drawer.openDrawer("150")
            return 1500
        case "drawer-pay-out":
            home.open(3)
            App.drawer.payOut("40", qsTr("To the safe"))
            return 1500
        case "z-report":
            home.currentPage.typeForTour("counted", "208,50")
            App.drawer.close("208,50")
            return 2000
        case "till":
            home.open(0)
            till.addForTour("pull")
            till.addForTour("mug")
            till.addForTour("carnet")
            App.cart.applyPromoCode("BIENVENUE10")
            App.till.scan("2000000000008")
            return 1200
        case "payment":
            till.payForTour("100")
            return 1000
        case "receipt":
            App.till.payCash(10000)
            return 1500
        case "sale-discount": {
            // The next sale: 10 % off a line, and 30 % on the whole sale being typed.
            home.open(0)
            App.till.newSale()
            till.addForTour("pull")
            till.addForTour("mug")
            till.lineDiscountForTour("percent", "10")
            till.discountForTour("percent", "30", qsTr("Loyal customer"))
            return 1000
        }
        case "approval":
            till.applyDiscountForTour()
            till.payForTour("")
            App.till.payCash(App.till.due)
            till.approvalForTour("manager@demo.comptoir.fr", "1234")
            return 1000
        case "queue":
            // The sale waiting for a manager is left for the tour's next screens.
            if (App.till.state === TillSale.NeedsApproval) {
                App.till.cancelPayment()
                App.cart.clear()
            }
            home.open(1)
            home.currentPage.showState(0)
            // The oldest waiting order; the next picture shows the largest one's pick list.
            if (home.queue.count > 0)
                home.currentPage.selectedId = home.queue.data(home.queue.index(home.queue.count - 1, 0), OrderQueueModel.IdRole)
            return 1200
        case "picklist": {
            // The order with the most items shows bins best.
            const queue = home.queue
            let best = 0
            for (let i = 1; i < queue.count; ++i)
                if (queue.data(queue.index(i, 0), OrderQueueModel.ItemCountRole) > queue.data(queue.index(best, 0), OrderQueueModel.ItemCountRole))
                    best = i
            if (queue.count > 0)
                home.currentPage.selectedId = queue.data(queue.index(best, 0), OrderQueueModel.IdRole)
            return 800
        }
        case "stock":
            home.open(4)
            home.currentPage.levels.showLowStock()
            return 1500
        case "receive": {
            const stock = home.currentPage
            const levels = stock.levels.model
            stock.view = 1
            levels.lowOnly = false
            const first = levels.data(levels.index(0, 0), StockLevelModel.SkuRole)
            const second = levels.data(levels.index(3, 0), StockLevelModel.SkuRole)
            for (const code of [first, first, first, second])
                stock.receiving.tally.scan(code)
            return 1000
        }
        case "count": {
            const stock = home.currentPage
            const levels = stock.levels.model
            stock.view = 2
            stock.counting.tally.scan(levels.data(levels.index(1, 0), StockLevelModel.SkuRole))
            stock.counting.tally.scan(levels.data(levels.index(2, 0), StockLevelModel.SkuRole))
            return 1000
        }
        case "queue-1080":
            root.width = 1920
            root.height = 1080
            home.open(1)
            return 1500
        }
        return 300
    }
    // The back office's screens for the tour: each page as a manager finds it, with something
    // chosen or done so it shows what it is for.
    function backOfficeTourStep(home, name) {
        root.width = 1920
        root.height = 1080
        switch (name) {
        case "dashboard":
            home.open(5)
            return 3000
        case "catalog": {
            home.open(6)
            const catalog = home.currentPage
            const products = catalog.products
            if (products.count > 3)
                catalog.editor.open(products.items[3].id)
            return 2000
        }
        case "promotions":
            home.open(7)
            return 1500
        case "people": {
            home.open(8)
            const people = home.currentPage
            people.enrolment.enrol(qsTr("Kiosk by the door"), "loc_paris", "kiosk")
            return 2000
        }
        case "closures":
            home.open(9)
            home.currentPage.verify.send("GET", "/fiscal/verify", {}, "")
            return 2500
        case "audit":
            home.open(10)
            return 2000
        case "dashboard-en":
            App.session.language = "en"
            home.open(5)
            return 2500
        case "catalog-en":
            home.open(6)
            return 1500
        }
        return 500
    }
}
