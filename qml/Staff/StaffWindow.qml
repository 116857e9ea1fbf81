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
        StaffHomePage { objectName: "staffHome" }
    }

    // For the screenshot tour (app/ui/screenshottour.cpp): the store floor at a till's 1366×768,
    // then the queue on a back-office PC's 1920×1080.
    function tourSteps() {
        return App.staff.signedIn ? ["02-queue", "03-picklist", "04-stock", "05-receive", "06-count", "07-queue-1080"]
                                  : ["01-sign-in"]
    }
    function tourStep(step) {
        const home = page.item
        switch (step.slice(3)) {
        case "queue":
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
}
