import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import QtQuick.Layouts 1.15
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// Asks for the account's JID and password and shows why the last sign-in failed.
// The labels sit above their fields: Kirigami.FormLayout (5.103) reports a
// binding loop on its implicitHeight when a page lays it out for the first time.
Kirigami.Page {
    id: page

    property Account account
    // JID shown when the account has none yet.
    property string initialJid
    // The account's AccountSession, which stores the password in the keychain after a successful
    // sign-in when rememberPassword is set. Without it the page signs the account in directly.
    property AccountSession session
    // The app's PasswordKeychain, which tells whether passwords can be stored; may be null.
    property PasswordKeychain keychain
    // The app, which tells whether another account already signs in as the typed JID; may be null.
    property DesktopApp app

    readonly property bool busy: account.state === Account.Connecting || account.state === Account.Reconnecting || passwordPending
    // Whether the app is still reading the saved password, after which it signs in by itself.
    readonly property bool passwordPending: session !== null && session.passwordPending

    function signIn() {
        if (!signInButton.enabled) {
            return;
        }
        const jid = jidField.text.trim();
        if (app !== null && app.rowOfOtherAccount(session, jid) >= 0) {
            duplicateMessage.text = qsTr("%1 is already added. Choose it in the account list at the top.").arg(jid);
            return;
        }
        duplicateMessage.text = "";
        if (session !== null) {
            session.rememberPassword = rememberBox.checked && page.keychain !== null && page.keychain.available;
            session.signIn(jid, passwordField.text);
        } else {
            account.signIn(jid, passwordField.text);
        }
    }

    objectName: "signInPage"
    title: qsTr("Sign In")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - Kirigami.Units.gridUnit * 2, Kirigami.Units.gridUnit * 20)
        spacing: Kirigami.Units.smallSpacing

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 1
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Welcome to Salon")
        }

        QQC2.Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Sign in with the address and password of your XMPP account.")
        }

        Kirigami.InlineMessage {
            objectName: "signInError"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            type: page.account.state === Account.Reconnecting ? Kirigami.MessageType.Warning : Kirigami.MessageType.Error
            text: page.account.errorMessage
            visible: text !== ""
        }

        Kirigami.InlineMessage {
            id: duplicateMessage

            objectName: "duplicateAccountMessage"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            type: Kirigami.MessageType.Error
            visible: text !== ""
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("XMPP address")
        }

        QQC2.TextField {
            id: jidField

            objectName: "jidField"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            placeholderText: qsTr("name@example.org")
            text: page.account.jid !== "" ? page.account.jid : page.initialJid
            enabled: !page.busy
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("XMPP address")
            onAccepted: passwordField.forceActiveFocus()
        }

        QQC2.Label {
            Layout.fillWidth: true
            text: qsTr("Password")
        }

        // Kirigami.PasswordField (5.103) is not used: its reveal action calls
        // i18n(), which only exists with KI18n's QML context.
        Kirigami.ActionTextField {
            id: passwordField

            property bool showPassword: false

            objectName: "passwordField"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            echoMode: showPassword ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            enabled: !page.busy
            Accessible.name: qsTr("Password")
            rightActions: Kirigami.Action {
                icon.name: passwordField.showPassword ? "password-show-off" : "password-show-on"
                text: passwordField.showPassword ? qsTr("Hide Password") : qsTr("Show Password")
                onTriggered: passwordField.showPassword = !passwordField.showPassword
            }
            onAccepted: page.signIn()
        }

        QQC2.CheckBox {
            id: rememberBox

            objectName: "rememberPasswordBox"
            Layout.fillWidth: true
            text: qsTr("Remember password")
            checked: page.session === null || page.session.rememberPassword
            enabled: !page.busy && page.keychain !== null && page.keychain.available
            visible: page.session !== null
        }

        // Not an error: the sign-in works, but the password has to be typed again at the next start.
        Kirigami.InlineMessage {
            objectName: "keychainUnavailableMessage"
            Layout.fillWidth: true
            Layout.bottomMargin: Kirigami.Units.largeSpacing
            type: Kirigami.MessageType.Information
            text: page.keychain !== null ? page.keychain.unavailableMessage : ""
            visible: page.session !== null && text !== ""
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Kirigami.Units.smallSpacing

            QQC2.BusyIndicator {
                objectName: "signInBusyIndicator"
                Layout.preferredHeight: signInButton.implicitHeight
                Layout.preferredWidth: signInButton.implicitHeight
                running: page.busy
                visible: running
            }

            QQC2.Button {
                objectName: "cancelSignInButton"
                text: qsTr("Cancel")
                icon.name: "dialog-cancel"
                visible: page.busy && !page.passwordPending
                onClicked: page.account.signOut()
            }

            QQC2.Button {
                id: signInButton

                objectName: "signInButton"
                text: qsTr("Sign In")
                icon.name: "go-next"
                enabled: !page.busy && jidField.text.trim() !== "" && passwordField.text !== ""
                onClicked: page.signIn()
            }
        }
    }

    Component.onCompleted: {
        if (jidField.text === "") {
            jidField.forceActiveFocus();
        } else {
            passwordField.forceActiveFocus();
        }
    }
}
