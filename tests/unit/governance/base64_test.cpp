// Base64 as the documents of a decision message reach the library through JSON: only canonical
// RFC 4648 text, and no byte invented from padding.

#include <gtest/gtest.h>

#include "governance/base64.hpp"

namespace tiltak::detail {
namespace {

TEST(Base64, Canonical_DecodesToTheBytes) {
  EXPECT_EQ(decode_base64(""), "");
  EXPECT_EQ(decode_base64("YQ=="), "a");
  EXPECT_EQ(decode_base64("YWI="), "ab");
  EXPECT_EQ(decode_base64("YWJj"), "abc");
  EXPECT_EQ(decode_base64("AP8A"), std::string("\0\xff\0", 3));
}

TEST(Base64, AnythingElse_IsRefused) {
  for (const char* text : {"YWJ", "Y=Jj", "YW=j", " YWJj", "YWJj\n", "YW-j", "====", "Y==="})
    EXPECT_EQ(decode_base64(text), std::nullopt) << text;
}

}  // namespace
}  // namespace tiltak::detail
