#pragma once
// Types of the sync library and of shared that QML sees by name, registered from here so the
// libraries below the app stay free of QML: SyncClient.Online / .Syncing / .Offline, and the
// order vocabularies as Orders.Paid, Orders.Pickup, ... (Qt 6.4's type registrar cannot take a
// foreign namespace, QML_FOREIGN_NAMESPACE: registerOrderEnums() does it at run time.)

#include "comptoir/orderenums.h"
#include "sync/syncclient.h"

#include <QQmlEngine>

namespace comptoir::app {

struct SyncClientForQml {
    Q_GADGET
    QML_FOREIGN(comptoir::sync::SyncClient)
    QML_NAMED_ELEMENT(SyncClient)
    QML_UNCREATABLE("The session owns the sync client")
};

// Once per process, before a QML engine loads a file that uses them.
void registerOrderEnums();

} // namespace comptoir::app
