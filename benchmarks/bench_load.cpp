// Loading, validating, writing and generating a large portfolio: 100 000 initiatives from the
// synthetic generator (seed 42, defaults otherwise), about ten times the largest real
// municipal portfolio, so that the figures show the cost per initiative rather than noise.
//
// The portfolio and its document text are made once, on first use, outside every timed loop.
// The portfolios produced inside a loop are destroyed with the timer paused: the figures are
// for producing them, not for freeing them.

#include <benchmark/benchmark.h>
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <utility>

#include "tiltak/io/atomic_file.hpp"
#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"
#include "tiltak/model/validation.hpp"

namespace {

constexpr std::size_t initiative_count = 100'000;

tiltak::SyntheticOptions options() {
  tiltak::SyntheticOptions o;
  o.initiatives = initiative_count;
  o.seed = 42;
  return o;
}

const tiltak::Portfolio& portfolio() {
  static const tiltak::Portfolio p = tiltak::generate_portfolio(options());
  return p;
}

const std::string& document() {
  static const std::string text = tiltak::to_json(portfolio());
  return text;
}

// The process's peak resident set size ("VmHWM" in /proc/self/status) in MiB, or -1 where
// there is no /proc (not Linux). Process-wide and never decreasing: it includes the
// benchmark's own fixture (the generated portfolio and its text) and every benchmark run
// before, so read it as an upper bound of what one load needs on top of the fixture.
double peak_rss_mib() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmHWM:") {
      long long kib = 0;
      status >> kib;
      return static_cast<double>(kib) / 1024.0;
    }
    status.ignore(1 << 16, '\n');
  }
  return -1;
}

void count_initiatives(benchmark::State& state) {
  state.counters["initiatives/s"] =
      benchmark::Counter(static_cast<double>(initiative_count), benchmark::Counter::kIsIterationInvariantRate);
}

void set_bytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}

// (a) The whole load: parse the JSON text, build the model, validate it.
void BM_ParsePortfolio(benchmark::State& state) {
  const std::string& text = document();
  for (auto _ : state) {
    tiltak::Portfolio loaded = tiltak::parse_portfolio(text, "bench.json");
    benchmark::DoNotOptimize(loaded);
    state.PauseTiming();
    { const tiltak::Portfolio discard = std::move(loaded); }
    state.ResumeTiming();
  }
  set_bytes(state, text.size());
  count_initiatives(state);
  state.counters["peak_RSS_MiB"] = peak_rss_mib();
  state.SetLabel(std::to_string(initiative_count) + " initiatives, " + std::to_string(text.size() / 1000 / 1000) +
                 " MB of JSON");
}
BENCHMARK(BM_ParsePortfolio)->Unit(benchmark::kMillisecond);

// (a') The same text parsed by simdjson's DOM parser alone (Debian's libsimdjson, the parser's
// own best case: one parser reused, so its buffers are allocated once, outside the timing),
// for the yardstick: a whole load within 2x of this.
void BM_SimdjsonDomParse(benchmark::State& state) {
  const simdjson::padded_string padded(document());
  simdjson::dom::parser parser;
  for (auto _ : state) {
    simdjson::dom::element root;
    if (parser.parse(padded).get(root) != simdjson::SUCCESS) {
      state.SkipWithError("simdjson refused the document");
      return;
    }
    benchmark::DoNotOptimize(root);
  }
  set_bytes(state, padded.size());
  count_initiatives(state);
  state.counters["peak_RSS_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_SimdjsonDomParse)->Unit(benchmark::kMillisecond);

// (a'') The whole load from a file, as the tool and Python's Portfolio.load do it: read the
// file (with room for the parser's padding, so the text is not copied), parse, validate.
void BM_LoadPortfolioFile(benchmark::State& state) {
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("tiltak-bench-load-" + std::to_string(::getpid()) + ".json");
  tiltak::write_file_atomically(path, document());
  for (auto _ : state) {
    tiltak::Portfolio loaded = tiltak::load_portfolio(path);
    benchmark::DoNotOptimize(loaded);
    state.PauseTiming();
    { const tiltak::Portfolio discard = std::move(loaded); }
    state.ResumeTiming();
  }
  std::filesystem::remove(path);
  set_bytes(state, document().size());
  count_initiatives(state);
  state.counters["peak_RSS_MiB"] = peak_rss_mib();
}
BENCHMARK(BM_LoadPortfolioFile)->Unit(benchmark::kMillisecond);

// (b) validate() alone, on the model in memory.
void BM_Validate(benchmark::State& state) {
  const tiltak::Portfolio& p = portfolio();
  if (!tiltak::validate(p).empty()) {
    state.SkipWithError("the synthetic portfolio is not valid");
    return;
  }
  for (auto _ : state) {
    auto problems = tiltak::validate(p);
    benchmark::DoNotOptimize(problems);
  }
  count_initiatives(state);
}
BENCHMARK(BM_Validate)->Unit(benchmark::kMillisecond);

// (c) Writing the document text.
void BM_ToJson(benchmark::State& state) {
  const tiltak::Portfolio& p = portfolio();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::string text = tiltak::to_json(p);
    bytes = text.size();
    benchmark::DoNotOptimize(text);
  }
  set_bytes(state, bytes);
  count_initiatives(state);
}
BENCHMARK(BM_ToJson)->Unit(benchmark::kMillisecond);

// (d) The generator itself, at the fixture's size and at a million initiatives (which needs
// about 3 GB of memory; run only the first with --benchmark_filter=Generate.*/100000).
void BM_GeneratePortfolio(benchmark::State& state) {
  tiltak::SyntheticOptions o = options();
  o.initiatives = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    tiltak::Portfolio generated = tiltak::generate_portfolio(o);
    benchmark::DoNotOptimize(generated);
    state.PauseTiming();
    { const tiltak::Portfolio discard = std::move(generated); }
    state.ResumeTiming();
  }
  state.counters["initiatives/s"] =
      benchmark::Counter(static_cast<double>(o.initiatives), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_GeneratePortfolio)->Arg(initiative_count)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_GeneratePortfolio)->Arg(1'000'000)->Iterations(3)->Unit(benchmark::kMillisecond);

}  // namespace
