#pragma once
// The fast path of a load (docs/architecture.md, "Loading"): simdjson's On-Demand parser read
// straight into the model, one pass over the text, with no document tree and no JSON Pointers.
// It gives up (nullopt) at the first thing a valid document would not have: malformed JSON,
// a key given twice, an unknown or missing field, a value of the wrong type or out of range,
// an escaped key, an amount before the currency. The caller then loads the text again through
// the shape reader (portfolio_reader.cpp), which reports every problem as before. For a
// document it accepts, the model is the one the shape reader would build (a test loads every
// document of the repository both ways).
//
// `capacity` is the size of the memory that `text` starts: simdjson reads up to 64 bytes past
// a document's end, so text with less room after it is copied first.

#include <cstddef>
#include <optional>
#include <string_view>

#include "tiltak/model/portfolio.hpp"

namespace tiltak::detail {

std::optional<Portfolio> read_portfolio_fast(std::string_view text, std::size_t capacity);
std::optional<Initiative> read_initiative_fast(std::string_view text, std::size_t capacity, Currency currency);

}  // namespace tiltak::detail
