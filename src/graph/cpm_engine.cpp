#include "graph/cpm_engine.hpp"

#include <algorithm>
#include <functional>
#include <queue>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/run_both.hpp"
#include "tiltak/core/error.hpp"

namespace tiltak::detail {

CpmEngine::CpmEngine(std::vector<CpmNode> nodes, const DependencyGraph& graph, std::vector<std::size_t> order)
    : nodes_(std::move(nodes)),
      graph_(graph),
      built_(graph_.edges()),
      in_edited_(nodes_.size()),
      out_edited_(nodes_.size()),
      position_(nodes_.size()),
      at_(std::move(order)),
      es_(nodes_.size(), unconstrained),
      tail_(nodes_.size(), 0),
      queued_(nodes_.size(), 0) {
  // Tails depend on durations and lags, never on starts: the two passes are independent, and
  // for a large graph each runs on its own core.
  auto forward = [&] {
    for (std::size_t p = 0; p < at_.size(); ++p) position_[at_[p]] = p;
    for (std::size_t n : at_) es_[n] = compute_start(n);
    // The multiset of counted finishes, built in one sorted sweep rather than a tree insertion
    // per node (which took a third of the passes' time on large portfolios).
    std::vector<long> finishes;
    for (std::size_t n = 0; n < nodes_.size(); ++n)
      if (nodes_[n].counted && es_[n] != unconstrained) finishes.push_back(es_[n] + nodes_[n].duration);
    std::sort(finishes.begin(), finishes.end());
    for (std::size_t i = 0; i < finishes.size();) {
      std::size_t j = i;
      while (j < finishes.size() && finishes[j] == finishes[i]) ++j;
      finishes_.emplace_hint(finishes_.end(), finishes[i], j - i);
      i = j;
    }
  };
  // A node's successors lie anywhere: their edges are fetched some nodes ahead, and their tails
  // and durations (read from the edges, in cache by then) fewer nodes ahead, so that the cache
  // misses overlap instead of coming one by one.
  auto backward = [&] {
    constexpr std::size_t edges_ahead = 8, successors_ahead = 4;
    for (std::size_t p = at_.size(); p-- > 0;) {
      if (p >= edges_ahead)
        for (const EdgeIndex e : out_edges(at_[p - edges_ahead])) __builtin_prefetch(&edge(e));
      if (p >= successors_ahead)
        for (const EdgeIndex e : out_edges(at_[p - successors_ahead])) {
          __builtin_prefetch(&tail_[edge(e).to]);
          __builtin_prefetch(&nodes_[edge(e).to]);
        }
      tail_[at_[p]] = compute_tail(at_[p]);
    }
  };
  run_both(nodes_.size(), forward, backward);
  touched_ = nodes_.size();
}

long CpmEngine::allowed_start(const CpmEdge& edge) const {
  const long from_start = es_[edge.from];
  const long from_finish = from_start + nodes_[edge.from].duration;
  const long to_duration = nodes_[edge.to].duration;
  switch (edge.type) {
    case DependencyType::finish_to_start: return from_finish + edge.lag_days;
    case DependencyType::start_to_start: return from_start + edge.lag_days;
    case DependencyType::finish_to_finish: return from_finish + edge.lag_days - to_duration;
    case DependencyType::start_to_finish: return from_start + edge.lag_days - to_duration;
  }
  return from_finish + edge.lag_days;
}

long CpmEngine::compute_start(std::size_t n) const {
  if (nodes_[n].fixed) return *nodes_[n].fixed;
  long start = nodes_[n].not_before;
  for (std::size_t e : in_edges(n)) {
    const CpmEdge& in = edge(e);
    if (es_[in.from] != unconstrained) start = std::max(start, allowed_start(in));
  }
  return start;
}

long CpmEngine::compute_tail(std::size_t n) const {
  long tail = 0;
  const long own = nodes_[n].duration;
  for (std::size_t e : out_edges(n)) {
    const CpmEdge& out = edge(e);
    const long next = tail_[out.to] + nodes_[out.to].duration;  // F − LS of the successor
    switch (out.type) {
      case DependencyType::finish_to_start: tail = std::max(tail, next + out.lag_days); break;
      case DependencyType::start_to_start: tail = std::max(tail, next + out.lag_days - own); break;
      case DependencyType::finish_to_finish: tail = std::max(tail, tail_[out.to] + out.lag_days); break;
      case DependencyType::start_to_finish: tail = std::max(tail, tail_[out.to] + out.lag_days - own); break;
    }
  }
  return tail;
}

void CpmEngine::record_finish(std::size_t n, long old_start, long new_start) {
  if (!nodes_[n].counted) return;
  if (old_start != unconstrained) {
    auto it = finishes_.find(old_start + nodes_[n].duration);
    if (--it->second == 0) finishes_.erase(it);
  }
  if (new_start != unconstrained) ++finishes_[new_start + nodes_[n].duration];
}

long CpmEngine::finish() const noexcept { return finishes_.empty() ? unconstrained : finishes_.rbegin()->first; }

long CpmEngine::slack(const CpmEdge& edge) const { return es_[edge.to] - allowed_start(edge); }

long CpmEngine::free_float(std::size_t n) const {
  long room = finish() - earliest_finish(n);
  for (std::size_t e : out_edges(n))
    if (es_[edge(e).to] != unconstrained) room = std::min(room, slack(edge(e)));
  return room;
}

// Recomputes nodes from `seeds` in topological position order (`Order` std::greater: earliest
// first, for the forward pass) or its reverse (std::less: latest first, backward), each once,
// after all its changed inputs. `update(n)` recomputes a node and says whether it changed; a
// changed or seeded node hands the work on to `next(n)`'s nodes.
template <class Order, class Update, class Next>
void CpmEngine::propagate(const std::vector<std::size_t>& seeds, Update update, Next next) {
  std::priority_queue<std::size_t, std::vector<std::size_t>, Order> queue;
  auto push = [&](std::size_t n) {
    if (!std::exchange(queued_[n], char{1})) queue.push(position_[n]);
  };
  for (std::size_t n : seeds) push(n);
  while (!queue.empty()) {
    const std::size_t n = at_[queue.top()];
    queue.pop();
    queued_[n] = 0;
    ++touched_;
    const bool seeded = std::find(seeds.begin(), seeds.end(), n) != seeds.end();
    if (!update(n) && !seeded) continue;
    next(n, push);
  }
}

void CpmEngine::propagate_forward(const std::vector<std::size_t>& seeds) {
  propagate<std::greater<>>(
      seeds,
      [&](std::size_t n) {
        const long old_start = es_[n], new_start = compute_start(n);
        if (new_start == old_start) return false;
        es_[n] = new_start;
        record_finish(n, old_start, new_start);
        return true;
      },
      [&](std::size_t n, auto& push) {
        for (std::size_t e : out_edges(n)) push(edge(e).to);
      });
}

void CpmEngine::propagate_backward(const std::vector<std::size_t>& seeds) {
  propagate<std::less<>>(
      seeds,
      [&](std::size_t n) {
        const long old_tail = std::exchange(tail_[n], compute_tail(n));
        return old_tail != tail_[n];
      },
      [&](std::size_t n, auto& push) {
        for (std::size_t e : in_edges(n)) push(edge(e).from);
      });
}

void CpmEngine::set_node(std::size_t n, const CpmNode& data) {
  touched_ = 0;
  const bool resized = data.duration != nodes_[n].duration;
  record_finish(n, es_[n], unconstrained);  // forget the finish under the old duration
  nodes_[n] = data;
  record_finish(n, unconstrained, es_[n]);
  propagate_forward({n});
  // Tails depend on durations and lags only, never on starts: a node that keeps its duration
  // changes no tail. Skipping the pass matters when a prerequisite is a shared component with
  // thousands of dependents, whose tail would be recomputed over all of them.
  if (!resized) return;
  // The node's tail depends on its own duration (start-based edges), its prerequisites' tails
  // on its duration.
  std::vector<std::size_t> seeds{n};
  for (std::size_t e : in_edges(n)) seeds.push_back(edge(e).from);
  propagate_backward(seeds);
}

std::size_t CpmEngine::add_edge(const CpmEdge& added) {
  touched_ = 0;
  if (added.from == added.to) throw Error(ErrorCode::validation_error, "a node cannot depend on itself");
  if (free_edges_.empty() && built_.size() + added_.size() >= Adjacency::max_count)
    throw std::length_error("more than " + std::to_string(Adjacency::max_count) + " edges");
  if (position_[added.from] > position_[added.to]) restore_order_for(added.from, added.to);
  std::size_t e = built_.size() + added_.size();
  if (free_edges_.empty()) {
    added_.push_back(added);
  } else {
    e = free_edges_.back();
    free_edges_.pop_back();
    added_[e - built_.size()] = added;
  }
  in_edited_.edit(added.to, graph_.in_edges(added.to)).push_back(static_cast<EdgeIndex>(e));
  out_edited_.edit(added.from, graph_.out_edges(added.from)).push_back(static_cast<EdgeIndex>(e));
  propagate_forward({added.to});
  propagate_backward({added.from});
  return e;
}

void CpmEngine::remove_edge(std::size_t e) {
  touched_ = 0;
  if (e >= built_.size() + added_.size()) throw std::out_of_range("no edge " + std::to_string(e));
  const CpmEdge removed = edge(e);
  std::erase(in_edited_.edit(removed.to, graph_.in_edges(removed.to)), e);
  std::erase(out_edited_.edit(removed.from, graph_.out_edges(removed.from)), e);
  if (e >= built_.size()) free_edges_.push_back(e);
  propagate_forward({removed.to});
  propagate_backward({removed.from});
}

// Pearce and Kelly's dynamic topological order: when a new edge from → to runs against the
// order, only the nodes between the two positions that are reachable forward from `to` or
// backward from `from` are renumbered, among the positions they already hold.
void CpmEngine::restore_order_for(std::size_t from, std::size_t to) {
  const std::size_t lower = position_[to], upper = position_[from];
  std::vector<std::size_t> forward, backward, stack;
  auto search = [&](std::size_t start, bool downstream, std::vector<std::size_t>& found) {
    stack.assign(1, start);
    queued_[start] = 1;
    while (!stack.empty()) {
      const std::size_t n = stack.back();
      stack.pop_back();
      found.push_back(n);
      for (std::size_t e : downstream ? out_edges(n) : in_edges(n)) {
        const std::size_t next = downstream ? edge(e).to : edge(e).from;
        if (queued_[next]) continue;
        if (downstream ? position_[next] > upper : position_[next] < lower) continue;
        queued_[next] = 1;
        stack.push_back(next);
      }
    }
  };
  search(to, true, forward);
  const bool closes_cycle = std::find(forward.begin(), forward.end(), from) != forward.end();
  if (!closes_cycle) search(from, false, backward);
  for (std::size_t n : forward) queued_[n] = 0;
  for (std::size_t n : backward) queued_[n] = 0;
  if (closes_cycle) throw Error(ErrorCode::validation_error, "the dependency would close a cycle");

  auto by_position = [&](std::size_t a, std::size_t b) { return position_[a] < position_[b]; };
  std::sort(forward.begin(), forward.end(), by_position);
  std::sort(backward.begin(), backward.end(), by_position);
  std::vector<std::size_t> moved = backward;  // the prerequisites' side comes first
  moved.insert(moved.end(), forward.begin(), forward.end());
  std::vector<std::size_t> positions;
  positions.reserve(moved.size());
  for (std::size_t n : moved) positions.push_back(position_[n]);
  std::sort(positions.begin(), positions.end());
  for (std::size_t i = 0; i < moved.size(); ++i) {
    position_[moved[i]] = positions[i];
    at_[positions[i]] = moved[i];
  }
}

}  // namespace tiltak::detail
