// Routes: product images, served from the resources folder and kept in memory once read.
#include "api/services.h"

#include "domain/errors.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <mutex>
#include <unordered_map>

namespace comptoir::server {

void registerImageRoutes(Router& router, Services& s)
{
    struct Cache {
        std::mutex mutex;
        std::unordered_map<QString, std::string> files;
    };
    auto cache = std::make_shared<Cache>();
    router.add("GET", "/images/products/{name}", [&s, cache](RequestContext& ctx) {
        const QString name = ctx.pathParam("name");
        // Only plain file names: no traversal, no hidden files.
        static const QRegularExpression safe(u"^[a-z0-9][a-z0-9-]{0,63}\\.svg$"_qs);
        if (!safe.match(name).hasMatch())
            throw NotFound(u"No image named %1."_qs.arg(name));
        std::string bytes;
        {
            std::lock_guard lock(cache->mutex);
            const auto it = cache->files.find(name);
            if (it != cache->files.end())
                bytes = it->second;
        }
        if (bytes.empty()) {
            QFile file(s.settings.resourcesDir + u"/images/products/"_qs + name);
            if (!file.open(QIODevice::ReadOnly))
                throw NotFound(u"No image named %1."_qs.arg(name));
            bytes = file.readAll().toStdString();
            std::lock_guard lock(cache->mutex);
            cache->files.emplace(name, bytes);
        }
        ctx.res.status = 200;
        ctx.res.set_header("Cache-Control", "public, max-age=86400");
        ctx.res.set_content(std::move(bytes), "image/svg+xml");
    });
}

} // namespace comptoir::server
