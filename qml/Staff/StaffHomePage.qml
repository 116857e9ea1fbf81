import QtQuick
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Not ComponentBehavior: Bound: the Loaders below make their pages in contexts of their own,
// which Qt 6.4 refuses for bound components ("outside its creation context").
// The console once signed in: who and where at the top with the link's state, a rail of the
// store floor's pages (F1–F5), and the page chosen. The order queue and the low-stock watch live
// here, not in their pages, so a new order rings and counts on the rail whatever page is open.
ColumnLayout {
    id: root

    // False while the console is locked: the till takes no scan and the rail no key then.
    property bool active: true
    property int current: 0 // the till: what a console opens on
    readonly property var pages: [
        { name: qsTr("Till"), key: "F1", page: "tillPage" },
        { name: qsTr("Orders"), key: "F2", page: "queuePage" },
        { name: qsTr("Returns"), key: "F3", page: "returnsPage" },
        { name: qsTr("Drawer"), key: "F4", page: "drawerPage" },
        { name: qsTr("Stock"), key: "F5", page: "stockPage" }
    ].concat(App.staff.manager ? backOfficePages : [])
    // Issue 16: the back office, for managers and admins only (a staff member's rail stops above).
    readonly property var backOfficePages: [
        { name: qsTr("Dashboard"), key: "", page: "dashboardPage" },
        { name: qsTr("Catalog"), key: "", page: "catalogPage" },
        { name: qsTr("Promotions"), key: "", page: "promotionsPage" },
        { name: qsTr("People and devices"), key: "", page: "peoplePage" },
        { name: qsTr("Closures and journal"), key: "", page: "closuresPage" },
        { name: qsTr("Audit trail"), key: "", page: "auditPage" }
    ]
    // Shown by the screenshot tour and the tests.
    property alias queue: orderQueue
    property alias lowStock: lowStockWatch
    readonly property Item till: stack.children[0] ? stack.children[0].item : null
    readonly property Item currentPage: {
        const loader = stack.children[current]
        return loader ? loader.item : null
    }

    function open(index) { current = index }

    spacing: 0

    OrderQueueModel {
        id: orderQueue
        session: App.session
        onArrived: App.chime.ring(Chime.NewOrder)
    }
    LowStockWatch {
        id: lowStockWatch
        session: App.session
    }
    RefusedSales {
        id: refusedSales
        session: App.session
    }

    Shortcut { sequence: "F1"; context: Qt.ApplicationShortcut; enabled: root.active; onActivated: root.open(0) }
    Shortcut { sequence: "F2"; context: Qt.ApplicationShortcut; enabled: root.active; onActivated: root.open(1) }
    Shortcut { sequence: "F3"; context: Qt.ApplicationShortcut; enabled: root.active; onActivated: root.open(2) }
    Shortcut { sequence: "F4"; context: Qt.ApplicationShortcut; enabled: root.active; onActivated: root.open(3) }
    Shortcut { sequence: "F5"; context: Qt.ApplicationShortcut; enabled: root.active; onActivated: root.open(4) }

    AccountBar {
        Layout.fillWidth: true
        access: App.staff
        session: App.session
        title: qsTr("Comptoir staff")
        onSignOutRequested: App.staff.signOut()
    }
    // Sales made offline that the server refused: the customer paid, the records lack them.
    Repeater {
        model: refusedSales.sales
        delegate: Rectangle {
            id: refused
            required property var modelData
            objectName: "refusedSale"
            Layout.fillWidth: true
            implicitHeight: refusedRow.implicitHeight + Theme.space(2)
            color: Theme.danger
            RowLayout {
                id: refusedRow
                anchors.fill: parent
                anchors.leftMargin: Theme.space(2)
                anchors.rightMargin: Theme.space(1)
                Body {
                    objectName: "refusedSaleText"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: "#FFFFFF"
                    strong: true
                    text: refused.modelData.text
                    Accessible.role: Accessible.AlertMessage
                }
                ActionButton {
                    objectName: "dismissRefusedSale"
                    kind: "secondary"
                    compact: true
                    text: qsTr("Dealt with")
                    Accessible.name: qsTr("Dealt with: remove this notice")
                    onClicked: refusedSales.dismiss(refused.modelData.entryId)
                }
            }
        }
    }
    // A drawer opened on an earlier day and never closed: said in red to whoever signs in next.
    Rectangle {
        objectName: "leftOpenBanner"
        Layout.fillWidth: true
        visible: App.drawer !== null && App.drawer.leftOpen
        implicitHeight: visible ? banner.implicitHeight + Theme.space(2) : 0
        color: Theme.danger
        RowLayout {
            id: banner
            anchors.fill: parent
            anchors.leftMargin: Theme.space(2)
            anchors.rightMargin: Theme.space(1)
            Body {
                objectName: "leftOpenText"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: "#FFFFFF"
                strong: true
                text: App.drawer ? qsTr("The cash drawer opened on %1 was never closed. Count it and close it before selling.")
                                       .arg(App.drawer.openedAtText) : ""
            }
            ActionButton {
                kind: "secondary"
                compact: true
                text: qsTr("Cash drawer (F4)")
                onClicked: root.open(3)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: root.width >= 1600 ? 240 : 184
            color: Theme.surface
            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.line
            }
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(1)
                spacing: Theme.space(1)
                Repeater {
                    model: root.pages
                    delegate: RailButton {
                        id: entry
                        required property var modelData
                        required property int index
                        objectName: modelData.page + "Entry"
                        Layout.fillWidth: true
                        Layout.topMargin: index === 5 ? Theme.space(3) : 0 // the back office apart
                        text: modelData.name
                        shortcutText: modelData.key
                        current: root.current === index
                        badge.count: index === 1 ? orderQueue.toPrepareCount : index === 4 ? lowStockWatch.count : 0
                        badge.fill: index === 4 ? Theme.warning : Theme.accent
                        onClicked: root.open(index)
                        Connections {
                            target: entry.index === 1 ? orderQueue : null
                            function onArrived() { entry.badge.pulse() }
                        }
                    }
                }
                Item { Layout.fillHeight: true }
                Caption {
                    objectName: "roleText"
                    Layout.fillWidth: true
                    Layout.margins: Theme.space(1)
                    wrapMode: Text.WordWrap
                    text: {
                        const where = App.session.storeName
                        if (App.staff.manager)
                            return qsTr("Signed in as %1 for every store").arg(App.staff.role)
                        return where.length > 0 ? qsTr("Signed in as staff at %1").arg(where) : qsTr("Signed in as staff")
                    }
                }
            }
        }
        // Not a StackLayout: Qt 6.4's does not size a Loader that becomes current after the first
        // layout, so a page made later laid itself out at zero width.
        Item {
            id: stack
            objectName: "staffPages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Each page is made the first time it is opened, then kept (a count in progress stays).
            Loader {
                active: root.current === 0 || item !== null
                anchors.fill: parent
                visible: root.current === 0
                focus: root.current === 0 // a Loader is a focus scope: the page shown takes the keys
                sourceComponent: tillPage
            }
            Loader {
                active: root.current === 1 || item !== null
                anchors.fill: parent
                visible: root.current === 1
                focus: root.current === 1 // a Loader is a focus scope: the page shown takes the keys
                sourceComponent: queuePage
            }
            Loader {
                active: root.current === 2 || item !== null
                anchors.fill: parent
                visible: root.current === 2
                focus: root.current === 2 // a Loader is a focus scope: the page shown takes the keys
                sourceComponent: returnsPage
            }
            Loader {
                active: root.current === 3 || item !== null
                anchors.fill: parent
                visible: root.current === 3
                focus: root.current === 3 // a Loader is a focus scope: the page shown takes the keys
                sourceComponent: drawerPage
            }
            Loader {
                active: root.current === 4 || item !== null
                anchors.fill: parent
                visible: root.current === 4
                focus: root.current === 4 // a Loader is a focus scope: the page shown takes the keys
                sourceComponent: stockPage
            }
            // Issue 16: the back office's pages (managers and admins), made when first opened.
            Loader {
                active: App.staff.manager && (root.current === 5 || item !== null)
                anchors.fill: parent
                visible: root.current === 5
                focus: root.current === 5
                sourceComponent: dashboardPage
            }
            Loader {
                active: App.staff.manager && (root.current === 6 || item !== null)
                anchors.fill: parent
                visible: root.current === 6
                focus: root.current === 6
                sourceComponent: catalogPage
            }
            Loader {
                active: App.staff.manager && (root.current === 7 || item !== null)
                anchors.fill: parent
                visible: root.current === 7
                focus: root.current === 7
                sourceComponent: promotionsPage
            }
            Loader {
                active: App.staff.manager && (root.current === 8 || item !== null)
                anchors.fill: parent
                visible: root.current === 8
                focus: root.current === 8
                sourceComponent: peoplePage
            }
            Loader {
                active: App.staff.manager && (root.current === 9 || item !== null)
                anchors.fill: parent
                visible: root.current === 9
                focus: root.current === 9
                sourceComponent: closuresPage
            }
            Loader {
                active: App.staff.manager && (root.current === 10 || item !== null)
                anchors.fill: parent
                visible: root.current === 10
                focus: root.current === 10
                sourceComponent: auditPage
            }
        }
    }

    Component {
        id: tillPage
        TillPage {
            objectName: "tillPage"
            active: root.active
            onDrawerRequested: root.open(3)
        }
    }
    Component { id: queuePage; QueuePage { objectName: "queuePage"; queue: orderQueue } }
    Component { id: returnsPage; ReturnsPage { objectName: "returnsPage" } }
    Component { id: drawerPage; DrawerPage { objectName: "drawerPage"; drawer: App.drawer } }
    Component { id: stockPage; StockPage { objectName: "stockPage"; lowStock: lowStockWatch } }
    // Issue 16, the back office.
    Component { id: dashboardPage; BackOfficeDashboardPage { objectName: "dashboardPage" } }
    Component { id: catalogPage; BackOfficeCatalogPage { objectName: "catalogPage" } }
    Component { id: promotionsPage; BackOfficePromotionsPage { objectName: "promotionsPage" } }
    Component { id: peoplePage; BackOfficePeoplePage { objectName: "peoplePage" } }
    Component { id: closuresPage; BackOfficeClosuresPage { objectName: "closuresPage" } }
    Component { id: auditPage; BackOfficeAuditPage { objectName: "auditPage" } }
}
