import QtQuick 2.15
import QtQuick.Controls 2.15 as QQC2
import org.kde.kirigami 2.20 as Kirigami
import org.salon.core 1.0

// A warning shown while the account reconnects, with the reason the connection was lost.
QQC2.Control {
    id: banner

    property Account account

    objectName: "connectionBanner"
    visible: account !== null && account.state === Account.Reconnecting
    padding: Kirigami.Units.smallSpacing

    contentItem: Kirigami.InlineMessage {
        objectName: "connectionBannerMessage"
        type: Kirigami.MessageType.Warning
        text: banner.account ? banner.account.errorMessage : ""
        visible: banner.visible
    }
}
