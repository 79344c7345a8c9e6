#pragma once
// The rulebooks shipped in data/rulebooks/, compiled into the library (generated from those
// files at build time, so the JSON files stay the one source).

#include <span>
#include <string_view>

namespace tiltak::detail {

struct ShippedRulebook {
  std::string_view id;
  std::string_view json;
};

std::span<const ShippedRulebook> shipped_rulebooks() noexcept;

}  // namespace tiltak::detail
