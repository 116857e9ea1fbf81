pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The audit trail: who changed what and when (staff, managers, admins, devices), filtered by who,
// by kind of change and by days, with the before and after of a price or a stock level.
Item {
    id: root

    // Money in the session's language. Reading `language` makes every binding that shows money
    // follow a live language change (the engine's retranslation reruns only what calls qsTr).
    function money(amount) {
        return App.session.language.length > 0 ? App.session.formatMoney(amount) : ""
    }

    property alias trail: auditList

    function query() {
        const parts = []
        if (actorField.text.length > 0)
            parts.push("actor=" + encodeURIComponent(actorField.text))
        if (actionField.text.length > 0)
            parts.push("action=" + encodeURIComponent(actionField.text))
        const from = TypedFields.startOfDay(fromField.text)
        if (from.length > 0)
            parts.push("from=" + encodeURIComponent(from))
        const to = TypedFields.endOfDay(toField.text)
        if (to.length > 0)
            parts.push("to=" + encodeURIComponent(to))
        return "/audit" + (parts.length > 0 ? "?" + parts.join("&") : "")
    }
    // A before or after, in words: prices as money per reference, a stock level as its units, the
    // rest as it is. A price change shows its prices only.
    function describe(value, action) {
        if (value === undefined || value === null)
            return "—"
        if (typeof value !== "object")
            return String(value)
        if (value.amount !== undefined && value.currency !== undefined)
            return root.money(value.amount)
        const parts = []
        for (const key in value) {
            const v = value[key]
            if (action === "price.change" && key !== "prices")
                continue
            if (key === "prices" && v !== null && typeof v === "object") {
                for (const sku in v)
                    parts.push(sku + " " + root.money(v[sku]))
            } else if (v !== null && typeof v === "object" && v.amount !== undefined) {
                parts.push(key + ": " + root.money(v.amount))
            } else if (v !== null && typeof v !== "object") {
                parts.push(key + ": " + v)
            }
        }
        return parts.join(" · ")
    }

    RemoteList {
        id: auditList
        session: App.session
        path: root.query()
        maxItems: 400
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(2)

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Heading { level: 2; text: qsTr("Audit trail") }
            FormField { id: actorField; objectName: "auditActor"; Layout.preferredWidth: 240; label: qsTr("Who (email or id)") }
            FormField { id: actionField; objectName: "auditAction"; Layout.preferredWidth: 200; label: qsTr("What (e.g. product.update)") }
            FormField { id: fromField; objectName: "auditFrom"; Layout.preferredWidth: 150; label: qsTr("From (YYYY-MM-DD)") }
            FormField { id: toField; objectName: "auditTo"; Layout.preferredWidth: 150; label: qsTr("Until (YYYY-MM-DD)") }
            Item { Layout.fillWidth: true }
            ActionButton {
                Layout.alignment: Qt.AlignBottom
                kind: "secondary"
                compact: true
                text: qsTr("Refresh")
                onClicked: auditList.refresh()
            }
        }
        Caption {
            visible: auditList.message.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.danger
            text: auditList.message
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.space(2)
            Repeater {
                model: [qsTr("When"), qsTr("Who"), qsTr("What"), qsTr("On"), qsTr("Before"), qsTr("After")]
                delegate: Caption {
                    required property string modelData
                    required property int index
                    Layout.preferredWidth: index < 4 ? 170 : 1
                    Layout.fillWidth: index >= 4
                    color: Theme.ink
                    text: modelData
                }
            }
        }
        ListView {
            objectName: "auditList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 2
            model: auditList.items
            delegate: Rectangle {
                id: entry
                required property var modelData
                width: ListView.view.width
                implicitHeight: entryRow.implicitHeight + Theme.space(1)
                radius: Theme.radiusSmall
                color: Theme.surface
                RowLayout {
                    id: entryRow
                    anchors.fill: parent
                    anchors.leftMargin: Theme.space(1)
                    spacing: Theme.space(2)
                    Body { Layout.preferredWidth: 170; small: true; text: TypedFields.localTime(entry.modelData.at) }
                    Body { Layout.preferredWidth: 170; small: true; elide: Text.ElideRight; text: entry.modelData.actor + " (" + entry.modelData.role + ")" }
                    Body { Layout.preferredWidth: 170; small: true; elide: Text.ElideRight; text: entry.modelData.action }
                    Body { Layout.preferredWidth: 170; small: true; elide: Text.ElideRight; text: entry.modelData.target }
                    Body { objectName: "auditBefore"; Layout.fillWidth: true; Layout.preferredWidth: 1; small: true; wrapMode: Text.WordWrap; text: root.describe(entry.modelData.before, entry.modelData.action) }
                    Body { objectName: "auditAfter"; Layout.fillWidth: true; Layout.preferredWidth: 1; small: true; wrapMode: Text.WordWrap; text: root.describe(entry.modelData.after, entry.modelData.action) }
                }
            }
        }
    }
}
