#include "graph/strong_components.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <stdexcept>

namespace tiltak::detail {

StrongComponents strong_components(std::size_t node_count,
                                   std::span<const std::pair<std::size_t, std::size_t>> edges) {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  const Graph graph(edges.begin(), edges.end(), node_count);
  StrongComponents out;
  out.of.resize(node_count);
  out.count = boost::strong_components(
      graph, boost::make_iterator_property_map(out.of.begin(), boost::get(boost::vertex_index, graph)));
  for (const auto& [from, to] : edges)
    if (out.of[from] < out.of[to]) throw std::logic_error("strong components out of reverse topological order");
  return out;
}

}  // namespace tiltak::detail
