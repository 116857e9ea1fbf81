pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Comptoir.Ui
import Comptoir.App

// Signing in, or creating an account, side by side: a returning customer and a new one each
// find their form at once. "Forgot your password?" turns the left half into asking for a reset
// mail and pasting its link. On a first start, with no shop known yet, it also asks which shop
// to browse, so a visitor can browse and fill a cart before having an account.
Rectangle {
    id: root
    objectName: "shopSignInPage"

    // Signed in or registered: back to where the customer was.
    signal done()
    // A reset token pasted or opened from the mail's link.
    signal resetRequested(string token)

    // The left half asks for a reset mail instead of the password.
    property bool forgotten: false

    color: Theme.background

    // "Forgot your password?" for `email`, as the customer would fill it (the screenshot tour).
    function askForReset(email) {
        root.forgotten = true
        forgotEmail.text = email
        App.customer.requestPasswordReset(email)
    }

    Connections {
        target: App.customer
        function onUserChanged() {
            if (App.customer.signedIn)
                root.done()
        }
    }

    QQC2.ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.space(4)

            Item { Layout.preferredHeight: Theme.space(4) }

            // First start: which shop? (the sign-in form below has the same field)
            Panel {
                objectName: "whichShopPanel"
                visible: App.customer.needsServer
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(root.width - Theme.space(8), Theme.fieldWidth * 2 + Theme.space(12))
                Layout.preferredHeight: whichShop.implicitHeight + Theme.space(8)
                ColumnLayout {
                    id: whichShop
                    anchors.fill: parent
                    anchors.margins: Theme.space(4)
                    spacing: Theme.space(2)
                    Heading {
                        Layout.fillWidth: true
                        level: 2
                        text: qsTr("Which shop?")
                    }
                    Body {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("Enter the address of your shop's server once. You can then browse and fill a cart without an account.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        FormField {
                            id: shopServer
                            objectName: "shopServerField"
                            Layout.fillWidth: true
                            label: qsTr("Shop address")
                            placeholder: "https://shop.example.fr"
                            text: App.customer.serverUrl
                            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                            onSubmitted: browse.clicked()
                        }
                        ActionButton {
                            id: browse
                            objectName: "browseButton"
                            Layout.alignment: Qt.AlignBottom
                            kind: "secondary"
                            text: qsTr("Browse this shop")
                            onClicked: {
                                if (App.customer.useServer(shopServer.text))
                                    root.done()
                            }
                        }
                    }
                }
            }

            NoticeBar {
                objectName: "signInNotice"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(root.width - Theme.space(8), Theme.fieldWidth * 2 + Theme.space(12))
                text: App.customer.notice
                onDismissed: App.customer.clearMessages()
            }

            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                Layout.fillWidth: false
                Layout.preferredWidth: Math.min(root.width - Theme.space(8), Theme.fieldWidth * 2 + Theme.space(12))
                spacing: Theme.space(8)

                Panel {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1 // the two halves share the row equally, whatever their titles
                    Layout.preferredHeight: (root.forgotten ? forgotColumn.implicitHeight
                                                            : signInColumn.implicitHeight) + Theme.space(8)
                    ColumnLayout {
                        id: signInColumn
                        visible: !root.forgotten
                        anchors.fill: parent
                        anchors.margins: Theme.space(4)
                        spacing: Theme.space(2)
                        SignInForm {
                            id: signInForm
                            Layout.fillWidth: true
                            access: App.customer
                            title: qsTr("I have an account")
                        }
                        ActionButton {
                            objectName: "forgotButton"
                            Layout.alignment: Qt.AlignLeft
                            kind: "quiet"
                            compact: true
                            text: qsTr("Forgot your password?")
                            onClicked: {
                                App.customer.clearMessages()
                                root.forgotten = true
                                forgotEmail.field.forceActiveFocus()
                            }
                        }
                    }
                    ColumnLayout {
                        id: forgotColumn
                        visible: root.forgotten
                        anchors.fill: parent
                        anchors.margins: Theme.space(4)
                        spacing: Theme.space(2)
                        Heading {
                            Layout.fillWidth: true
                            level: 2
                            wrapMode: Text.WordWrap
                            text: qsTr("Forgot your password?")
                        }
                        Body {
                            Layout.fillWidth: true
                            wrapMode: Text.WordWrap
                            text: qsTr("Enter the email address of your account: we send it a link to choose a new password.")
                        }
                        FormField {
                            id: forgotEmail
                            objectName: "forgotEmail"
                            Layout.fillWidth: true
                            label: qsTr("Email address")
                            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                            onSubmitted: sendLink.clicked()
                        }
                        ActionButton {
                            id: sendLink
                            objectName: "sendResetButton"
                            Layout.fillWidth: true
                            text: qsTr("Send me a link")
                            enabled: !App.customer.busy
                            onClicked: App.customer.requestPasswordReset(forgotEmail.text)
                        }
                        Body {
                            objectName: "forgotError"
                            Layout.fillWidth: true
                            visible: App.customer.error.length > 0
                            text: App.customer.error
                            color: Theme.danger
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.AlertMessage
                        }
                        FormField {
                            id: pastedLink
                            objectName: "pastedLink"
                            Layout.fillWidth: true
                            label: qsTr("The link or code from the mail")
                            placeholder: "comptoir://reset?token=…"
                            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                            onSubmitted: useLink.clicked()
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: Theme.space(1)
                            ActionButton {
                                id: useLink
                                objectName: "useLinkButton"
                                Layout.fillWidth: true
                                kind: "secondary"
                                text: qsTr("Choose a new password")
                                onClicked: {
                                    if (App.customer.readResetLink(pastedLink.text).length > 0)
                                        root.resetRequested(pastedLink.text)
                                }
                            }
                            ActionButton {
                                objectName: "backToSignInButton"
                                Layout.alignment: Qt.AlignLeft
                                kind: "quiet"
                                text: qsTr("Back to sign-in")
                                onClicked: {
                                    App.customer.clearMessages()
                                    root.forgotten = false
                                }
                            }
                        }
                    }
                }
                Panel {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 1 // the two halves share the row equally, whatever their titles
                    Layout.preferredHeight: registerColumn.implicitHeight + Theme.space(8)
                    ColumnLayout {
                        id: registerColumn
                        anchors.fill: parent
                        anchors.margins: Theme.space(4)
                        spacing: Theme.space(2)
                        Heading {
                            Layout.fillWidth: true
                            level: 2
                            wrapMode: Text.WordWrap
                            text: qsTr("I am new here")
                        }
                        FormField {
                            id: name
                            objectName: "registerName"
                            Layout.fillWidth: true
                            label: qsTr("Your name")
                            onSubmitted: email.field.forceActiveFocus()
                        }
                        FormField {
                            id: email
                            objectName: "registerEmail"
                            Layout.fillWidth: true
                            label: qsTr("Email address")
                            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                            onSubmitted: password.field.forceActiveFocus()
                        }
                        FormField {
                            id: password
                            objectName: "registerPassword"
                            Layout.fillWidth: true
                            label: qsTr("Password (10 characters or more)")
                            echoMode: TextInput.Password
                            onSubmitted: create.clicked()
                        }
                        ActionButton {
                            id: create
                            objectName: "registerButton"
                            Layout.fillWidth: true
                            kind: "secondary"
                            text: qsTr("Create my account")
                            enabled: !App.customer.busy
                            onClicked: App.customer.registerAccount(name.text, email.text, password.text)
                        }
                    }
                }
            }
        }
    }
}
