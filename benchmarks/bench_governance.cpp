// The compliance check with the shipped Norwegian rulebook on synthetic portfolios of 1 000
// and 100 000 initiatives (seed 42, generator defaults), and the decision log: hashing and
// verifying a chain of 10 000 decisions. docs/benchmarks.md ("Governance") records figures.

#include <benchmark/benchmark.h>

#include <cstddef>

#include "tiltak/governance/compliance.hpp"
#include "tiltak/governance/decision_log.hpp"
#include "tiltak/model/synthetic.hpp"

namespace {

tiltak::Portfolio synthetic(std::size_t size) {
  tiltak::SyntheticOptions options;
  options.initiatives = size;
  options.seed = 42;
  return tiltak::generate_portfolio(options);
}

void BM_Check(benchmark::State& state) {
  const auto portfolio = synthetic(static_cast<std::size_t>(state.range(0)));
  const auto rulebook = tiltak::builtin_rulebook("no-default");
  const tiltak::Date as_of(2026, 11, 23);
  std::size_t findings = 0;
  for (auto _ : state) {
    const auto report = tiltak::check(portfolio, rulebook, as_of);
    findings = report.findings.size();
    benchmark::DoNotOptimize(findings);
  }
  state.counters["findings"] = static_cast<double>(findings);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Check)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

std::vector<tiltak::Decision> chain(std::size_t size) {
  std::vector<tiltak::Decision> log;
  for (std::size_t i = 0; i < size; ++i) {
    tiltak::Decision d;
    d.initiative = tiltak::InitiativeId("T-" + std::to_string(i));
    d.date = tiltak::Date(2026, 1, 1);
    d.reason = "Vedtatt i digitaliseringsrådet";
    tiltak::append_decision(log, std::move(d));
  }
  return log;
}

void BM_VerifyDecisionLog(benchmark::State& state) {
  const auto log = chain(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::verify_decision_log(log).intact);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_VerifyDecisionLog)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
