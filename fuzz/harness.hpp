#pragma once
// What the harnesses share (docs/fuzzing.md). Each harness feeds its input to the public API
// the way a front end does and catches only tiltak::Error, the library's one documented error
// type; anything else (another exception, a crash, a sanitizer report, a leak, a hang) escapes
// to the fuzzing engine as a finding.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tiltak/core/error.hpp"
#include "tiltak/model/portfolio.hpp"

namespace tiltak_fuzz {

// The input as text (the library takes UTF-8 as bytes and checks it itself).
inline std::string_view text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// tests/data/minimal.json, loaded once: a small valid portfolio with every kind of record, the
// subject of the harnesses whose input is not a portfolio (rulebooks, parameter sets, ...).
const tiltak::Portfolio& fixture_portfolio();

// Ends the run as a finding when a property the library promises does not hold. An abort,
// not an exception, so no catch in a harness can swallow it.
void require(bool holds, const char* what);

// For the catch of tiltak::Error: ErrorCode::internal means "a bug in tiltak" (error.hpp), so it
// is a finding too; every other code is a documented answer to bad input.
void documented(const tiltak::Error& error);

}  // namespace tiltak_fuzz

// The entry point every harness defines (libFuzzer's, also called by replay_main.cpp).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
