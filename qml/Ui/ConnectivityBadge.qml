import QtQuick
import Comptoir.Ui

// A discreet dot and word: online, syncing, or offline with the number of sales waiting to be
// sent. Calm by design: offline is normal for a kiosk, not an alarm.
Rectangle {
    id: root

    // online, syncing, offline
    required property string status
    property int pending: 0

    readonly property color dotColor: status === "online" ? Theme.success
                                      : status === "syncing" ? Theme.warning : Theme.inkMuted

    implicitWidth: row.implicitWidth + Theme.space(3)
    implicitHeight: 40
    radius: height / 2
    color: Theme.surfaceAlt

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.space(1)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 12
            height: 12
            radius: 6
            color: root.dotColor
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            color: Theme.inkMuted
            text: {
                if (root.status === "online")
                    return qsTr("Online")
                if (root.status === "syncing")
                    return qsTr("Updating")
                return root.pending > 0 ? qsTr("Offline · %1 to send").arg(root.pending) : qsTr("Offline")
            }
        }
    }
}
