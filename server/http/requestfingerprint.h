#pragma once
// What an idempotency record keeps of its request, to tell a replay from another request under
// the same key: a SHA-256 of the method, the path and the body, without the credentials a body
// may carry. A manager's PIN (`approved_by.pin` of a discounted order) is 4 to 8 digits: hashed
// with a body whose other fields are guessable, it would be found again from a copy of the
// database by hashing at most 10^8 candidate bodies. A credential authorizes a request, it is not
// what the request asks, so two bodies that differ only in it are the same request: the record
// keeps who approved (the email stays in the body) and nothing derived from the secret.

#include <QByteArray>
#include <string_view>

namespace comptoir::server {

[[nodiscard]] QByteArray requestFingerprint(std::string_view method, std::string_view path,
                                            std::string_view body);

} // namespace comptoir::server
