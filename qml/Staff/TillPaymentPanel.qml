pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Paying at the till: the total, cash received with the change to give, the card terminal, or
// both (a cash part, the rest by card). What goes wrong is said in words; cash works offline.
ColumnLayout {
    id: root

    required property var sale // TillSale
    signal backRequested()
    // No drawer is open: cash waits for one (the drawer page opens it).
    signal drawerRequested()

    readonly property double tendered: root.sale.parseAmount(cash.text)
    readonly property double cashPart: root.sale.parseAmount(part.text)
    readonly property bool busy: root.sale.state === TillSale.Placing || root.sale.state === TillSale.Authorizing

    spacing: Theme.space(1.5)

    function typeForTour(typed) { cash.text = typed }

    onVisibleChanged: if (visible) { cash.text = ""; part.text = ""; cash.forceActiveFocus() }

    RowLayout {
        Layout.fillWidth: true
        ActionButton {
            objectName: "backToSale"
            kind: "quiet"
            compact: true
            text: qsTr("‹ Back to the sale")
            enabled: !root.busy
            onClicked: root.backRequested()
        }
        Item { Layout.fillWidth: true }
        ConnectivityBadge {
            status: App.session.connectivity
            pending: App.session.pendingCount
        }
    }
    Caption {
        text: qsTr("To pay")
    }
    Heading {
        objectName: "dueText"
        level: 1
        text: App.session.formatMoney(root.sale.due)
        font.weight: Font.Bold
    }

    Body {
        text: qsTr("Cash received")
        strong: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space(1)
        QQC2.TextField {
            id: cash
            objectName: "tenderedField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: App.session.formatMoney(root.sale.due)
            Accessible.name: qsTr("Cash received")
            onAccepted: takeCash.clicked()
        }
        Repeater {
            // The notes a customer hands over for this total: the next three that cover it.
            model: [500, 1000, 2000, 5000, 10000, 20000, 50000].filter(n => n >= root.sale.due).slice(0, 3)
            delegate: ActionButton {
                required property int modelData
                kind: "secondary"
                compact: true
                text: App.session.formatMoney(modelData)
                onClicked: cash.text = (modelData / 100).toString()
            }
        }
    }
    Body {
        objectName: "changeText"
        text: {
            if (cash.text.length === 0)
                return qsTr("Exact amount: no change")
            const change = root.sale.changeFor(root.tendered)
            return change.length > 0 ? qsTr("Change to give: %1").arg(change) : qsTr("Not enough for the total")
        }
        color: cash.text.length > 0 && root.sale.changeFor(root.tendered).length === 0 ? Theme.danger : Theme.ink
        font.pixelSize: Theme.headingSize
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space(1)
        ActionButton {
            id: takeCash
            objectName: "takeCash"
            Layout.fillWidth: true
            enabled: !root.busy && (cash.text.length === 0 || root.tendered >= root.sale.due)
            text: qsTr("Take cash")
            onClicked: root.sale.payCash(cash.text.length === 0 ? root.sale.due : root.tendered)
        }
        ActionButton {
            objectName: "payCard"
            Layout.fillWidth: true
            kind: "secondary"
            enabled: !root.busy
            text: qsTr("Card on the terminal")
            onClicked: root.sale.payCard()
        }
    }

    Body {
        Layout.topMargin: Theme.space(1)
        text: qsTr("Split: part in cash, the rest by card")
        strong: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space(1)
        QQC2.TextField {
            id: part
            objectName: "cashPartField"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTargetSmall
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: qsTr("Cash part")
            Accessible.name: qsTr("Cash part")
        }
        ActionButton {
            objectName: "paySplit"
            kind: "secondary"
            compact: true
            enabled: !root.busy && root.cashPart > 0
            text: qsTr("Cash + card")
            onClicked: root.sale.paySplit(root.cashPart, cash.text.length === 0 ? root.cashPart : root.tendered)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.busy
        BusyDots {}
        Body {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.sale.state === TillSale.Placing ? qsTr("Sending the sale to the server…")
                                                       : qsTr("The terminal is waiting for the card…")
        }
    }
    RowLayout {
        objectName: "noDrawer"
        Layout.fillWidth: true
        visible: root.sale.cashSessionId.length === 0
        spacing: Theme.space(1)
        Body {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: qsTr("Open the cash drawer before taking cash.")
        }
        ActionButton {
            objectName: "openDrawerFromTill"
            kind: "secondary"
            compact: true
            text: qsTr("Cash drawer (F4)")
            onClicked: root.drawerRequested()
        }
    }
    Body {
        objectName: "paymentMessage"
        Layout.fillWidth: true
        visible: root.sale.message.length > 0
        wrapMode: Text.WordWrap
        text: root.sale.message
        color: Theme.danger
        Accessible.role: Accessible.AlertMessage
    }
    // A discount a manager must approve goes online only: without the link, the cashier removes
    // it (the sale can then go offline) or waits and takes the payment again.
    ActionButton {
        objectName: "removeDiscounts"
        Layout.fillWidth: true
        kind: "secondary"
        visible: root.sale.state === TillSale.NeedsNetwork && App.cart.needsApproval
        text: qsTr("Remove the discount and sell without it")
        onClicked: root.sale.removeDiscounts()
    }
    Item { Layout.fillHeight: true }
}
