// The schedule on many generated portfolios, against a second, straightforward method (repeated
// relaxation of every constraint until nothing changes, on absolute dates), and the incremental
// schedule against a full recomputation after random changes.

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <map>
#include <random>

#include "tiltak/core/error.hpp"
#include "tiltak/graph/dependency_graph.hpp"
#include "tiltak/graph/incremental_schedule.hpp"
#include "tiltak/model/synthetic.hpp"

namespace tiltak {
namespace {

constexpr long none = std::numeric_limits<long>::min() / 4;

long day_number(Date date) { return static_cast<long>(date.day_number()); }

struct ReferenceNode {
  long duration = 0, not_before = none, fixed = none, es = none, lf = 0;
  bool counted = false;
};

struct ReferenceEdge {
  std::size_t from, to;
  DependencyType type;
  long lag;
};

// The critical-path method written as plainly as possible, in calendar days.
class ReferenceSchedule {
 public:
  explicit ReferenceSchedule(const Portfolio& p) {
    for (const auto& initiative : p.initiatives) {
      if (is_dropped(initiative.stage)) continue;
      index_[initiative.id.str()] = nodes_.size();
      nodes_.push_back(node_of(initiative));
    }
    for (const auto& component : p.components) {
      index_[component.id.str()] = nodes_.size();
      ReferenceNode node;
      if (component.available_from) node.fixed = day_number(*component.available_from);
      nodes_.push_back(node);
    }
    for (const auto& initiative : p.initiatives) {
      if (is_dropped(initiative.stage)) continue;
      for (const auto& d : initiative.dependencies) {
        const auto& on = std::visit([](const auto& id) -> const std::string& { return id.str(); }, d.on);
        if (auto it = index_.find(on); it != index_.end())
          edges_.push_back({it->second, index_[initiative.id.str()], d.type, d.lag_days});
      }
    }
    out_.resize(nodes_.size());
    for (std::size_t e = 0; e < edges_.size(); ++e) out_[edges_[e].from].push_back(e);
    forward();
    backward();
  }

  const ReferenceNode* find(const std::string& id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? nullptr : &nodes_[it->second];
  }
  long finish() const { return finish_; }
  long free_float(const std::string& id) const {
    const std::size_t n = index_.at(id);
    long room = finish_ - (nodes_[n].es + nodes_[n].duration);
    for (std::size_t e : out_[n])
      if (nodes_[edges_[e].to].es != none) room = std::min(room, nodes_[edges_[e].to].es - allowed(edges_[e]));
    return room;
  }

 private:
  static ReferenceNode node_of(const Initiative& i) {
    ReferenceNode node;
    auto days = [](Date a, Date b) { return static_cast<long>((b - a).days()) + 1; };
    if (i.actual.start && i.actual.end) {
      node.duration = days(*i.actual.start, *i.actual.end);
      node.counted = true;
    } else if (i.actual.start && i.planned.end && *i.planned.end >= *i.actual.start) {
      node.duration = i.planned.start ? days(*i.planned.start, *i.planned.end) : days(*i.actual.start, *i.planned.end);
      node.counted = true;
    } else if (i.planned.start && i.planned.end) {
      node.duration = days(*i.planned.start, *i.planned.end);
      node.counted = true;
    }
    if (i.planned.start) node.not_before = day_number(*i.planned.start);
    if (i.actual.start)
      node.fixed = day_number(*i.actual.start);
    else if (i.fixed_start)
      node.fixed = day_number(*i.fixed_start);
    return node;
  }

  long allowed(const ReferenceEdge& e) const {
    const ReferenceNode &a = nodes_[e.from], &b = nodes_[e.to];
    switch (e.type) {
      case DependencyType::finish_to_start: return a.es + a.duration + e.lag;
      case DependencyType::start_to_start: return a.es + e.lag;
      case DependencyType::finish_to_finish: return a.es + a.duration + e.lag - b.duration;
      case DependencyType::start_to_finish: return a.es + e.lag - b.duration;
    }
    return 0;
  }

  void forward() {
    for (auto& node : nodes_) node.es = node.fixed != none ? node.fixed : node.not_before;
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& e : edges_) {
        ReferenceNode& b = nodes_[e.to];
        if (nodes_[e.from].es == none || b.fixed != none) continue;
        if (const long start = allowed(e); start > b.es) b.es = start, changed = true;
      }
    }
    finish_ = none;
    for (const auto& node : nodes_)
      if (node.counted && node.es != none) finish_ = std::max(finish_, node.es + node.duration);
  }

  void backward() {
    for (auto& node : nodes_) node.lf = finish_;
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& e : edges_) {
        ReferenceNode &a = nodes_[e.from], &b = nodes_[e.to];
        long bound = 0;
        switch (e.type) {
          case DependencyType::finish_to_start: bound = b.lf - b.duration - e.lag; break;
          case DependencyType::start_to_start: bound = b.lf - b.duration - e.lag + a.duration; break;
          case DependencyType::finish_to_finish: bound = b.lf - e.lag; break;
          case DependencyType::start_to_finish: bound = b.lf - e.lag + a.duration; break;
        }
        if (bound < a.lf) a.lf = bound, changed = true;
      }
    }
  }

  std::map<std::string, std::size_t> index_;  // id → node
  std::vector<ReferenceNode> nodes_;
  std::vector<ReferenceEdge> edges_;
  std::vector<std::vector<std::size_t>> out_;  // node → its edges to dependents
  long finish_ = none;
};

void expect_matches_reference(const Portfolio& portfolio) {
  const long first_day = day_number(Date(1900, 1, 1));
  const Schedule schedule = compute_schedule(portfolio);
  const ReferenceSchedule reference(portfolio);
  ASSERT_FALSE(schedule.initiatives.empty());
  for (const auto& s : schedule.initiatives) {
    const ReferenceNode* r = reference.find(s.id.str());
    ASSERT_NE(r, nullptr);
    const long es = day_number(s.earliest_start);
    const long ls = day_number(s.latest_start);
    EXPECT_EQ(es, r->es) << s.id.str();
    // Latest starts before the calendar's first day are given as that day (schedule.hpp);
    // the float keeps the exact figure.
    EXPECT_EQ(ls, std::max(r->lf - r->duration, first_day)) << s.id.str();
    EXPECT_EQ(s.duration, r->duration) << s.id.str();
    EXPECT_EQ(s.total_float, r->lf - r->duration - r->es) << s.id.str();
    EXPECT_EQ(s.free_float, reference.free_float(s.id.str())) << s.id.str();
    EXPECT_EQ(s.critical, r->lf - r->duration - r->es <= 0) << s.id.str();
  }
  EXPECT_EQ(day_number(*schedule.finish) + 1, reference.finish());
}

// Past 32 768 nodes and dependencies (detail::parallel_from), building the graph, preparing the
// schedule and the two passes each run on two threads (and the tsan preset runs this test under
// ThreadSanitizer): the result is still the straightforward method's.
TEST(ParallelBuild, LargePortfolioMatchesAStraightforwardMethod) {
  const Portfolio portfolio =
      generate_portfolio({.initiatives = 36'000, .seed = 11, .dependencies_per_initiative = 2.5});
  ASSERT_GT(DependencyGraph(portfolio).nodes().size(), 32'768u);
  expect_matches_reference(portfolio);
}

// The graph's nodes, edges and issues in portfolio order, wherever the work was split: made
// here one dependency at a time.
TEST(ParallelBuild, LargePortfolioGraphIsInPortfolioOrder) {
  const Portfolio portfolio =
      generate_portfolio({.initiatives = 36'000, .seed = 12, .dependencies_per_initiative = 2.5});
  const DependencyGraph graph(portfolio);
  std::map<std::string, std::size_t> node_of;
  std::vector<std::string> ids;
  for (const auto& initiative : portfolio.initiatives)
    if (!is_dropped(initiative.stage)) {
      node_of.emplace(initiative.id.str(), ids.size());
      ids.push_back(initiative.id.str());
    }
  ASSERT_EQ(graph.nodes().size(), ids.size() + portfolio.components.size());
  for (std::size_t n = 0; n < ids.size(); ++n) ASSERT_EQ(graph.nodes()[n].id, ids[n]);
  std::vector<ReferenceEdge> edges;
  std::vector<std::vector<std::string>> issue_paths;
  for (const auto& initiative : portfolio.initiatives) {
    if (is_dropped(initiative.stage)) continue;
    for (const auto& d : initiative.dependencies) {
      const auto& on = std::visit([](const auto& id) -> const std::string& { return id.str(); }, d.on);
      if (std::holds_alternative<ComponentId>(d.on)) {
        std::size_t c = 0;
        while (portfolio.components[c].id.str() != on) ++c;
        edges.push_back({ids.size() + c, node_of.at(initiative.id.str()), d.type, d.lag_days});
      } else if (const auto it = node_of.find(on); it != node_of.end()) {
        edges.push_back({it->second, node_of.at(initiative.id.str()), d.type, d.lag_days});
      } else {
        issue_paths.push_back({initiative.id.str(), on});
      }
    }
  }
  ASSERT_EQ(graph.edges().size(), edges.size());
  for (std::size_t e = 0; e < edges.size(); ++e) {
    EXPECT_EQ(graph.edges()[e].from, edges[e].from) << e;
    EXPECT_EQ(graph.edges()[e].to, edges[e].to) << e;
    EXPECT_EQ(graph.edges()[e].lag_days, edges[e].lag) << e;
  }
  ASSERT_FALSE(issue_paths.empty());
  ASSERT_EQ(graph.issues().size(), issue_paths.size());
  for (std::size_t i = 0; i < issue_paths.size(); ++i) EXPECT_EQ(graph.issues()[i].path, issue_paths[i]) << i;
}

TEST(ScheduleProperties, MatchesAStraightforwardMethodOnGeneratedPortfolios) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    expect_matches_reference(generate_portfolio({.initiatives = 150, .seed = seed, .dependencies_per_initiative = 2.5}));
  }
}

TEST(ScheduleProperties, MatchesWithFixedStartsAndEveryConstraintType) {
  for (std::uint64_t seed = 100; seed < 120; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    Portfolio portfolio = generate_portfolio({.initiatives = 120, .seed = seed, .dependencies_per_initiative = 3});
    std::mt19937_64 random(seed);
    for (auto& initiative : portfolio.initiatives) {
      if (initiative.planned.start && !initiative.actual.start && random() % 10 == 0)
        initiative.fixed_start = *initiative.planned.start + boost::gregorian::days(static_cast<long>(random() % 60));
      for (auto& dependency : initiative.dependencies) {
        dependency.type = static_cast<DependencyType>(random() % 4);
        dependency.lag_days = static_cast<int>(random() % 41) - 10;
      }
    }
    expect_matches_reference(portfolio);
  }
}

// The schedule compared as sets where the order is not part of the answer.
void expect_same(Schedule a, Schedule b) {
  auto by_text = [](auto& items) { std::sort(items.begin(), items.end(), [](const auto& x, const auto& y) { return x < y; }); };
  by_text(a.critical_paths);
  by_text(b.critical_paths);
  auto by_pair = [](const ScheduleConflict& x, const ScheduleConflict& y) {
    return std::tie(x.initiative, x.prerequisite, x.message) < std::tie(y.initiative, y.prerequisite, y.message);
  };
  std::sort(a.conflicts.begin(), a.conflicts.end(), by_pair);
  std::sort(b.conflicts.begin(), b.conflicts.end(), by_pair);
  EXPECT_EQ(a, b);
}

TEST(ScheduleProperties, IncrementalChangesEqualAFullRecomputation) {
  const ScheduleOptions options{.critical_path_limit = 100000};
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    Portfolio portfolio = generate_portfolio({.initiatives = 120, .seed = seed, .dependencies_per_initiative = 2});
    IncrementalSchedule incremental(portfolio, options);
    std::mt19937_64 random(seed * 7919);
    for (int step = 0; step < 60; ++step) {
      Initiative& initiative = portfolio.initiatives[random() % portfolio.initiatives.size()];
      if (is_dropped(initiative.stage)) continue;
      const auto choice = random() % 3;
      if (choice == 0 && initiative.planned.start) {  // move and stretch
        const auto shift = boost::gregorian::days(static_cast<long>(random() % 61) - 30);
        initiative.planned.start = *initiative.planned.start + shift;
        if (initiative.planned.end)
          initiative.planned.end = std::max(*initiative.planned.start,
                                            *initiative.planned.end + shift +
                                                boost::gregorian::days(static_cast<long>(random() % 21) - 10));
        incremental.set_dates(initiative.id, initiative.planned, initiative.actual, initiative.fixed_start);
      } else if (choice == 1) {  // a new dependency, in either direction (cycles are refused)
        const Initiative& other = portfolio.initiatives[random() % portfolio.initiatives.size()];
        if (is_dropped(other.stage) || other.id == initiative.id) continue;
        const Dependency dependency{other.id, static_cast<DependencyType>(random() % 4),
                                    static_cast<int>(random() % 21) - 5};
        try {
          incremental.add_dependency(initiative.id, dependency);
        } catch (const Error& error) {
          EXPECT_EQ(error.code(), ErrorCode::validation_error);
          continue;
        }
        initiative.dependencies.push_back(dependency);
      } else if (!initiative.dependencies.empty()) {
        const auto which = random() % initiative.dependencies.size();
        const Dependency dependency = initiative.dependencies[which];
        const bool on_dropped =
            std::holds_alternative<InitiativeId>(dependency.on) &&
            is_dropped(portfolio.find_initiative(std::get<InitiativeId>(dependency.on))->stage);
        if (on_dropped) continue;  // not an edge of the schedule
        incremental.remove_dependency(initiative.id, dependency);
        initiative.dependencies.erase(initiative.dependencies.begin() + static_cast<std::ptrdiff_t>(which));
      }
      expect_same(incremental.schedule(), compute_schedule(portfolio, options));
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(ScheduleProperties, ALeafChangeRecomputesOnlyItsNeighbourhood) {
  Portfolio portfolio = generate_portfolio({.initiatives = 2000, .seed = 3});
  IncrementalSchedule incremental(portfolio);
  // The last dated initiative still in play: nothing in the generated graph depends on it, as
  // generated dependencies point to earlier initiatives only.
  auto it = std::find_if(portfolio.initiatives.rbegin(), portfolio.initiatives.rend(), [](const Initiative& i) {
    return !is_dropped(i.stage) && i.planned.start && i.planned.end && !i.actual.start;
  });
  ASSERT_NE(it, portfolio.initiatives.rend());
  Initiative& leaf = *it;
  leaf.planned.end = *leaf.planned.end + boost::gregorian::days(5);
  incremental.set_dates(leaf.id, leaf.planned, leaf.actual, leaf.fixed_start);
  // The leaf, and the prerequisites whose tails it lengthens: a few dozen of 2 000 at most.
  EXPECT_LT(incremental.last_change_recomputed(), 50u);
  expect_same(incremental.schedule(), compute_schedule(portfolio));
}

TEST(ScheduleProperties, AddingADependencyThatClosesACycleChangesNothing) {
  Portfolio portfolio = generate_portfolio({.initiatives = 200, .seed = 5});
  IncrementalSchedule incremental(portfolio);
  const Schedule before = incremental.schedule();
  // Find an initiative with an initiative prerequisite and make the prerequisite depend on it.
  for (const auto& initiative : portfolio.initiatives) {
    for (const auto& dependency : initiative.dependencies) {
      const auto* on = std::get_if<InitiativeId>(&dependency.on);
      if (!on || is_dropped(initiative.stage) || is_dropped(portfolio.find_initiative(*on)->stage)) continue;
      try {
        incremental.add_dependency(*on, {initiative.id, DependencyType::finish_to_start, 0});
        FAIL() << "a cycle was accepted";
      } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("would close a dependency cycle"), std::string::npos);
      }
      EXPECT_EQ(incremental.schedule(), before);
      return;
    }
  }
  FAIL() << "no dependency in the generated portfolio";
}

}  // namespace
}  // namespace tiltak
