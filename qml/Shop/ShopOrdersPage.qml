pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls as QQC2
import Comptoir.Ui
import Comptoir.App

// The customer's orders, newest first, each with its status in words. Read from the cache the
// feed keeps live: "ready to collect" shows the moment the store says so, without a refresh.
Item {
    id: root
    objectName: "shopOrdersPage"

    signal orderChosen(string orderId)

    // The newest order's id (the screenshot tour opens it); empty when there is none.
    function firstOrderId() {
        const first = list.itemAtIndex(0)
        return first ? first.orderId : ""
    }

    // Opening the orders is seeing the news: the top bar's badge goes.
    Component.onCompleted: App.orderNotices.markSeen()
    Connections {
        target: App.orderNotices
        function onUnseenChanged() {
            if (root.QQC2.StackView.status === QQC2.StackView.Active)
                App.orderNotices.markSeen()
        }
    }

    ShopOrderList {
        id: orders
        session: App.session
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(4)
        spacing: Theme.space(2)

        Heading {
            level: 2
            text: qsTr("My orders")
        }
        Body {
            objectName: "shopOrdersEmpty"
            visible: orders.count === 0
            text: qsTr("You have no orders yet. What you buy in the shop, at a kiosk or in a store with your account shows here.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "shopOrdersList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.fieldWidth * 3
            clip: true
            spacing: Theme.space(1)
            model: orders
            Accessible.role: Accessible.List
            Accessible.name: qsTr("My orders")
            delegate: QQC2.ItemDelegate {
                id: row
                required property string orderId
                required property string number
                required property string status
                required property string statusText
                required property string placedText
                required property string totalText
                required property int itemCount
                required property int index

                objectName: "shopOrderRow-" + number
                width: ListView.view.width
                implicitHeight: Theme.touchTarget + Theme.space(3)
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Order %1, %2, %3, %4").arg(number).arg(statusText).arg(placedText).arg(totalText)
                onClicked: root.orderChosen(orderId)

                background: Panel {
                    color: row.hovered ? Theme.surfaceAlt : Theme.surface
                }
                contentItem: RowLayout {
                    spacing: Theme.space(3)
                    // Its texts fill the width too: a column of texts at their own width could not
                    // grow, and the layout would spread the spare width between the pill and the
                    // total instead of putting the totals in a column at the right.
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Body {
                            text: qsTr("Order %1").arg(row.number)
                            strong: true
                            Layout.fillWidth: true
                        }
                        Caption {
                            text: qsTr("%1 · %n item(s)", "", row.itemCount).arg(row.placedText)
                            Layout.fillWidth: true
                        }
                    }
                    OrderStatusPill {
                        objectName: "shopOrderStatus-" + row.number
                        status: row.status
                        text: row.statusText
                    }
                    Body {
                        text: row.totalText
                        strong: true
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: Theme.priceColumnWidth
                        Layout.minimumWidth: Theme.priceColumnWidth
                    }
                }
            }
        }
    }
}
