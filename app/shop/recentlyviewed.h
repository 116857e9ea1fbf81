#pragma once
// The products the customer opened lately, newest first, kept on this computer (DeviceSettings)
// so the home page can offer them again, signed in or not.

#include "app/core/devicesettings.h"
#include "app/shop/productshelf.h"

namespace comptoir::app {

class RecentlyViewed : public ProductShelf {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The shop makes its recently viewed list")

public:
    static constexpr int kKept = 12;

    RecentlyViewed(DeviceSettings& settings, QObject* parent = nullptr);

    // The customer opened this product (ShopWindow.openProduct).
    Q_INVOKABLE void remember(const QString& productId);
    Q_INVOKABLE void forgetAll();

protected:
    [[nodiscard]] QStringList ids(CustomerReader&) override { return m_settings.recentProducts(); }

private:
    DeviceSettings& m_settings;
};

} // namespace comptoir::app
