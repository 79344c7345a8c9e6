#pragma once
// SHA-256 through OpenSSL's libcrypto (EVP interface); the one place that includes OpenSSL.

#include <string>
#include <string_view>

namespace tiltak::detail {

std::string sha256_hex(std::string_view bytes);  // lower-case hex, 64 characters

}  // namespace tiltak::detail
