// The portfolio store (docs/store.md): importing a generated portfolio into a new store,
// committing a one-initiative change on a store of that size, and reading the whole portfolio
// at a revision against parsing the same JSON document; each on SQLite (`/db`) and on
// PostgreSQL (`/pg`, on the server TILTAK_TEST_POSTGRES names, e.g. one that
// scripts/postgres-test-server.sh started; skipped without one). The argument is the number of
// initiatives (synthetic generator, seed 42). Stores are made outside the timed loops.
// A change is timed on a handle that has made one before (it keeps the latest portfolio), and
// apart from that as the first change of a newly opened handle.

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "store/pg_connection.hpp"
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

const char* postgres_server() { return std::getenv("TILTAK_TEST_POSTGRES"); }

// Where one benchmark's store lives: an SQLite file in the temporary directory ("db"), or a
// schema of its own on the PostgreSQL server ("pg"). `empty()` makes a new, empty store there.
class BenchStore {
 public:
  BenchStore(const std::string& backend, const char* name, std::size_t initiatives)
      : name_("tiltak_bench_" + std::to_string(::getpid()) + "_" + name + "_" + std::to_string(initiatives)) {
    if (backend == "pg") {
      server_ = postgres_server();
      location_ = server_ + (server_.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name_;
    } else {
      location_ = (std::filesystem::temp_directory_path() / (name_ + ".db")).string();
    }
  }
  BenchStore(const BenchStore&) = delete;
  BenchStore& operator=(const BenchStore&) = delete;
  ~BenchStore() { remove(); }

  const std::string& location() const { return location_; }
  tiltak::Store empty() {
    remove();
    // The schema's name is made here of letters, digits and '_': an identifier as it stands.
    if (!server_.empty()) tiltak::detail::PgConnection(server_).execute(("CREATE SCHEMA " + name_).c_str());
    return tiltak::Store::create(location_);
  }
  // A store holding the generated portfolio as its revision 1.
  tiltak::Store imported(std::size_t initiatives) {
    empty().import_json(document(initiatives), {"bench", "import", ""});
    return tiltak::Store::open(location_);
  }

 private:
  void remove() {
    if (!server_.empty()) {
      tiltak::detail::PgConnection(server_).execute(("DROP SCHEMA IF EXISTS " + name_ + " CASCADE").c_str());
      return;
    }
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(location_ + suffix);
  }

  std::string name_;
  std::string server_;
  std::string location_;
};

bool skipped(benchmark::State& state, const std::string& backend) {
  if (backend != "pg" || postgres_server()) return false;
  state.SkipWithError("no PostgreSQL server: TILTAK_TEST_POSTGRES is not set");
  return true;
}

void BM_StoreImport(benchmark::State& state, const std::string& backend) {
  if (skipped(state, backend)) return;
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  const std::string& text = document(initiatives);
  BenchStore where(backend, "import", initiatives);
  for (auto _ : state) {
    state.PauseTiming();
    tiltak::Store store = where.empty();
    state.ResumeTiming();
    store.import_json(text, {"bench", "import", ""});
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK_CAPTURE(BM_StoreImport, db, std::string("db"))->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_StoreImport, pg, std::string("pg"))->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond)->Iterations(1);

// Times the retitling of one initiative, each committed by `commit`, on a handle that has made
// one change before: a handle's first change reads the latest portfolio (BM_StoreFirstChange).
template <class Commit>
void time_retitles(benchmark::State& state, const std::string& backend, const char* name, const Commit& commit) {
  if (skipped(state, backend)) return;
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  BenchStore where(backend, name, initiatives);
  tiltak::Store store = where.imported(initiatives);
  tiltak::Initiative initiative = store.read().initiatives[initiatives / 2];
  int round = 0;
  const auto retitle = [&] {
    initiative.title = "Tittel " + std::to_string(++round);
    commit(store, initiative);
  };
  retitle();
  for (auto _ : state) retitle();
}

// Through apply, which compares every entity with the handle's copy.
void BM_StoreOneInitiativeChange(benchmark::State& state, const std::string& backend) {
  time_retitles(state, backend, "change", [](tiltak::Store& store, const tiltak::Initiative& changed) {
    store.apply([&](tiltak::Portfolio& p) { p.find_initiative(changed.id)->title = changed.title; },
                {"bench", "retitle", ""});
  });
}
BENCHMARK_CAPTURE(BM_StoreOneInitiativeChange, db, std::string("db"))->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_StoreOneInitiativeChange, pg, std::string("pg"))->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

// Through Store::update_initiative, which compares, checks and writes only that initiative.
void BM_StoreUpdateInitiative(benchmark::State& state, const std::string& backend) {
  time_retitles(state, backend, "update", [](tiltak::Store& store, const tiltak::Initiative& changed) {
    store.update_initiative(changed, {"bench", "retitle", ""});
  });
}
BENCHMARK_CAPTURE(BM_StoreUpdateInitiative, db, std::string("db"))->Arg(1'000)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_StoreUpdateInitiative, pg, std::string("pg"))->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

// What a command that opens the store for one change pays: opening it, reading the latest
// portfolio, and committing the change.
void BM_StoreFirstChange(benchmark::State& state, const std::string& backend) {
  if (skipped(state, backend)) return;
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  BenchStore where(backend, "first", initiatives);
  (void)where.imported(initiatives);
  const tiltak::InitiativeId id = tiltak::Store::open(where.location()).read().initiatives[initiatives / 2].id;
  int round = 0;
  for (auto _ : state) {
    const std::string title = "Tittel " + std::to_string(++round);
    tiltak::Store::open(where.location())
        .apply([&](tiltak::Portfolio& p) { p.find_initiative(id)->title = title; }, {"bench", "retitle", ""});
  }
}
BENCHMARK_CAPTURE(BM_StoreFirstChange, db, std::string("db"))->Arg(10'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_StoreFirstChange, pg, std::string("pg"))->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_StoreReadAtRevision(benchmark::State& state, const std::string& backend) {
  if (skipped(state, backend)) return;
  const auto initiatives = static_cast<std::size_t>(state.range(0));
  BenchStore where(backend, "read", initiatives);
  tiltak::Store store = where.imported(initiatives);
  store.apply([](tiltak::Portfolio& p) { p.name += " (2)"; }, {"bench", "rename", ""});
  for (auto _ : state) benchmark::DoNotOptimize(store.read({1, {}}));
}
BENCHMARK_CAPTURE(BM_StoreReadAtRevision, db, std::string("db"))->Arg(10'000)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_StoreReadAtRevision, pg, std::string("pg"))->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

// The same portfolio parsed from its document, for comparison with the read above.
void BM_StoreParseDocument(benchmark::State& state) {
  const std::string& text = document(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(tiltak::parse_portfolio(text));
}
BENCHMARK(BM_StoreParseDocument)->Arg(10'000)->Unit(benchmark::kMillisecond);

}  // namespace
