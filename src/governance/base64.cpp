#include "governance/base64.hpp"

#include <openssl/evp.h>

#include <climits>

namespace tiltak::detail {

std::optional<std::string> decode_base64(std::string_view text) {
  // EVP_DecodeBlock would skip blanks at either end and counts padding as zero bytes: both are
  // checked here, so that only canonical base64 is accepted and no byte is invented.
  if (text.size() % 4 != 0 || text.size() > INT_MAX) return std::nullopt;
  const std::size_t padding = text.ends_with("==") ? 2 : text.ends_with('=') ? 1 : 0;
  if (text.substr(0, text.size() - padding).find_first_not_of(
          "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") != std::string_view::npos)
    return std::nullopt;
  std::string bytes(text.size() / 4 * 3, '\0');
  const int decoded = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(bytes.data()),
                                      reinterpret_cast<const unsigned char*>(text.data()), static_cast<int>(text.size()));
  if (decoded < 0) return std::nullopt;
  bytes.resize(static_cast<std::size_t>(decoded) - padding);
  return bytes;
}

}  // namespace tiltak::detail
