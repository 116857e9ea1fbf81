pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Closures and the fiscal journal: every closure with its totals (sales, refunds, net, the
// perpetual grand total), a period closed by hand, the journal verified (a green tick, or the
// first entry that does not hold), a closure's signed archive saved to a folder.
Item {
    id: root

    // Money in the session's language. Reading `language` makes every binding that shows money
    // follow a live language change (the engine's retranslation reruns only what calls qsTr).
    function money(amount) {
        return App.session.language.length > 0 ? App.session.formatMoney(amount) : ""
    }

    property alias closures: closureList
    property alias verify: verifier
    property alias close: closer
    property alias archive: archiver
    // The last check: {valid, entries, first_invalid_seq} (empty before one).
    property var verdict: ({})

    RemoteList { id: storeList; session: App.session; path: "/locations" }
    // The closures are the journal's closure entries (GET /fiscal/closures where the server has
    // it; the journal's closure entries otherwise).
    RemoteList {
        id: closureList
        session: App.session
        path: "/fiscal/closures"
        refreshOn: ["order"]
    }
    RemoteAction {
        id: verifier
        session: App.session
        onSucceeded: answer => root.verdict = answer
    }
    RemoteAction {
        id: closer
        session: App.session
        onSucceeded: closureList.refresh()
    }
    JournalArchive {
        id: archiver
        session: App.session
    }

    function storeName(id) {
        storeList.items // read again once the stores are in (a binding follows what it reads)
        const l = storeList.find("id", id)
        return l.name || id || qsTr("Every store")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Heading { level: 2; text: qsTr("Closures and journal") }
            Item { Layout.fillWidth: true }
            // The verdict on the journal.
            Rectangle {
                objectName: "journalVerdict"
                visible: root.verdict.valid !== undefined
                implicitWidth: verdictText.implicitWidth + Theme.space(3)
                implicitHeight: verdictText.implicitHeight + Theme.space(1.5)
                radius: Theme.radiusSmall
                color: root.verdict.valid ? Theme.success : Theme.danger
                Body {
                    id: verdictText
                    objectName: "journalVerdictText"
                    anchors.centerIn: parent
                    color: "#FFFFFF"
                    strong: true
                    text: root.verdict.valid ? qsTr("✓ The journal holds: %n entries checked", "", root.verdict.entries || 0)
                                             : qsTr("✗ The journal was altered: entry %1 does not hold").arg(root.verdict.first_invalid_seq)
                }
            }
            ActionButton {
                objectName: "verifyJournal"
                kind: "secondary"
                compact: true
                enabled: !verifier.busy
                text: verifier.busy ? qsTr("Checking…") : qsTr("Verify the journal")
                onClicked: verifier.send("GET", "/fiscal/verify", {}, "")
            }
        }
        NoticeBar {
            objectName: "closureNotice"
            Layout.fillWidth: true
            text: closer.message.length > 0 ? closer.message : verifier.refused ? verifier.message : archiver.message
            refused: closer.message.length > 0 ? closer.refused : verifier.refused || archiver.refused
            onDismissed: closer.clearMessage()
        }
        Caption {
            visible: closureList.message.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: closureList.message
        }
        // Close a period by hand.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(1)
            QQC2.ComboBox {
                id: period
                objectName: "closePeriod"
                Accessible.name: qsTr("Period")
                textRole: "name"
                valueRole: "key"
                model: [{ key: "day", name: qsTr("Day") }, { key: "month", name: qsTr("Month") }, { key: "year", name: qsTr("Year") }]
            }
            QQC2.ComboBox {
                id: closeStore
                objectName: "closeStore"
                Layout.preferredWidth: 200
                Accessible.name: qsTr("Store")
                textRole: "name"
                valueRole: "id"
                model: storeList.items.filter(l => l.kind === "store")
            }
            QQC2.TextField {
                id: closeDate
                objectName: "closeDate"
                Layout.preferredWidth: 160
                placeholderText: "2026-12-07"
                text: Qt.formatDate(new Date(), "yyyy-MM-dd")
                Accessible.name: qsTr("Date of the period (YYYY-MM-DD)")
            }
            ActionButton {
                objectName: "closePeriodButton"
                compact: true
                enabled: !closer.busy
                text: qsTr("Close this period")
                onClicked: closer.send("POST", "/fiscal/closures",
                                       { period: period.currentValue, store_id: closeStore.currentValue, date: closeDate.text },
                                       qsTr("The period is closed; its totals are in the journal."))
            }
            Item { Layout.fillWidth: true }
            FormField {
                id: archiveFolder
                objectName: "archiveFolder"
                Layout.preferredWidth: 300
                label: qsTr("Archives go into")
                text: TypedFields.documentsFolder()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Repeater {
                model: [qsTr("Closure"), qsTr("Store"), qsTr("Period"), qsTr("Sales"), qsTr("Refunds"), qsTr("Net"), qsTr("Grand total")]
                delegate: Caption {
                    required property string modelData
                    Layout.preferredWidth: 130
                    color: Theme.ink
                    text: modelData
                }
            }
        }
        ListView {
            objectName: "closureList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: closureList.items
            delegate: Rectangle {
                id: closure
                required property var modelData
                readonly property var closed: modelData.data || modelData
                width: ListView.view.width
                implicitHeight: Theme.touchTargetSmall
                radius: Theme.radiusSmall
                color: Theme.surface
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.space(1)
                    spacing: Theme.space(2)
                    Body { Layout.preferredWidth: 130; small: true; text: "#" + closure.modelData.seq }
                    Body { Layout.preferredWidth: 130; small: true; elide: Text.ElideRight; text: root.storeName(closure.closed.store_id) }
                    Body { Layout.preferredWidth: 130; small: true; text: closure.closed.period + " " + (closure.closed.date || "") }
                    Body { Layout.preferredWidth: 130; small: true; text: root.money(closure.closed.sales_total || 0) }
                    Body { Layout.preferredWidth: 130; small: true; text: root.money(closure.closed.refunds_total || 0) }
                    Body { Layout.preferredWidth: 130; small: true; strong: true; text: root.money(closure.closed.net_total || 0) }
                    Body { Layout.preferredWidth: 130; small: true; text: root.money(closure.closed.grand_total_perpetual || 0) }
                    Item { Layout.fillWidth: true }
                    ActionButton {
                        kind: "quiet"
                        compact: true
                        enabled: !archiver.busy
                        text: qsTr("Save the archive")
                        onClicked: archiver.download(closure.modelData.seq, archiveFolder.text)
                    }
                }
            }
        }
    }
}
