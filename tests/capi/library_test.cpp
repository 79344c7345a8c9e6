// What the library says about itself: the version as numbers (against the project's version,
// which CMake hands the test) and a fixed text for every status.

#include <gtest/gtest.h>

#include <climits>
#include <cstdio>
#include <iterator>
#include <set>
#include <string>

#include "tiltak/tiltak.h"

namespace {

struct Version {
  int major = 0, minor = 0, patch = 0;
};

// TILTAK_TEST_PROJECT_VERSION is CMake's PROJECT_VERSION, "MAJOR.MINOR.PATCH".
Version project_version() {
  Version v;
  EXPECT_EQ(std::sscanf(TILTAK_TEST_PROJECT_VERSION, "%d.%d.%d", &v.major, &v.minor, &v.patch), 3);
  return v;
}

TEST(Version, PartsAreTheProjectVersion) {
  const Version v = project_version();
  EXPECT_EQ(tiltak_version_major(), v.major);
  EXPECT_EQ(tiltak_version_minor(), v.minor);
  EXPECT_EQ(tiltak_version_patch(), v.patch);
  EXPECT_STREQ(tiltak_version(), TILTAK_TEST_PROJECT_VERSION);
}

TEST(Version, NumberIsMajorTimesAMillionPlusMinorTimesAThousandPlusPatch) {
  const Version v = project_version();
  EXPECT_EQ(tiltak_version_number(), v.major * 1000000 + v.minor * 1000 + v.patch);
  EXPECT_EQ(tiltak_version_number(), TILTAK_VERSION_NUMBER);
}

TEST(StatusString, NamesEveryStatusOfTheHeaderDistinctly) {
  const int statuses[] = {TILTAK_OK,         TILTAK_E_INVALID_ARGUMENT, TILTAK_E_PARSE,   TILTAK_E_VALIDATION,
                          TILTAK_E_IO,       TILTAK_E_NOT_FOUND,        TILTAK_E_CURRENCY_MISMATCH,
                          TILTAK_E_OVERFLOW, TILTAK_E_DUPLICATE,        TILTAK_E_INFEASIBLE, TILTAK_E_CONFLICT,
                          TILTAK_E_NO_MEMORY, TILTAK_E_INTERNAL};
  std::set<std::string> texts;
  for (const int status : statuses) {
    const char* text = tiltak_status_string(status);
    ASSERT_NE(text, nullptr) << status;
    EXPECT_STRNE(text, "") << status;
    EXPECT_STRNE(text, "unknown status") << status;
    EXPECT_EQ(tiltak_status_string(status), text) << "a static string, the same every call";
    texts.insert(text);
  }
  EXPECT_EQ(texts.size(), std::size(statuses));
  EXPECT_STREQ(tiltak_status_string(TILTAK_OK), "ok");
  EXPECT_STREQ(tiltak_status_string(TILTAK_E_NOT_FOUND), "not found");
  EXPECT_STREQ(tiltak_status_string(TILTAK_E_INVALID_ARGUMENT), "invalid argument");
}

TEST(StatusString, AnyOtherNumberIsUnknownStatus) {
  for (const int status : {1, -11, -97, -100, INT_MIN, INT_MAX})
    EXPECT_STREQ(tiltak_status_string(status), "unknown status") << status;
}

}  // namespace
