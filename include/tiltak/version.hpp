#pragma once
// The version of tiltak these headers belong to. Written here, not generated, so that the C++
// headers stay one directory for every build and package (fmt's FMT_VERSION is kept the same
// way); configuring fails when it differs from project(VERSION) in CMakeLists.txt. The C API's
// generated tiltak/version.h gives the same numbers as TILTAK_VERSION_* macros.

#include <string_view>

// MAJOR * 1000000 + MINOR * 1000 + PATCH, for #if (as fmt's FMT_VERSION).
#define TILTAK_CXX_VERSION 1000

namespace tiltak {

inline constexpr int version_major = TILTAK_CXX_VERSION / 1000000;
inline constexpr int version_minor = TILTAK_CXX_VERSION / 1000 % 1000;
inline constexpr int version_patch = TILTAK_CXX_VERSION % 1000;
inline constexpr std::string_view version_string = "0.1.0";

// True when these headers are at least version major.minor.patch.
constexpr bool at_least_version(int major, int minor, int patch) noexcept {
  return TILTAK_CXX_VERSION >= major * 1000000 + minor * 1000 + patch;
}

}  // namespace tiltak
