pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The store's levels, searched or only what runs low; the chosen SKU's figures, its moves, and
// taking out damaged or stolen items or sending some to another store.
Item {
    id: root

    property string selectedSku: ""
    property var item: ({})
    property alias model: levels
    property alias desk: desk

    function showLowStock() { levels.lowOnly = true }
    function refresh() { item = selectedSku.length > 0 ? levels.item(selectedSku) : ({}) }
    onSelectedSkuChanged: refresh()

    StockLevelModel {
        id: levels
        session: App.session
        onModelReset: if (root.selectedSku.length === 0 && count > 0) root.selectedSku = data(index(0, 0), StockLevelModel.SkuRole)
        onDataChanged: root.refresh()
    }
    StockDesk {
        id: desk
        session: App.session
    }
    MovementLedgerModel {
        id: ledger
        session: App.session
        sku: root.selectedSku
    }
    Connections {
        target: App.session
        function onDataChanged() { root.refresh() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.space(2)

        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: root.width * 0.55
            Layout.fillHeight: true
            spacing: Theme.space(1)
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space(1)
                ScanField {
                    id: search
                    objectName: "stockSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search a name, a SKU, or scan a barcode")
                    onTextChanged: levels.search = text
                    // A scan (Enter) picks the item it names.
                    onScanned: code => {
                        text = code
                        if (levels.count > 0)
                            root.selectedSku = levels.data(levels.index(0, 0), StockLevelModel.SkuRole)
                    }
                }
                Chip {
                    objectName: "lowOnly"
                    text: qsTr("Low stock (≤ %1)").arg(levels.threshold)
                    selected: levels.lowOnly
                    onClicked: levels.lowOnly = !levels.lowOnly
                }
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.space(2)
                Layout.rightMargin: Theme.space(2)
                spacing: Theme.space(2)
                Caption { Layout.fillWidth: true; text: qsTr("Item") }
                Caption { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("On hand") }
                Caption { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("Reserved") }
                Caption { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("Available") }
            }
            Panel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                ListView {
                    id: list
                    objectName: "stockList"
                    anchors.fill: parent
                    anchors.margins: Theme.space(1)
                    clip: true
                    model: levels
                    delegate: QQC2.AbstractButton {
                        id: row
                        required property string sku
                        required property string name
                        required property string options
                        required property string bin
                        required property int onHand
                        required property int reserved
                        required property int available
                        required property bool low
                        objectName: "stock-" + sku
                        width: ListView.view.width
                        leftPadding: Theme.space(1)
                        rightPadding: Theme.space(1)
                        implicitHeight: rowContent.implicitHeight + Theme.space(2)
                        onClicked: root.selectedSku = sku
                        background: Rectangle {
                            color: row.sku === root.selectedSku ? Theme.surfaceAlt : "transparent"
                            radius: Theme.radiusSmall
                        }
                        contentItem: RowLayout {
                            id: rowContent
                            spacing: Theme.space(2)
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Body { Layout.fillWidth: true; text: row.name; elide: Text.ElideRight; small: true }
                                Caption {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    text: [row.options, row.sku, row.bin].filter(t => t.length > 0).join(" · ")
                                }
                            }
                            Body { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: row.onHand }
                            Body { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: row.reserved; color: Theme.inkMuted }
                            Body {
                                Layout.preferredWidth: 64
                                horizontalAlignment: Text.AlignRight
                                strong: true
                                text: row.available
                                color: row.low ? Theme.danger : Theme.ink
                            }
                        }
                    }
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                }
                Body {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    color: Theme.inkMuted
                    text: levels.lowOnly ? qsTr("Nothing runs low here.") : qsTr("No item matches.")
                }
            }
            Caption {
                visible: levels.truncated
                text: qsTr("Showing the first %1: search to narrow the list.").arg(levels.count)
            }
        }

        Panel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.space(2)
                spacing: Theme.space(1.5)
                visible: root.item.sku !== undefined

                Heading {
                    objectName: "stockItemName"
                    level: 3
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: root.item.name || ""
                }
                Caption {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: [root.item.options, root.item.sku, root.item.barcode].filter(t => t && t.length > 0).join(" · ")
                }
                Body {
                    objectName: "stockItemFigures"
                    text: qsTr("On hand %1 · reserved %2 · available %3").arg(root.item.onHand).arg(root.item.reserved).arg(root.item.available)
                }
                NoticeBar {
                    objectName: "stockNotice"
                    Layout.fillWidth: true
                    text: desk.message
                    refused: desk.refused
                    onDismissed: desk.clearMessage()
                }
                Caption {
                    text: qsTr("Damaged or stolen: take out of the stock")
                    font.weight: Font.DemiBold
                    topPadding: Theme.space(1)
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    QuantityStepper {
                        id: writeOffQuantity
                        value: 1
                        onChangeRequested: v => value = v
                    }
                    Chip {
                        id: damaged
                        objectName: "reasonDamage"
                        text: qsTr("Damaged")
                        selected: true
                        onClicked: { selected = true; stolen.selected = false }
                    }
                    Chip {
                        id: stolen
                        objectName: "reasonTheft"
                        text: qsTr("Stolen")
                        onClicked: { selected = true; damaged.selected = false }
                    }
                    ActionButton {
                        objectName: "writeOff"
                        kind: "secondary"
                        compact: true
                        enabled: !desk.busy
                        text: qsTr("Take out")
                        onClicked: desk.writeOff(root.selectedSku, writeOffQuantity.value, stolen.selected ? "theft" : "damage")
                    }
                }
                Caption {
                    text: qsTr("Send to another store")
                    font.weight: Font.DemiBold
                    topPadding: Theme.space(1)
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.space(1)
                    QuantityStepper {
                        id: transferQuantity
                        value: 1
                        onChangeRequested: v => value = v
                    }
                    QQC2.ComboBox {
                        id: destination
                        objectName: "transferTo"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTargetSmall
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        model: App.session.otherStores()
                        textRole: "name"
                        valueRole: "locationId"
                    }
                    ActionButton {
                        objectName: "transfer"
                        kind: "secondary"
                        compact: true
                        enabled: !desk.busy && destination.currentIndex >= 0
                        text: qsTr("Send")
                        onClicked: desk.transfer(root.selectedSku, destination.currentValue, transferQuantity.value)
                    }
                }
                Caption {
                    text: qsTr("Moves")
                    font.weight: Font.DemiBold
                    topPadding: Theme.space(1)
                }
                ListView {
                    objectName: "ledger"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: ledger
                    delegate: RowLayout {
                        id: move
                        required property string atText
                        required property string causeText
                        required property int onHandDelta
                        required property int reservedDelta
                        required property int onHandAfter
                        width: ListView.view.width
                        spacing: Theme.space(2)
                        Caption { Layout.preferredWidth: 120; text: move.atText }
                        Body { Layout.fillWidth: true; small: true; text: move.causeText; elide: Text.ElideRight }
                        Body {
                            Layout.preferredWidth: 56
                            horizontalAlignment: Text.AlignRight
                            small: true
                            strong: true
                            text: move.onHandDelta === 0 ? "" : (move.onHandDelta > 0 ? "+" : "") + move.onHandDelta
                            color: move.onHandDelta < 0 ? Theme.danger : Theme.success
                        }
                        Caption { Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight; text: qsTr("→ %1").arg(move.onHandAfter) }
                    }
                    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
                    Caption {
                        anchors.centerIn: parent
                        width: parent.width
                        wrapMode: Text.WordWrap
                        horizontalAlignment: Text.AlignHCenter
                        visible: ledger.error.length > 0 || (ledger.count === 0 && !ledger.loading)
                        text: ledger.error.length > 0 ? ledger.error : qsTr("No move yet.")
                    }
                }
            }
        }
    }
}
