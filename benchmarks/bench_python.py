#!/usr/bin/python3
"""The Python module's overhead over the C++ core when loading a large portfolio.

The document is the one bench_load.cpp uses: the synthetic portfolio of 100 000 initiatives,
seed 42, defaults otherwise (about 325 MB of JSON). This script times, best of --repeat runs:

  Portfolio.from_json(text)   the text already in memory: the same work as the C++
                              BM_ParsePortfolio (parse_portfolio on a std::string)
  Portfolio.load(path)        reading the file as well (load_portfolio)
  read file                   reading the file alone, to separate the two

and, on a second document of --appraise-size initiatives (10 000 by default):

  load + appraise_portfolio   Portfolio.load(path) then appraise_portfolio(portfolio)
  appraise_portfolio          the appraisal alone

and, with --cpp-benchmarks, runs the Google Benchmark executable for BM_ParsePortfolio and
BM_AppraisePortfolio/<appraise-size>/1 and prints the Python overhead against them. The target is from_json within 10 % of the C++ parse.
Results freed inside the loop are freed outside the timed region, as the C++ benchmark does.

Measure a Release build of both (a Debug module is several times slower):

  cmake -S . -B build/py-release -G Ninja -DCMAKE_BUILD_TYPE=Release \\
        -DPython3_EXECUTABLE=/usr/bin/python3 -DTILTAK_BUILD_BENCHMARKS=ON
  cmake --build build/py-release --target _tiltak tiltak_benchmarks
  PYTHONPATH=build/py-release/python /usr/bin/python3 benchmarks/bench_python.py \\
        --cpp-benchmarks build/py-release/benchmarks/tiltak_benchmarks
"""

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

import tiltak


def best_of(repeat, work):
    """(best, median, best CPU) seconds of work(); what it returns is freed untimed. The CPU
    time (this process's) is the fairer figure on a machine that is busy with other work."""
    times, cpu = [], []
    for _ in range(repeat):
        gc.collect()
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        del result
    return min(times), statistics.median(times), min(cpu)


def cpp_parse_seconds(executable, repeat):
    """Best real time of BM_ParsePortfolio, from the Google Benchmark JSON output."""
    output = subprocess.run(
        [executable, "--benchmark_filter=^BM_ParsePortfolio$", f"--benchmark_repetitions={repeat}",
         "--benchmark_format=json"],
        check=True, capture_output=True, text=True).stdout
    return benchmark_times(output)


def benchmark_times(output):
    """(best, median, best CPU) seconds of the iterations in Google Benchmark JSON output."""
    runs = [b for b in json.loads(output)["benchmarks"] if b.get("run_type") == "iteration"]
    if not runs:
        return None
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}
    times = [b["real_time"] * scale[b["time_unit"]] for b in runs]
    cpu = [b["cpu_time"] * scale[b["time_unit"]] for b in runs]
    return min(times), statistics.median(times), min(cpu)


def cpp_appraise_seconds(executable, size, repeat):
    """BM_AppraisePortfolio/<size>/1 (with IRRs, as appraise_portfolio()) and, for 10 000,
    BM_LoadAppraise10k_Cpp (the text parsed, appraised and written: the wrappers' reference)."""
    rows = []
    for name, pattern in ((f"C++ BM_AppraisePortfolio ({size})", f"^BM_AppraisePortfolio/{size}/1$"),
                          ("C++ BM_LoadAppraise10k_Cpp", "^BM_LoadAppraise10k_Cpp$" if size == 10_000 else None)):
        if not pattern:
            continue
        output = subprocess.run(
            [executable, f"--benchmark_filter={pattern}", f"--benchmark_repetitions={repeat}",
             "--benchmark_format=json"],
            check=True, capture_output=True, text=True).stdout
        times = benchmark_times(output)
        if times:
            rows.append((name,) + times)
    return rows


def appraisal_rows(size, seed, repeat):
    """Load plus appraisal of a generated portfolio of ``size`` initiatives, from a file."""
    text = tiltak.generate_portfolio(size, seed).to_json()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "portfolio.json")
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        rows.append((f"load + appraise ({size})",)
                    + best_of(repeat, lambda: tiltak.appraise_portfolio(tiltak.Portfolio.load(path))))
        rows.append((f"from_json + appraise ({size})",)
                    + best_of(repeat, lambda: tiltak.appraise_portfolio(tiltak.Portfolio.from_json(text))))
        portfolio = tiltak.Portfolio.load(path)
        rows.append((f"appraise_portfolio ({size})",) + best_of(repeat, lambda: tiltak.appraise_portfolio(portfolio)))
        rows.append((f"Portfolio.load ({size})",) + best_of(repeat, lambda: tiltak.Portfolio.load(path)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="initiatives (default 100000)")
    parser.add_argument("--seed", type=int, default=42, help="generator seed (default 42, as bench_load.cpp)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (default 5)")
    parser.add_argument("--appraise-size", type=int, default=10_000,
                        help="initiatives of the load + appraisal document (default 10000; 0: skip)")
    parser.add_argument("--cpp-benchmarks", metavar="PATH", help="the tiltak_benchmarks executable")
    args = parser.parse_args()

    print(f"tiltak {tiltak.__version__}, Python {platform.python_version()} ({sys.executable})")
    print(f"module {tiltak._tiltak.__file__}")

    started = time.perf_counter()
    portfolio = tiltak.generate_portfolio(args.size, args.seed)
    generate = time.perf_counter() - started
    started = time.perf_counter()
    text = portfolio.to_json()
    to_json = time.perf_counter() - started
    del portfolio
    print(f"document: {args.size} initiatives (seed {args.seed}), {len(text) / 1e6:.1f} MB; "
          f"generated in {generate:.2f} s, written in {to_json:.2f} s")

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "portfolio.json")
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)

        def read():
            with open(path, "rb") as file:
                return file.read()

        rows.append(("Portfolio.from_json(text)",) + best_of(args.repeat, lambda: tiltak.Portfolio.from_json(text)))
        rows.append(("Portfolio.load(path)",) + best_of(args.repeat, lambda: tiltak.Portfolio.load(path)))
        rows.append(("read file (bytes)",) + best_of(args.repeat, read))
    del text
    appraisal = appraisal_rows(args.appraise_size, args.seed, args.repeat) if args.appraise_size else []
    rows += appraisal

    cpp = None
    cpp_appraise = None
    if args.cpp_benchmarks:
        cpp = cpp_parse_seconds(args.cpp_benchmarks, args.repeat)
        rows.append(("C++ BM_ParsePortfolio",) + cpp)
        if appraisal:
            cpp_appraise = cpp_appraise_seconds(args.cpp_benchmarks, args.appraise_size, args.repeat)
            rows += cpp_appraise

    print()
    print(f"{'operation':<30} {'best (ms)':>12} {'median (ms)':>12} {'best CPU (ms)':>14}")
    for name, best, median, cpu in rows:
        print(f"{name:<30} {best * 1e3:>12.1f} {median * 1e3:>12.1f} {cpu * 1e3:>14.1f}")
    if cpp:
        from_json, load, read_file = rows[0][1], rows[1][1], rows[2][1]
        print()
        print(f"from_json vs C++ parse:        {100 * (from_json / cpp[0] - 1):+.1f} %  (target within 10 %)")
        print(f"load vs C++ parse + file read: {100 * (load / (cpp[0] + read_file) - 1):+.1f} %")
    if cpp_appraise:
        print(f"appraise_portfolio vs C++:     {100 * (appraisal[2][3] / cpp_appraise[0][3] - 1):+.1f} % CPU "
              f"(target within 10 %)")
    if len(cpp_appraise or []) == 2:
        print(f"from_json + appraise vs C++ load + appraise + JSON: "
              f"{100 * (appraisal[1][3] / cpp_appraise[1][3] - 1):+.1f} % CPU (target within 10 %)")


if __name__ == "__main__":
    main()
