#pragma once
// tests/data/systems.json: the small system register the systems tests pin their answers on.

#include <string>

#include "support/portfolio_builder.hpp"
#include "tiltak/io/portfolio_json.hpp"

namespace tiltak::testing {

inline Portfolio register_portfolio() { return load_portfolio(std::string(TILTAK_TEST_DATA_DIR) + "/systems.json"); }

}  // namespace tiltak::testing
