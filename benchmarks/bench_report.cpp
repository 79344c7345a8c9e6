// The portfolio report of a synthetic portfolio of 1 000 and 100 000 initiatives (seed 42,
// generator defaults): building the report (schedule, appraisal, benefit network and every
// line) and writing it as JSON and as HTML. Each portfolio and its report are made once, outside
// the timed loops. docs/benchmarks.md ("Portfolio report") records figures.

#include <benchmark/benchmark.h>

#include <memory>

#include "tiltak/model/synthetic.hpp"
#include "tiltak/reporting/report_formats.hpp"

namespace {

struct ReportFixture {
  std::size_t size = 0;
  tiltak::Portfolio portfolio;
  tiltak::ReportOptions options;
  std::unique_ptr<tiltak::PortfolioReport> report;
};

ReportFixture& fixture(std::size_t size) {
  static std::unique_ptr<ReportFixture> slot;
  if (!slot || slot->size != size) {
    slot.reset();
    slot = std::make_unique<ReportFixture>();
    tiltak::SyntheticOptions options;
    options.initiatives = size;
    options.seed = 42;
    slot->size = size;
    slot->portfolio = tiltak::generate_portfolio(options);
    slot->options.as_of = tiltak::Date(2026, 11, 23);
  }
  return *slot;
}

const tiltak::PortfolioReport& report_of(std::size_t size) {
  ReportFixture& f = fixture(size);
  if (!f.report) f.report = std::make_unique<tiltak::PortfolioReport>(tiltak::build_report(f.portfolio, f.options));
  return *f.report;
}

void BM_BuildReport(benchmark::State& state) {
  ReportFixture& f = fixture(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::build_report(f.portfolio, f.options));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ReportToJson(benchmark::State& state) {
  const auto& report = report_of(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::report_to_json(report));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

void BM_ReportToHtml(benchmark::State& state) {
  const auto& report = report_of(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::report_to_html(report));
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

}  // namespace

// Size by size, so that each portfolio is generated once.
BENCHMARK(BM_BuildReport)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportToJson)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportToHtml)->Arg(1'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildReport)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportToJson)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReportToHtml)->Arg(100'000)->Unit(benchmark::kMillisecond);
