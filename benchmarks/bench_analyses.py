#!/usr/bin/python3
"""tiltak's analyses from Python against what an analyst would write in numpy/pandas, side by
side in one run (issue 19).

  appraisal   appraise_portfolio() of the synthetic portfolio of --size initiatives (100 000
              by default; seed 42, generator defaults), without and with the IRR search,
              against numpy and pandas discounting the same valued flows (each initiative's
              flows as the appraisal lists them: PortfolioAppraisal.flows_frame()): the banded
              no-2021 discount factor of every flow, then per initiative the PVs of benefits
              and costs, the NPV and the NPV with the tax-financing cost (20 % of the public
              part), each rounded to the øre. Both sides get the flows in memory; numpy is
              handed them as arrays, pandas as the frame. The NPVs are compared øre for øre.
  monte carlo uncertainty_analysis() over --mc-size initiatives (1 000), --draws draws
              (10 000) on one thread, every initiative uncertain (costs 0.9/1/1.5, benefits
              0.5/1/1.1, delay 0/0/2 years, as BM_MonteCarlo), against numpy drawing the same
              triangular factors vectorised (numpy.random.Generator.triangular, in blocks of
              1 000 draws) from the same per-initiative PVs, whole øre per initiative and
              draw, and the same summary (mean, P10/P50/P90, P(NPV < 0), per-initiative mean
              and P(NPV < 0)). Statistically equal, not draw for draw (different generators).
  frames      Portfolio.initiatives_frame(), costs_frame(), benefits_frame() and
              PortfolioAppraisal.to_frame() at --size initiatives (--only frames also runs
              with an older module, for a before-and-after).

Times are the best of --repeat runs, wall clock and this process's CPU time. Run with a Release
build of the module:

  cmake -S . -B build/py-release -G Ninja -DCMAKE_BUILD_TYPE=Release \\
        -DPython3_EXECUTABLE=/usr/bin/python3 -DTILTAK_BUILD_TESTS=OFF -DTILTAK_BUILD_BENCHMARKS=OFF
  cmake --build build/py-release --target _tiltak
  PYTHONPATH=build/py-release/python /usr/bin/python3 benchmarks/bench_analyses.py
"""

import argparse
import gc
import os
import platform
import sys
import time

import numpy as np
import pandas as pd

import tiltak

# no-2021 (data/parameters/no-2021.json): band years through 40 at 4 %, through 75 at 3 %,
# then 2 %; band years counted from each initiative's opening year; 20 % tax-financing cost.
BANDS = ((40, 0.04), (75, 0.03), (None, 0.02))
TAX_FINANCING = 0.20
BENEFIT = 3  # FlowCategory code of a benefit (investment, operating, internal_hours, benefit)


def best_of(repeat, work):
    """(best wall, best CPU) seconds of work(), and its last result."""
    times, cpu, result = [], [], None
    for _ in range(repeat):
        result = None
        gc.collect()
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return min(times), min(cpu), result


def growth(years, anchors, discount_year):
    """Π (1 + r(s)) over the steps between the discount year and each year, one power per
    band (as DiscountCurve::factor): band k holds the steps of band years after band k-1's
    last up to its own, the first every earlier one too."""
    low = np.minimum(years, discount_year) + 1
    high = np.maximum(years, discount_year)
    result = np.ones(len(years))
    band_first = np.full(len(years), np.iinfo(np.int64).min // 2)
    for through, rate in BANDS:
        band_last = anchors + through if through is not None else np.full(len(years), np.iinfo(np.int64).max // 2)
        steps = np.minimum(high, band_last) - np.maximum(low, band_first) + 1
        result *= np.power(1.0 + rate, np.maximum(steps, 0))
        band_first = band_last + 1
    return result


def numpy_appraisal(flows, anchors, discount_year, count):
    """Per initiative: PV benefits, PV costs, NPV, NPV with tax financing, each rounded."""
    years, amounts = flows["year"], flows["amount_minor"].astype(np.float64)
    g = growth(years, anchors[flows["position"]], discount_year)
    factor = np.where(years >= discount_year, 1.0 / g, g)
    discounted = amounts * factor
    benefit = flows["category"] == BENEFIT
    position = flows["position"]
    pv_benefits = np.bincount(position, weights=np.where(benefit, discounted, 0.0), minlength=count)
    pv_costs = -np.bincount(position, weights=np.where(benefit, 0.0, discounted), minlength=count)
    npv = np.bincount(position, weights=discounted, minlength=count)
    tax = discounted * (TAX_FINANCING * flows["public_share_basis_points"] / 10000.0)
    npv_tax = npv + np.bincount(position, weights=tax, minlength=count)
    # Halves away from zero, as the library rounds.
    return [np.sign(x) * np.floor(np.abs(x) + 0.5) for x in (pv_benefits, pv_costs, npv, npv_tax)]


def pandas_appraisal(frame, anchors, discount_year):
    """The same with a DataFrame and groupby, as a notebook would."""
    years = frame["year"].to_numpy()
    g = growth(years, anchors[frame["position"].to_numpy()], discount_year)
    work = pd.DataFrame({
        "initiative": frame["position"],
        "discounted": frame["amount_minor"].to_numpy(np.float64) * np.where(years >= discount_year, 1.0 / g, g),
        "benefit": frame["category"].to_numpy() == "benefit",
        "public": frame["public_share_basis_points"].to_numpy() / 10000.0,
    })
    work["pv_benefits"] = work["discounted"].where(work["benefit"], 0.0)
    work["pv_costs"] = -work["discounted"].where(~work["benefit"], 0.0)
    work["npv_tax"] = work["discounted"] * (1.0 + TAX_FINANCING * work["public"])
    sums = work.groupby("initiative", sort=False)[["pv_benefits", "pv_costs", "discounted", "npv_tax"]].sum()
    return np.sign(sums) * np.floor(np.abs(sums) + 0.5)


def appraisal_rows(size, seed, repeat):
    portfolio = tiltak.generate_portfolio(size, seed)
    rows = []
    wall, cpu, result = best_of(repeat, lambda: tiltak.appraise_portfolio(portfolio, "no-2021", irr=False))
    rows.append((f"appraise_portfolio(irr=False) ({size})", wall, cpu))
    wall, cpu, with_irr = best_of(repeat, lambda: tiltak.appraise_portfolio(portfolio, "no-2021"))
    rows.append((f"appraise_portfolio(irr=True) ({size})", wall, cpu))
    del with_irr

    columns = result._flow_columns()
    flows = {name: columns[name] for name in ("position", "year", "amount_minor", "public_share_basis_points",
                                              "category")}
    frame = pd.DataFrame(flows)
    frame["category"] = pd.Categorical.from_codes(columns["category"], list(columns["category_names"]))
    anchors = np.array([i.band_anchor_year for i in result.initiatives], dtype=np.int64)
    discount_year = result.total.discount_year
    wall, cpu, figures = best_of(repeat, lambda: numpy_appraisal(flows, anchors, discount_year, size))
    rows.append((f"numpy, same flows ({len(flows['year'])} flows)", wall, cpu))
    wall, cpu, sums = best_of(repeat, lambda: pandas_appraisal(frame, anchors, discount_year))
    rows.append(("pandas groupby, same flows", wall, cpu))

    npv = result._columns()["npv"]
    npv_tax = result._columns()["npv_with_tax_financing"]
    differ = int(np.count_nonzero(figures[2] != npv)) + int(np.count_nonzero(figures[3] != npv_tax))
    largest = max(np.max(np.abs(figures[2] - npv)), np.max(np.abs(figures[3] - npv_tax)))
    check = (f"NPVs compared with numpy's: {differ} of {2 * size} differ (largest difference {largest:.0f} øre; "
             "numpy discounts in double, tiltak in long double)")
    return rows, check


def numpy_monte_carlo(costs, benefits, draws, seed, block=1000):
    """costs[i]: PV of initiative i's costs with tax financing; benefits[d, i]: PV of its
    benefits delayed d years. The portfolio's NPV per draw and per-initiative sums."""
    rng = np.random.default_rng(seed)
    n = len(costs)
    npvs = np.empty(draws)
    total = np.zeros(n)
    negative = np.zeros(n, dtype=np.int64)
    columns = np.arange(n)
    for first in range(0, draws, block):
        k = min(block, draws - first)
        cost = rng.triangular(0.9, 1.0, 1.5, (k, n))
        benefit = rng.triangular(0.5, 1.0, 1.1, (k, n))
        delay = np.rint(rng.triangular(0.0, 0.0, 2.0, (k, n))).astype(np.int64)
        value = cost * costs + benefit * benefits[delay, columns]
        whole = np.sign(value) * np.floor(np.abs(value) + 0.5)
        npvs[first:first + k] = whole.sum(axis=1)
        total += whole.sum(axis=0)
        negative += (value < 0).sum(axis=0)
    return {
        "mean": npvs.mean(), "p10": np.quantile(npvs, 0.1), "p50": np.quantile(npvs, 0.5),
        "p90": np.quantile(npvs, 0.9), "probability_negative": float(np.mean(npvs < 0)),
        "initiative_mean": total / draws, "initiative_negative": negative / draws,
    }


def monte_carlo_rows(size, draws, seed, repeat):
    portfolio = tiltak.generate_portfolio(size, seed)
    estimates = {"seed": 7, "draws": draws, "threads": 1,
                 "defaults": {"cost_factor": [0.9, 1, 1.5], "benefit_factor": [0.5, 1, 1.1],
                              "delay_years": [0, 0, 2]}}
    wall, cpu, result = best_of(repeat, lambda: tiltak.uncertainty_analysis(portfolio, estimates, "no-2021"))
    rows = [(f"uncertainty_analysis {draws} x {size}, 1 thread", wall, cpu)]

    # The per-initiative PVs the draws scale: from the appraisal's flows, discounted by numpy
    # as above (benefit flows delayed by d years take DF(year + d)); not timed.
    appraisal = tiltak.appraise_portfolio(portfolio, "no-2021", irr=False)
    c = appraisal._flow_columns()
    anchors = np.array([i.band_anchor_year for i in appraisal.initiatives], dtype=np.int64)
    discount_year = appraisal.total.discount_year
    position, years = c["position"], c["year"]
    amounts = c["amount_minor"] * (1.0 + TAX_FINANCING * c["public_share_basis_points"] / 10000.0)
    benefit = c["category"] == BENEFIT
    costs = np.zeros(size)
    benefits = np.zeros((3, size))
    for d in range(3):
        shifted = years + np.where(benefit, d, 0)
        g = growth(shifted, anchors[position], discount_year)
        discounted = amounts * np.where(shifted >= discount_year, 1.0 / g, g)
        if d == 0:
            costs = np.bincount(position, weights=np.where(benefit, 0.0, discounted), minlength=size)
        benefits[d] = np.bincount(position, weights=np.where(benefit, discounted, 0.0), minlength=size)
    wall, cpu, mc = best_of(repeat, lambda: numpy_monte_carlo(costs, benefits, draws, 7))
    rows.append((f"numpy triangular draws {draws} x {size}, 1 thread", wall, cpu))

    ours = result.monte_carlo
    check = (f"mean NPV: tiltak {float(ours.mean):,.0f}, numpy {mc['mean'] / 100:,.0f}; "
             f"P10 {float(ours.p10):,.0f} / {mc['p10'] / 100:,.0f}; "
             f"P90 {float(ours.p90):,.0f} / {mc['p90'] / 100:,.0f}; "
             f"P(NPV<0) {ours.probability_negative:.4f} / {mc['probability_negative']:.4f}")
    return rows, check


def frame_rows(size, seed, repeat):
    """The frames; also with an older module (without irr= or flows_frame), to compare."""
    portfolio = tiltak.generate_portfolio(size, seed)
    try:
        appraisal = tiltak.appraise_portfolio(portfolio, "no-2021", irr=False)
    except TypeError:
        appraisal = tiltak.appraise_portfolio(portfolio, "no-2021")
    rows = []
    for name, work in (("initiatives_frame", portfolio.initiatives_frame),
                       ("costs_frame", portfolio.costs_frame),
                       ("benefits_frame", portfolio.benefits_frame),
                       ("PortfolioAppraisal.to_frame", appraisal.to_frame),
                       ("PortfolioAppraisal.flows_frame", getattr(appraisal, "flows_frame", None))):
        if work is None:
            continue
        wall, cpu, frame = best_of(repeat, work)
        rows.append((f"{name} ({size}: {len(frame)} rows)", wall, cpu))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000, help="initiatives to appraise (default 100000)")
    parser.add_argument("--mc-size", type=int, default=1_000, help="initiatives of the Monte Carlo (default 1000)")
    parser.add_argument("--draws", type=int, default=10_000, help="Monte Carlo draws (default 10000)")
    parser.add_argument("--seed", type=int, default=42, help="generator seed (default 42)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--only", choices=("appraisal", "monte-carlo", "frames"), help="one part only")
    args = parser.parse_args()

    print(f"tiltak {tiltak.__version__}, Python {platform.python_version()} ({sys.executable}), "
          f"numpy {np.__version__}, pandas {pd.__version__}")
    print(f"module {tiltak._tiltak.__file__}; load average {os.getloadavg()[0]:.1f}")
    rows, checks = [], []
    if args.only in (None, "appraisal"):
        part, check = appraisal_rows(args.size, args.seed, args.repeat)
        rows += part
        checks.append(check)
    if args.only in (None, "monte-carlo"):
        part, check = monte_carlo_rows(args.mc_size, args.draws, args.seed, args.repeat)
        rows += part
        checks.append(check)
    if args.only in (None, "frames"):
        rows += frame_rows(args.size, args.seed, args.repeat)

    print()
    print(f"{'operation':<58} {'best (ms)':>10} {'best CPU (ms)':>14}")
    for name, wall, cpu in rows:
        print(f"{name:<58} {wall * 1e3:>10.1f} {cpu * 1e3:>14.1f}")
    for check in checks:
        print(check)


if __name__ == "__main__":
    main()
