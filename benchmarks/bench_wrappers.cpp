// The reference for the .NET and Java wrappers' benchmarks (bindings/dotnet/bench/Bench.cs,
// bindings/java/bench/Bench.java): load plus appraisal of the 10 000-initiative synthetic
// portfolio (seed 42, defaults otherwise: the document `tiltak generate --size 10000 --seed 42`
// writes), from the text in memory to the appraisal's JSON text.
//
//   BM_LoadAppraise10k_Cpp   parse_portfolio + appraise_portfolio + portfolio_appraisal_to_json
//   BM_LoadAppraise10k_CApi  tiltak_portfolio_from_json + tiltak_portfolio_appraisal (the string
//                            freed), the calls each wrapper makes
//
// The portfolio is freed with the timer paused, as the wrappers' benchmarks do.
// docs/benchmarks.md, "The .NET and Java wrappers", has the figures side by side.

#if __has_include("tiltak/tiltak.h")

#include <benchmark/benchmark.h>

#include <cstddef>
#include <string>
#include <utility>

#include "tiltak/benefits/appraisal.hpp"
#include "tiltak/benefits/appraisal_json.hpp"
#include "tiltak/benefits/parameters.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"
#include "tiltak/tiltak.h"

namespace {

const std::string& wrapper_document() {
  static const std::string text = [] {
    tiltak::SyntheticOptions options;
    options.initiatives = 10'000;
    options.seed = 42;
    return tiltak::to_json(tiltak::generate_portfolio(options));
  }();
  return text;
}

void BM_LoadAppraise10k_Cpp(benchmark::State& state) {
  const std::string& text = wrapper_document();
  for (auto _ : state) {
    tiltak::Portfolio loaded = tiltak::parse_portfolio(text);
    std::string json = tiltak::portfolio_appraisal_to_json(
        tiltak::appraise_portfolio(loaded, tiltak::default_parameter_set(loaded.currency)), 2);
    benchmark::DoNotOptimize(json);
    state.PauseTiming();
    { const tiltak::Portfolio discard = std::move(loaded); }
    state.ResumeTiming();
  }
}
BENCHMARK(BM_LoadAppraise10k_Cpp)->Unit(benchmark::kMillisecond);

void BM_LoadAppraise10k_CApi(benchmark::State& state) {
  const std::string& text = wrapper_document();
  tiltak_context* context = tiltak_context_new();
  for (auto _ : state) {
    tiltak_portfolio* portfolio = nullptr;
    char* json = nullptr;
    std::size_t length = 0;
    if (tiltak_portfolio_from_json(context, text.data(), text.size(), &portfolio) != TILTAK_OK ||
        tiltak_portfolio_appraisal_v2(context, portfolio, nullptr, 0, nullptr, &json, &length) != TILTAK_OK) {
      state.SkipWithError(tiltak_context_error_message(context));
      tiltak_portfolio_free(portfolio);
      break;
    }
    benchmark::DoNotOptimize(json);
    tiltak_string_free(json);
    state.PauseTiming();
    tiltak_portfolio_free(portfolio);
    state.ResumeTiming();
  }
  tiltak_context_free(context);
}
BENCHMARK(BM_LoadAppraise10k_CApi)->Unit(benchmark::kMillisecond);

}  // namespace

#endif  // __has_include("tiltak/tiltak.h")
