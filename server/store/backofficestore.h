#pragma once
// Storage of what the back office manages (issue 16, API.md "Back office"): people and devices,
// a promotion's edits, the audit trail, the VAT summary, and uploaded product images.

#include "comptoir/domain.h"
#include "store/orderstore.h"
#include "store/page.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace comptoir::server {

// A user as the back office lists them.
struct UserRecord {
    User user;
    bool disabled = false;
    QString createdAt;
};

struct UserQuery {
    QString role;    // empty: any
    QString storeId; // empty: any
    int limit = 50;
    QString cursor;
};

// The fields PATCH /users/{id} may change; the unset ones stay.
struct UserPatch {
    std::optional<QString> name;
    std::optional<Role> role;
    std::optional<LocationId> storeId; // an empty id: none
    std::optional<bool> disabled;
};

// An enrolled kiosk or register.
struct DeviceRecord {
    QString id;
    QString name;
    User user; // the device's own account (role kiosk or register)
    QString createdAt;
    QString revokedAt; // empty while it may sign in
};

// The fields PATCH /promotions/{id} may change.
struct PromotionPatch {
    std::optional<QDateTime> endsAt; // invalid: no end
    bool setsEndsAt = false;
    std::optional<qint64> maxUses; // unset with setsMaxUses: no limit
    bool setsMaxUses = false;
    std::optional<bool> disabled;
};

struct AuditQuery {
    QString actor;
    QString action;
    QDateTime from; // invalid: unbounded
    QDateTime to;
    int limit = 50;
    QString cursor;
};

// An uploaded product image.
struct ProductImage {
    QByteArray bytes;
    QString contentType;
};

class BackOfficeStore {
public:
    virtual ~BackOfficeStore() = default;

    [[nodiscard]] virtual Page<UserRecord> users(const UserQuery& query) = 0;
    [[nodiscard]] virtual std::optional<UserRecord> userRecord(const UserId& id) = 0;
    // Applies `patch`; revokes every token of the user in the same transaction when it disables
    // them or changes their role or store (the live hub then closes their sockets).
    virtual UserRecord updateUser(const UserId& id, const UserPatch& patch) = 0;

    [[nodiscard]] virtual QList<DeviceRecord> devices(const LocationId& store) = 0;
    [[nodiscard]] virtual std::optional<DeviceRecord> device(const QString& id) = 0;
    // Marks the device revoked, disables its account and deletes its tokens. False when unknown.
    virtual bool revokeDevice(const QString& id) = 0;

    // Conflict::staleVersion when it is no longer at `expectedVersion`; NotFound when unknown.
    virtual Promotion updatePromotion(const QString& code, const PromotionPatch& patch,
                                      qint64 expectedVersion) = 0;

    [[nodiscard]] virtual Page<QJsonObject> audit(const AuditQuery& query) = 0;
    // Records one audit entry for the request running on this thread (see store/auditcontext.h):
    // for a mutation that touched none of the tables whose triggers record it themselves.
    virtual void recordRequestAudit(const QString& target) = 0;

    // {"rate_bp","base","tax","total"} per VAT rate, sales minus refunds.
    [[nodiscard]] virtual QJsonArray vatReport(const ReportRange& range, const LocationId& store) = 0;

    // Stores the image and points the product's image_url at it, moving its version.
    virtual Product setProductImage(const ProductId& id, const ProductImage& image) = 0;
    [[nodiscard]] virtual std::optional<ProductImage> productImage(const ProductId& id) = 0;
};

} // namespace comptoir::server
