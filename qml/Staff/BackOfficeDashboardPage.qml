pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The back office's first page (managers and admins): how today is going, for one store or all
// of them, and the charts behind it; a sale anywhere moves the figures within a second. Any report
// is written to a CSV file in a folder the manager types (their documents folder at first).
Item {
    id: root

    property alias dashboard: figures
    property alias stores: storeList

    SalesDashboard {
        id: figures
        session: App.session
        // The picked store's time zone; every store at once: the chain's (Europe/Paris).
        timeZone: {
            for (const l of storeList.items)
                if (l.id === storeId && storeId !== "")
                    return l.timezone || ""
            return ""
        }
    }
    RemoteList {
        id: storeList
        session: App.session
        path: "/locations"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Heading {
                level: 2
                text: qsTr("Dashboard")
            }
            QQC2.ComboBox {
                id: storePicker
                objectName: "dashboardStore"
                Layout.preferredWidth: 240
                Accessible.name: qsTr("Store")
                textRole: "name"
                valueRole: "id"
                model: {
                    const out = [{ id: "", name: qsTr("All stores") }]
                    for (const l of storeList.items)
                        if (l.kind === "store")
                            out.push({ id: l.id, name: l.name })
                    return out
                }
                onActivated: figures.storeId = currentValue
            }
            BusyDots { visible: figures.loading }
            Caption {
                objectName: "dashboardUpdated"
                text: figures.updatedText
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                kind: "secondary"
                compact: true
                text: qsTr("Refresh")
                onClicked: figures.refresh()
            }
        }
        NoticeBar {
            objectName: "dashboardNotice"
            Layout.fillWidth: true
            text: figures.message
            refused: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            BackOfficeFigure {
                objectName: "salesToday"
                Layout.fillWidth: true
                label: qsTr("Sales today, net of refunds")
                value: figures.salesTodayText
            }
            BackOfficeFigure {
                objectName: "ordersToday"
                Layout.fillWidth: true
                label: qsTr("Orders today")
                value: figures.ordersToday
            }
            BackOfficeFigure {
                objectName: "averageBasket"
                Layout.fillWidth: true
                label: qsTr("Average basket")
                value: figures.averageBasketText
            }
            BackOfficeFigure {
                objectName: "conversion"
                Layout.fillWidth: true
                label: qsTr("Conversion (kiosk and web, every store)")
                value: Math.round(figures.conversionRate * 1000) / 10 + " %"
            }
            BackOfficeFigure {
                objectName: "abandonment"
                Layout.fillWidth: true
                label: qsTr("Carts abandoned (kiosk and web, every store)")
                value: Math.round(figures.cartAbandonmentRate * 1000) / 10 + " %"
            }
        }
        Loader {
            id: charts
            objectName: "dashboardCharts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Component.onCompleted: setSource(Qt.resolvedUrl("BackOfficeCharts.qml"), { dashboard: figures })
            // Qt Charts missing: the figures above still hold; the charts' place says why.
            Body {
                anchors.centerIn: parent
                visible: charts.status === Loader.Error
                text: qsTr("The charts need Qt Charts (the qml6-module-qtcharts package) on this computer.")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(1)
            Caption { text: qsTr("Export as CSV") }
            QQC2.ComboBox {
                id: reportPicker
                objectName: "exportReport"
                Layout.preferredWidth: 260
                Accessible.name: qsTr("Report to export")
                textRole: "name"
                valueRole: "key"
                model: [
                    { key: "today", name: qsTr("Today's figures") },
                    { key: "hourly", name: qsTr("Sales per hour") },
                    { key: "daily", name: qsTr("Sales per day (30 days)") },
                    { key: "payments", name: qsTr("Payment mix") },
                    { key: "top-products", name: qsTr("Top products") }
                ]
            }
            FormField {
                id: folder
                objectName: "exportFolder"
                Layout.fillWidth: true
                label: qsTr("Into the folder")
                text: figures.defaultExportFolder
            }
            ActionButton {
                objectName: "exportCsv"
                Layout.alignment: Qt.AlignBottom
                compact: true
                text: qsTr("Export")
                onClicked: {
                    const path = figures.exportCsv(reportPicker.currentValue, folder.text)
                    exported.text = path.length > 0 ? qsTr("Saved as %1").arg(path) : ""
                }
            }
        }
        NoticeBar {
            id: exported
            objectName: "exportNotice"
            Layout.fillWidth: true
            onDismissed: text = ""
        }
    }
}
