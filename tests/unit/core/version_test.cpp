// The version header agrees with itself (CMake checks it against project(VERSION)).
#include "tiltak/version.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tiltak {
namespace {

TEST(Version, StringNumberAndPartsAgree) {
  EXPECT_EQ(std::string(version_string), std::to_string(version_major) + "." + std::to_string(version_minor) + "." +
                                             std::to_string(version_patch));
  EXPECT_EQ(TILTAK_CXX_VERSION, version_major * 1000000 + version_minor * 1000 + version_patch);
}

TEST(Version, AtLeastComparesMajorMinorPatch) {
  EXPECT_TRUE(at_least_version(version_major, version_minor, version_patch));
  EXPECT_TRUE(at_least_version(0, 0, 0));
  EXPECT_FALSE(at_least_version(version_major, version_minor, version_patch + 1));
  EXPECT_FALSE(at_least_version(version_major, version_minor + 1, 0));
  EXPECT_FALSE(at_least_version(version_major + 1, 0, 0));
}

}  // namespace
}  // namespace tiltak
