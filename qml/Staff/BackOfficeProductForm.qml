pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// The form of one product: its fields, its variants' prices and barcodes, its image; each field's
// refusal under it. When someone else saved the product meanwhile, both versions side by side and
// the manager's choice; nothing is overwritten without it.
ColumnLayout {
    id: root

    required property ProductEditor editor
    required property var categories // [{id, name}]

    // What the form holds now, in the editor's shape.
    function collect() {
        const variants = []
        for (let i = 0; i < variantRows.count; ++i) {
            const row = variantRows.itemAt(i)
            variants.push({ sku: row.sku, options: row.options, price: row.price, barcode: row.barcode })
        }
        return {
            name: nameField.text, description: descriptionField.text, brand: brandField.text,
            category_id: categoryPicker.currentValue || "", tax_class: taxPicker.currentValue,
            variants: variants
        }
    }
    // For the tests and the screenshot tour: a field typed as a person would.
    function type(field, value) {
        const fields = { name: nameField, description: descriptionField, brand: brandField }
        if (fields[field]) {
            fields[field].text = value
            return
        }
        const parts = field.split(".") // variants.0.price
        variantRows.itemAt(Number(parts[1])).type(parts[2], value)
    }
    function addVariant() {
        const form = collect()
        form.variants.push({ sku: "", options: {}, price: "", barcode: "" })
        variantRows.model = form.variants
    }

    spacing: Theme.space(1)

    readonly property var product: editor.product
    onProductChanged: {
        nameField.text = product.name || ""
        descriptionField.text = product.description || ""
        descriptionField.field.cursorPosition = 0 // a long description shows from its start
        brandField.text = product.brand || ""
        categoryPicker.currentIndex = Math.max(0, categoryPicker.indexOfValue(product.category_id || ""))
        taxPicker.currentIndex = Math.max(0, taxPicker.indexOfValue(product.tax_class || "standard"))
        variantRows.model = product.variants || []
    }

    component FieldError: Caption {
        property string field
        visible: text.length > 0
        color: Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
        text: root.editor.errors[field] || ""
    }

    Heading {
        Layout.fillWidth: true
        elide: Text.ElideRight
        level: 3
        text: root.product.id ? qsTr("Edit %1").arg(root.product.name) : qsTr("New product")
    }
    NoticeBar {
        objectName: "productNotice"
        Layout.fillWidth: true
        text: root.editor.message
        refused: root.editor.refused
    }
    // Someone else's version and the manager's, side by side, until the manager chooses.
    Panel {
        objectName: "productConflict"
        Layout.fillWidth: true
        visible: root.editor.conflict
        implicitHeight: conflictColumn.implicitHeight + Theme.space(4)
        border.color: Theme.warning
        border.width: 2
        ColumnLayout {
            id: conflictColumn
            anchors.fill: parent
            anchors.margins: Theme.space(2)
            spacing: Theme.space(1)
            Body {
                strong: true
                text: qsTr("Two versions of this product")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space(2)
                Item { Layout.preferredWidth: 180; Layout.minimumWidth: 100; Layout.fillWidth: true }
                Caption { Layout.fillWidth: true; Layout.preferredWidth: 400; text: qsTr("Theirs (saved)"); color: Theme.ink }
                Caption { Layout.fillWidth: true; Layout.preferredWidth: 400; text: qsTr("Yours (not saved)"); color: Theme.ink }
            }
            Repeater {
                objectName: "conflictRows"
                model: root.editor.differences
                delegate: RowLayout {
                    id: difference
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.space(2)
                    Body {
                        Layout.preferredWidth: 180
                        Layout.minimumWidth: 100
                        Layout.fillWidth: true
                        small: true
                        strong: true
                        wrapMode: Text.WordWrap
                        text: difference.modelData.label
                    }
                    Body {
                        objectName: "theirs_" + difference.modelData.field
                        Layout.fillWidth: true
                        Layout.preferredWidth: 400
                        small: true
                        wrapMode: Text.WordWrap
                        text: String(difference.modelData.theirs)
                    }
                    Body {
                        objectName: "mine_" + difference.modelData.field
                        Layout.fillWidth: true
                        Layout.preferredWidth: 400
                        small: true
                        wrapMode: Text.WordWrap
                        text: String(difference.modelData.mine)
                    }
                }
            }
            RowLayout {
                spacing: Theme.space(1)
                ActionButton {
                    objectName: "keepTheirs"
                    kind: "secondary"
                    compact: true
                    text: qsTr("Keep theirs")
                    onClicked: root.editor.keepTheirs()
                }
                ActionButton {
                    objectName: "saveMine"
                    kind: "danger"
                    compact: true
                    text: qsTr("Save mine over theirs")
                    onClicked: root.editor.saveMineOverTheirs()
                }
            }
        }
    }
    Caption {
        visible: root.product.status === "archived"
        text: qsTr("Archived: no longer sold.")
        color: Theme.warning
    }
    FormField {
        id: nameField
        objectName: "productName"
        Layout.fillWidth: true
        label: qsTr("Name")
    }
    FieldError { field: "name" }
    FormField {
        id: descriptionField
        objectName: "productDescription"
        Layout.fillWidth: true
        label: qsTr("Description")
    }
    // Every field of a row shares its width (each from a least width up): the form fits from a
    // 1024-pixel screen up; fixed widths ran it past its right edge.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space(2)
        FormField {
            id: brandField
            Layout.preferredWidth: 300
            Layout.minimumWidth: 120
            objectName: "productBrand"
            Layout.fillWidth: true
            label: qsTr("Brand")
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 300
            Layout.minimumWidth: 120
            spacing: Theme.space(1)
            Caption { text: qsTr("Category"); color: Theme.ink }
            QQC2.ComboBox {
                id: categoryPicker
                objectName: "productCategory"
                Layout.fillWidth: true
                Accessible.name: qsTr("Category")
                textRole: "name"
                valueRole: "id"
                model: root.categories
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 200
            Layout.minimumWidth: 120
            spacing: Theme.space(1)
            Caption { text: qsTr("VAT class"); color: Theme.ink }
            QQC2.ComboBox {
                id: taxPicker
                objectName: "productTaxClass"
                Layout.fillWidth: true
                Accessible.name: qsTr("VAT class")
                textRole: "name"
                valueRole: "key"
                model: [
                    { key: "standard", name: qsTr("Standard (20 %)") },
                    { key: "reduced", name: qsTr("Reduced (5.5 %)") },
                    { key: "zero", name: qsTr("Zero (0 %)") }
                ]
            }
        }
    }
    FieldError { field: "category_id" }
    Caption { text: qsTr("Variants: reference, price, barcode (EAN-13)"); color: Theme.ink }
    Repeater {
        id: variantRows
        delegate: ColumnLayout {
            id: variantRow
            required property var modelData
            required property int index
            readonly property string sku: skuField.text
            readonly property string price: priceField.text
            readonly property string barcode: barcodeField.text
            readonly property var options: modelData.options || {}
            function type(what, value) {
                ({ sku: skuField, price: priceField, barcode: barcodeField })[what].text = value
            }
            Layout.fillWidth: true
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.space(1)
                QQC2.TextField {
                    id: skuField
                    objectName: "variantSku" + variantRow.index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 200
                    Layout.minimumWidth: 110
                    text: variantRow.modelData.sku || ""
                    placeholderText: qsTr("Reference (SKU)")
                    Accessible.name: qsTr("Reference of variant %1").arg(variantRow.index + 1)
                    // A variant already sold keeps its reference: orders and stock point at it.
                    readOnly: (variantRow.modelData.sku || "").length > 0 && root.product.id !== undefined
                }
                Caption {
                    // One width on every row, so the columns line up under each other.
                    Layout.preferredWidth: 90
                    elide: Text.ElideRight
                    text: Object.values(variantRow.options).join(" · ")
                    visible: text.length > 0
                }
                QQC2.TextField {
                    id: priceField
                    objectName: "variantPrice" + variantRow.index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 120
                    Layout.minimumWidth: 80
                    text: variantRow.modelData.price || ""
                    placeholderText: qsTr("Price")
                    Accessible.name: qsTr("Price of variant %1").arg(variantRow.index + 1)
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                QQC2.TextField {
                    id: barcodeField
                    objectName: "variantBarcode" + variantRow.index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 240
                    Layout.minimumWidth: 130
                    text: variantRow.modelData.barcode || ""
                    placeholderText: qsTr("Barcode (13 digits)")
                    Accessible.name: qsTr("Barcode of variant %1").arg(variantRow.index + 1)
                    inputMethodHints: Qt.ImhDigitsOnly
                    color: text.length === 0 || root.editor.isEan13(text) ? Theme.ink : Theme.danger
                }
            }
            FieldError { field: "variants." + variantRow.index + ".sku" }
            FieldError { field: "variants." + variantRow.index + ".price" }
            FieldError { field: "variants." + variantRow.index + ".barcode" }
        }
    }
    ActionButton {
        kind: "quiet"
        compact: true
        text: qsTr("Add a variant")
        onClicked: root.addVariant()
    }
    RowLayout {
        Layout.fillWidth: true
        visible: root.product.id !== undefined && root.product.id.length > 0
        spacing: Theme.space(1)
        ProductImage {
            objectName: "productFormImage"
            Layout.preferredWidth: 64
            Layout.preferredHeight: 64
            source: root.product.image_source || ""
        }
        FormField {
            id: imageFile
            objectName: "productImageFile"
            Layout.fillWidth: true
            label: qsTr("Image file (JPEG, PNG or WebP, up to 2 MB)")
            placeholder: qsTr("/home/…/photo.jpg")
        }
        ActionButton {
            objectName: "uploadProductImage"
            Layout.alignment: Qt.AlignBottom
            kind: "secondary"
            compact: true
            enabled: imageFile.text.length > 0 && !root.editor.busy
            text: qsTr("Upload the image")
            onClicked: root.editor.uploadImage(imageFile.text)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.space(1)
        ActionButton {
            objectName: "saveProduct"
            enabled: !root.editor.busy && !root.editor.conflict
            text: root.product.id ? qsTr("Save") : qsTr("Create the product")
            onClicked: root.editor.save(root.collect())
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "archiveProduct"
            visible: root.product.id !== undefined && root.product.status !== "archived"
            kind: "danger"
            compact: true
            text: qsTr("Archive")
            onClicked: root.editor.archive()
        }
    }
}
