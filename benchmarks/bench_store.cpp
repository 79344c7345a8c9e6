// The portfolio store (docs/store.md): importing a generated portfolio into a new SQLite store,
// committing a one-initiative change on a store of that size, and reading the whole portfolio
// at a revision against parsing the same JSON document. The argument is the number of
// initiatives (synthetic generator, seed 42). Stores live in the temporary directory and are
// made outside the timed loops.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>

#include "tiltak/io/portfolio_json.hpp"
#include "tiltak/model/synthetic.hpp"
#include "tiltak/store/store.hpp"

namespace {

const std::string& document(std::size_t initiatives) {
  static std::map<std::size_t, std::string> documents;
  auto& text = documents[initiatives];
  if (text.empty()) {
    tiltak::SyntheticOptions options;
    options.initiatives = initiatives;
    options.seed = 42;
    text = tiltak::to_json(tiltak::generate_portfolio(options));
  }
  return text;
}

std::string store_path(const char* name, std::size_t initiatives) {
  return (std::filesystem::temp_directory_path() /
          ("tiltak-bench-" + std::to_string(::getpid()) + "-" + name + "-" + std::to_string(initiatives) + ".db"))
      .string();
}

void remove_store(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// A store holding the generated portfolio as its revision 1.
std::string imported_store(const char* name, std::size_t initiatives) {
  const std::string path = store_path(name, initiatives);
  remove_store(path);
  tiltak::Store::create(path).import_json(document(initiatives), {"bench", "import", ""});
  return path;
}

void BM_StoreImport(benchmark::State& state) {
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  const std::string& text = document(initiatives);
  const std::string path = store_path("import", initiatives);
  for (auto _ : state) {
    state.PauseTiming();
    remove_store(path);
    tiltak::Store store = tiltak::Store::create(path);
    state.ResumeTiming();
    store.import_json(text, {"bench", "import", ""});
  }
  remove_store(path);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_StoreImport)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_StoreOneInitiativeChange(benchmark::State& state) {
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  const std::string path = imported_store("change", initiatives);
  tiltak::Store store = tiltak::Store::open(path);
  const tiltak::InitiativeId id = store.read().initiatives[initiatives / 2].id;
  int round = 0;
  for (auto _ : state) {
    const std::string title = "Tittel " + std::to_string(++round);
    store.apply([&](tiltak::Portfolio& p) { p.find_initiative(id)->title = title; }, {"bench", "retitle", ""});
  }
  remove_store(path);
}
BENCHMARK(BM_StoreOneInitiativeChange)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_StoreReadAtRevision(benchmark::State& state) {
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  const std::string path = imported_store("read", initiatives);
  tiltak::Store store = tiltak::Store::open(path);
  store.apply([](tiltak::Portfolio& p) { p.name += " (2)"; }, {"bench", "rename", ""});
  for (auto _ : state) benchmark::DoNotOptimize(store.read({1, {}}));
  remove_store(path);
}
BENCHMARK(BM_StoreReadAtRevision)->Arg(10'000)->Unit(benchmark::kMillisecond);

// The same portfolio parsed from its document, for comparison with the read above.
void BM_StoreParseDocument(benchmark::State& state) {
  const std::string& text = document(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::parse_portfolio(text));
}
BENCHMARK(BM_StoreParseDocument)->Arg(10'000)->Unit(benchmark::kMillisecond);

}  // namespace
