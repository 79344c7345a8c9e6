// Uses tiltak as an installed package: headers, library and the Boost dependency must all
// be found through find_package(tiltak).
#include <iostream>

#include "tiltak/core/money.hpp"

int main() {
  const auto amount = tiltak::Money::parse("1250000.50", tiltak::Currency::NOK);
  std::cout << tiltak::format_money(amount, tiltak::Language::nb) << '\n';
}
