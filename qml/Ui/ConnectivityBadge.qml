import QtQuick
import Comptoir.Ui
import Comptoir.App

// A discreet dot and word: online, syncing, or offline with the number of sales waiting to be
// sent. Calm by design: offline is normal for a kiosk, not an alarm.
Rectangle {
    id: root

    // SyncClient.Online, SyncClient.Syncing or SyncClient.Offline (a Session's connectivity)
    required property int status
    property int pending: 0

    readonly property color dotColor: status === SyncClient.Online ? Theme.success
                                      : status === SyncClient.Syncing ? Theme.warning : Theme.inkMuted

    implicitWidth: row.implicitWidth + Theme.space(3)
    implicitHeight: Theme.touchTargetSmall * 0.7
    radius: height / 2
    color: Theme.surfaceAlt

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.space(1)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.dotSize
            height: Theme.dotSize
            radius: Theme.dotSize / 2
            color: root.dotColor
        }
        Caption {
            anchors.verticalCenter: parent.verticalCenter
            text: {
                if (root.status === SyncClient.Online)
                    return qsTr("Online")
                if (root.status === SyncClient.Syncing)
                    return qsTr("Updating")
                return root.pending > 0 ? qsTr("Offline · %1 to send").arg(root.pending) : qsTr("Offline")
            }
        }
    }
}
