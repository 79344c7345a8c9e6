// The C API's overhead over the C++ core, on the same document as bench_load.cpp: the
// 100 000-initiative synthetic portfolio (seed 42, defaults otherwise), 325 MB of JSON.
//
//   BM_CApi_FromJson     tiltak_portfolio_from_json(ctx, text, length, &portfolio)
//   BM_Cpp_ParseForCApi  tiltak::parse_portfolio(text), the same work in C++
//   BM_CApi_ToJson       tiltak_portfolio_to_json (the text copied into a malloc'ed string)
//   BM_Cpp_ToJsonForCApi tiltak::to_json
//
// The C API adds argument checks, the exception guard and, on output, one copy into memory
// the caller frees. The target is a C
// API load within 10 % of the C++ one; compare the CPU times of each pair.
//
// Compiled only when the benchmark executable links tiltak::tiltak_c (tiltak.h is then on
// its include path); otherwise this file is empty.

#if __has_include("tiltak/tiltak.h")

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"
#include "tiltak/tiltak.h"

namespace {

constexpr std::size_t capi_initiative_count = 100'000;

// The document text only: the generated portfolio is freed once the text is made.
const std::string& capi_document() {
  static const std::string text = [] {
    tiltak::SyntheticOptions options;
    options.initiatives = capi_initiative_count;
    options.seed = 42;
    return tiltak::to_json(tiltak::generate_portfolio(options));
  }();
  return text;
}

void capi_counters(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
  state.counters["initiatives/s"] =
      benchmark::Counter(static_cast<double>(capi_initiative_count), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_CApi_FromJson(benchmark::State& state) {
  const std::string& text = capi_document();
  tiltak_context* context = tiltak_context_new();
  for (auto _ : state) {
    tiltak_portfolio* portfolio = nullptr;
    if (tiltak_portfolio_from_json(context, text.data(), text.size(), &portfolio) != TILTAK_OK) {
      state.SkipWithError(tiltak_context_error_message(context));
      break;
    }
    benchmark::DoNotOptimize(portfolio);
    state.PauseTiming();
    tiltak_portfolio_free(portfolio);
    state.ResumeTiming();
  }
  tiltak_context_free(context);
  capi_counters(state, text.size());
}
BENCHMARK(BM_CApi_FromJson)->Unit(benchmark::kMillisecond);

void BM_Cpp_ParseForCApi(benchmark::State& state) {
  const std::string& text = capi_document();
  for (auto _ : state) {
    tiltak::Portfolio loaded = tiltak::parse_portfolio(text);
    benchmark::DoNotOptimize(loaded);
    state.PauseTiming();
    { const tiltak::Portfolio discard = std::move(loaded); }
    state.ResumeTiming();
  }
  capi_counters(state, text.size());
}
BENCHMARK(BM_Cpp_ParseForCApi)->Unit(benchmark::kMillisecond);

void BM_CApi_ToJson(benchmark::State& state) {
  const std::string& text = capi_document();
  tiltak_context* context = tiltak_context_new();
  tiltak_portfolio* portfolio = nullptr;
  if (tiltak_portfolio_from_json(context, text.data(), text.size(), &portfolio) != TILTAK_OK) {
    state.SkipWithError(tiltak_context_error_message(context));
    tiltak_context_free(context);
    return;
  }
  std::size_t length = 0;
  for (auto _ : state) {
    char* json = nullptr;
    tiltak_portfolio_to_json(context, portfolio, &json, &length);
    benchmark::DoNotOptimize(json);
    state.PauseTiming();
    tiltak_string_free(json);
    state.ResumeTiming();
  }
  tiltak_portfolio_free(portfolio);
  tiltak_context_free(context);
  capi_counters(state, length);
}
BENCHMARK(BM_CApi_ToJson)->Unit(benchmark::kMillisecond);

void BM_Cpp_ToJsonForCApi(benchmark::State& state) {
  const tiltak::Portfolio portfolio = tiltak::parse_portfolio(capi_document());
  std::size_t length = 0;
  for (auto _ : state) {
    std::string json = tiltak::to_json(portfolio);
    length = json.size();
    benchmark::DoNotOptimize(json);
    state.PauseTiming();
    { const std::string discard = std::move(json); }
    state.ResumeTiming();
  }
  capi_counters(state, length);
}
BENCHMARK(BM_Cpp_ToJsonForCApi)->Unit(benchmark::kMillisecond);

}  // namespace

#endif  // __has_include("tiltak/tiltak.h")
