#include "shopbrowsefixture.h"

#include "app/access/customeraccess.h"
#include "demoaccounts.h"
#include "syncchecks.h"

namespace comptoir::test {

ShopBrowser::ShopBrowser(TestServer& server) : m_server(server)
{
    app::LaunchOptions launch;
    launch.mode = app::Mode::Shop;
    launch.serverUrl = server.url();
    launch.profileDir = m_profile.path();
    m_app = std::make_unique<app::App>(launch);
}

ShopBrowser::~ShopBrowser() = default;

bool ShopBrowser::signInAndWait(int timeoutMs)
{
    const QString email = u"browse.%1@example.fr"_qs.arg(QDateTime::currentMSecsSinceEpoch());
    const QString password = u"a-long-enough-password"_qs;
    if (registerCustomer(m_server, email, u"Dominique Flâneur"_qs, password).token.empty())
        return false;
    m_app->customer()->signIn(email, password);
    return waitFor(
        [this] {
            const app::Session& s = *m_app->session();
            return s.catalogReady() && s.connectivity() == sync::SyncClient::Online;
        },
        timeoutMs);
}

} // namespace comptoir::test
