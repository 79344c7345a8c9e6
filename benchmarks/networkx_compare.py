#!/usr/bin/python3
"""Times networkx on the same dependency graphs as bench_graph.cpp, for comparison.

The graphs come from the tiltak tool itself, so both sides see exactly the same nodes and
edges: `tiltak generate --size N --seed 42 --dependencies 5` writes the synthetic portfolio
that bench_graph.cpp generates in memory, and `tiltak graph FILE --format json` gives its
graph (nodes, edges) and schedule (each initiative's duration in days).

For each size the script builds an nx.DiGraph from the edges, each edge weighted with its
prerequisite's duration, and times

  - nx.topological_sort (as list(...)): compare with BM_TopologicalOrder;
  - nx.dag_longest_path(weight="weight"): the longest chain of durations, i.e. what the
    critical-path forward pass computes (networkx does its own topological sort inside);
    compare with BM_CpmPasses (tiltak's forward and backward passes on the graph already
    built), and, with the DiGraph's construction added, with BM_FullCpm (tiltak's graph built
    from the portfolio, then both passes).

Run with Debian's Python and networkx (apt-get install python3-networkx):

  cmake --build build/release --target tiltak_cli tiltak_benchmarks
  build/release/benchmarks/tiltak_benchmarks --benchmark_filter='BM_(TopologicalOrder|CpmPasses|FullCpm)/' \\
      --benchmark_out=graph.json --benchmark_out_format=json
  /usr/bin/python3 benchmarks/networkx_compare.py --tiltak build/release/bin/tiltak --cpp-results graph.json

1 000 000 initiatives are left out by default: their portfolio document is about 3.5 GB and
loading it in the tiltak tool takes some 19 GB of memory, and networkx then needs several GB
and minutes more. Ask for them with --sizes 1000,100000,1000000 on a large machine.
"""

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import networkx as nx


def graph_document(tiltak, size, seed, dependencies, workdir):
    portfolio = os.path.join(workdir, f"portfolio-{size}.json")
    subprocess.run(
        [tiltak, "generate", "--size", str(size), "--seed", str(seed), "--dependencies", str(dependencies),
         "-o", portfolio],
        check=True, stdout=subprocess.DEVNULL)
    # Exit status 1 means conflicts (fixed starts a prerequisite does not allow), which the
    # generator produces on purpose; the document is complete either way.
    result = subprocess.run([tiltak, "graph", portfolio, "--format", "json"], stdout=subprocess.PIPE)
    os.remove(portfolio)
    if result.returncode not in (0, 1):
        sys.exit(f"tiltak graph failed with status {result.returncode}")
    return json.loads(result.stdout)


def build_digraph(document):
    durations = {s["id"]: s["duration"] for s in document["schedule"]["initiatives"]}

    def key(node_id, kind):
        return node_id if kind == "initiative" else "component:" + node_id

    graph = nx.DiGraph()
    for node in document["graph"]["nodes"]:
        graph.add_node(key(node["id"], node["kind"]))
    for edge in document["graph"]["edges"]:
        duration = durations.get(edge["from"], 0) if edge["from_kind"] == "initiative" else 0
        graph.add_edge(key(edge["from"], edge["from_kind"]), edge["to"], weight=duration)
    return graph


def timed(function, repetitions):
    """The median wall-clock time of `repetitions` calls, in milliseconds, and the last result."""
    times, result = [], None
    for _ in range(repetitions):
        gc.collect()
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), result


def cpp_figures(path):
    """Wall-clock time in ms per benchmark name from a Google Benchmark JSON file (medians if
    aggregated). Wall clock, as networkx is timed: tiltak splits large builds over two threads."""
    if not path:
        return {}
    with open(path, encoding="utf-8") as stream:
        results = json.load(stream)["benchmarks"]
    unit = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}
    figures = {}
    for result in results:
        if result.get("run_type") == "aggregate" and result.get("aggregate_name") != "median":
            continue
        # "BM_FullCpm/1000000/iterations:3/process_time" → "BM_FullCpm/1000000"
        name = "/".join(result.get("run_name", result["name"]).split("/")[:2])
        figures[name] = result["real_time"] * unit[result.get("time_unit", "ns")]
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tiltak", default="build/release/bin/tiltak", help="the tiltak tool")
    parser.add_argument("--sizes", default="1000,100000", help="comma-separated initiative counts")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--dependencies", type=float, default=5)
    parser.add_argument("--cpp-results", help="Google Benchmark JSON output of tiltak_benchmarks, for ratios")
    arguments = parser.parse_args()
    sizes = [int(s) for s in arguments.sizes.split(",")]
    cpp = cpp_figures(arguments.cpp_results)

    print(f"networkx {nx.__version__}, Python {sys.version.split()[0]}; median wall-clock times")
    rows = []
    with tempfile.TemporaryDirectory(prefix="tiltak-nx-") as workdir:
        for size in sizes:
            document = graph_document(arguments.tiltak, size, arguments.seed, arguments.dependencies, workdir)
            repetitions = 21 if size <= 10_000 else 3
            build_ms, graph = timed(lambda: build_digraph(document), 1 if size > 10_000 else 5)
            del document
            topo_ms, order = timed(lambda: list(nx.topological_sort(graph)), repetitions)
            longest_ms, path = timed(lambda: nx.dag_longest_path(graph, weight="weight"), repetitions)
            length = sum(graph.edges[a, b]["weight"] for a, b in zip(path, path[1:]))
            rows.append((size, graph.number_of_nodes(), graph.number_of_edges(), build_ms, topo_ms, longest_ms,
                         len(path), length))
            del graph, order, path
            gc.collect()
        if 1_000_000 not in sizes:
            print("(1 000 000 initiatives skipped: their document needs ~19 GB to load; see the docstring)")

    print()
    print(f"{'initiatives':>11} {'nodes':>9} {'edges':>9} {'DiGraph ms':>11} {'topo_sort ms':>13} "
          f"{'longest_path ms':>16} {'path nodes':>10} {'path days':>10}")
    for size, nodes, edges, build_ms, topo_ms, longest_ms, path_nodes, days in rows:
        print(f"{size:>11} {nodes:>9} {edges:>9} {build_ms:>11.1f} {topo_ms:>13.2f} {longest_ms:>16.2f} "
              f"{path_nodes:>10} {days:>10}")

    if cpp:
        def ratio(nx_ms, cpp_ms):
            return f"{nx_ms / cpp_ms:.1f}x" if cpp_ms else "-"

        print()
        print("ratios, networkx time / tiltak wall-clock time (tiltak from --cpp-results):")
        print("  topological order:  nx.topological_sort / BM_TopologicalOrder")
        print("  CPM on a built graph: nx.dag_longest_path / BM_CpmPasses (tiltak: forward and backward pass)")
        print("  end to end:         (DiGraph from the edge list + dag_longest_path) / BM_FullCpm")
        print("                      (tiltak: graph from the portfolio's string ids, both passes)")
        print(f"{'initiatives':>11} {'topological order':>18} {'CPM on a built graph':>21} {'end to end':>11}")
        for size, _, _, build_ms, topo_ms, longest_ms, _, _ in rows:
            topo = cpp.get(f"BM_TopologicalOrder/{size}")
            passes = cpp.get(f"BM_CpmPasses/{size}")
            full = cpp.get(f"BM_FullCpm/{size}")
            print(f"{size:>11} {ratio(topo_ms, topo):>18} {ratio(longest_ms, passes):>21} "
                  f"{ratio(build_ms + longest_ms, full):>11}")


if __name__ == "__main__":
    main()
