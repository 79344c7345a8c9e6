// Uses tiltak as a package (installed, the build tree, or a subdirectory): headers, library and
// the Boost dependency must all come with the target. The umbrella header, so that every public
// header is compiled as its users see it.
#include <iostream>

#include "tiltak/tiltak.hpp"

static_assert(tiltak::at_least_version(0, 1, 0) && !tiltak::at_least_version(tiltak::version_major + 1, 0, 0));

int main() {
  const auto amount = tiltak::Money::parse("1250000.50", tiltak::Currency::NOK);
  std::cout << tiltak::format_money(amount, tiltak::Language::nb) << '\n' << tiltak::version_string << '\n';
}
