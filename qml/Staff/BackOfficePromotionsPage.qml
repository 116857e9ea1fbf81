pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Promotions: each code with its discount, its dates, its uses so far against its limit; a new
// one; the end date and the use limit of one changed, or the code disabled (on the version the
// manager saw: someone else's change meanwhile is said, never overwritten).
Item {
    id: root

    property alias promotions: promotionList
    property alias action: change
    property var chosen: ({})

    function codeOf(p) { return p.id || p.code }
    function discountText(p) {
        if (p.percent_off)
            return qsTr("%1 % off").arg(p.percent_off)
        return p.amount_off ? qsTr("%1 off").arg(App.session.formatMoney(p.amount_off.amount)) : ""
    }
    function create(code, percent, amount, minimum, starts, ends, uses) {
        const body = { code: code.trim().toUpperCase() }
        const currency = App.session.currency || "EUR"
        if (percent.length > 0)
            body.percent_off = Number(percent)
        else
            body.amount_off = { amount: TypedFields.amount(amount, currency), currency: currency }
        if (minimum.length > 0)
            body.min_subtotal = { amount: TypedFields.amount(minimum, currency), currency: currency }
        if (starts.length > 0)
            body.starts_at = TypedFields.startOfDay(starts)
        if (ends.length > 0)
            body.ends_at = TypedFields.endOfDay(ends)
        if (uses.length > 0)
            body.max_uses = Number(uses)
        change.send("POST", "/promotions", body, qsTr("The promotion %1 is on.").arg(body.code))
    }
    function update(ends, uses) {
        const body = {}
        body.ends_at = ends.length > 0 ? TypedFields.endOfDay(ends) : null
        body.max_uses = uses.length > 0 ? Number(uses) : null
        change.send("PATCH", "/promotions/" + encodeURIComponent(codeOf(chosen)), body,
                    qsTr("The promotion %1 is changed.").arg(chosen.code), chosen.version || 0)
    }
    function disable() {
        change.send("PATCH", "/promotions/" + encodeURIComponent(codeOf(chosen)), { disabled: true },
                    qsTr("The promotion %1 is disabled: it no longer applies.").arg(chosen.code), chosen.version || 0)
    }

    RemoteList {
        id: promotionList
        session: App.session
        path: "/promotions"
        refreshOn: ["promotion", "order"]
    }
    RemoteAction {
        id: change
        session: App.session
        onSucceeded: promotionList.refresh()
        onConflicted: promotionList.refresh()
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.space(3)
        spacing: Theme.space(3)

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.space(1)
            Heading { level: 2; text: qsTr("Promotions") }
            Caption {
                visible: promotionList.message.length > 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.danger
                text: promotionList.message
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space(2)
                Repeater {
                    model: [qsTr("Code"), qsTr("Discount"), qsTr("From"), qsTr("Until"), qsTr("Used")]
                    delegate: Caption {
                        required property string modelData
                        required property int index
                        Layout.preferredWidth: index === 0 ? 180 : 140
                        color: Theme.ink
                        text: modelData
                    }
                }
            }
            ListView {
                objectName: "promotionList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: 2
                model: promotionList.items
                delegate: Rectangle {
                    id: promo
                    required property var modelData
                    width: ListView.view.width
                    implicitHeight: Theme.touchTargetSmall
                    radius: Theme.radiusSmall
                    color: root.codeOf(root.chosen) === root.codeOf(modelData)
                           ? Qt.rgba(Theme.primary.r, Theme.primary.g, Theme.primary.b, 0.12) : Theme.surface
                    opacity: modelData.disabled ? 0.55 : 1
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.space(1)
                        spacing: Theme.space(2)
                        Body { Layout.preferredWidth: 180; strong: true; text: promo.modelData.code + (promo.modelData.disabled ? " " + qsTr("(disabled)") : "") }
                        Body { Layout.preferredWidth: 140; small: true; text: root.discountText(promo.modelData) }
                        Body { Layout.preferredWidth: 140; small: true; text: TypedFields.dayOf(promo.modelData.starts_at || "") || "—" }
                        Body { Layout.preferredWidth: 140; small: true; text: TypedFields.dayOf(promo.modelData.ends_at || "") || "—" }
                        Body {
                            objectName: "uses_" + promo.modelData.code
                            Layout.preferredWidth: 140
                            small: true
                            text: promo.modelData.max_uses ? qsTr("%1 of %2").arg(promo.modelData.uses || 0).arg(promo.modelData.max_uses)
                                                           : String(promo.modelData.uses || 0)
                        }
                        Item { Layout.fillWidth: true }
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: {
                            root.chosen = promo.modelData
                            endsField.text = TypedFields.dayOf(promo.modelData.ends_at || "")
                            usesField.text = promo.modelData.max_uses ? String(promo.modelData.max_uses) : ""
                        }
                    }
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: 400
            Layout.fillHeight: true
            spacing: Theme.space(1)
            NoticeBar {
                objectName: "promotionNotice"
                Layout.fillWidth: true
                text: change.message
                refused: change.refused
                onDismissed: change.clearMessage()
            }
            Panel {
                Layout.fillWidth: true
                visible: root.codeOf(root.chosen) !== undefined
                implicitHeight: editColumn.implicitHeight + Theme.space(4)
                ColumnLayout {
                    id: editColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    spacing: Theme.space(1)
                    Heading { level: 3; text: qsTr("Change %1").arg(root.chosen.code || "") }
                    FormField { id: endsField; objectName: "promotionEnds"; Layout.fillWidth: true; label: qsTr("Last day (YYYY-MM-DD, empty: no end)") }
                    FormField { id: usesField; objectName: "promotionMaxUses"; Layout.fillWidth: true; label: qsTr("Use limit (empty: none)") }
                    RowLayout {
                        ActionButton {
                            objectName: "savePromotion"
                            compact: true
                            enabled: !change.busy
                            text: qsTr("Save")
                            onClicked: root.update(endsField.text, usesField.text)
                        }
                        ActionButton {
                            objectName: "disablePromotion"
                            kind: "danger"
                            compact: true
                            enabled: !change.busy && !root.chosen.disabled
                            text: qsTr("Disable")
                            onClicked: root.disable()
                        }
                    }
                }
            }
            Panel {
                Layout.fillWidth: true
                implicitHeight: newColumn.implicitHeight + Theme.space(4)
                ColumnLayout {
                    id: newColumn
                    anchors.fill: parent
                    anchors.margins: Theme.space(2)
                    spacing: Theme.space(1)
                    Heading { level: 3; text: qsTr("New promotion") }
                    FormField { id: codeField; objectName: "newPromotionCode"; Layout.fillWidth: true; label: qsTr("Code") }
                    RowLayout {
                        FormField { id: percentField; objectName: "newPromotionPercent"; Layout.fillWidth: true; label: qsTr("% off") }
                        FormField { id: amountField; objectName: "newPromotionAmount"; Layout.fillWidth: true; label: qsTr("or amount off") }
                    }
                    FormField { id: minimumField; Layout.fillWidth: true; label: qsTr("Minimum basket (optional)") }
                    RowLayout {
                        FormField { id: startsField; Layout.fillWidth: true; label: qsTr("First day (optional)"); placeholder: "2026-12-01" }
                        FormField { id: newEndsField; Layout.fillWidth: true; label: qsTr("Last day (optional)"); placeholder: "2026-12-31" }
                    }
                    FormField { id: newUsesField; objectName: "newPromotionMaxUses"; Layout.fillWidth: true; label: qsTr("Use limit (optional)") }
                    ActionButton {
                        objectName: "createPromotion"
                        compact: true
                        enabled: !change.busy && codeField.text.length > 0 && (percentField.text.length > 0 || amountField.text.length > 0)
                        text: qsTr("Create")
                        onClicked: root.create(codeField.text, percentField.text, amountField.text, minimumField.text,
                                               startsField.text, newEndsField.text, newUsesField.text)
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
