// Load plus appraisal of a portfolio through the .NET wrapper, timed as
// benchmarks/bench_wrappers.cpp times the same work in C++ (BM_LoadAppraise10k_*): the
// document's text in memory, Portfolio.FromJson + Appraisal (the appraisal's JSON received as
// a managed string), the portfolio disposed outside the timed region. Not run by the tests.
//
// Usage: tiltak generate --size 10000 --seed 42 -o p.json
//        LD_LIBRARY_PATH=build/ci/capi mono --optimize=all Bench.exe p.json [REPEAT]
// Prints the best and the median wall-clock time in milliseconds.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using Tiltak;

static class Bench
{
    static int Main(string[] arguments)
    {
        if (arguments.Length < 1)
        {
            Console.Error.WriteLine("usage: Bench.exe PORTFOLIO.json [REPEAT]");
            return 2;
        }
        string text = File.ReadAllText(arguments[0], Encoding.UTF8);
        int repeat = arguments.Length > 1 ? int.Parse(arguments[1]) : 10;
        var times = new List<double>();
        long appraisalLength = 0;
        using (var context = new Context())
        {
            for (int i = 0; i < repeat + 1; ++i)  // the first run warms the JIT and is not counted
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var clock = Stopwatch.StartNew();
                Portfolio portfolio = Portfolio.FromJson(context, text);
                string appraisal = portfolio.Appraisal(context);
                clock.Stop();
                portfolio.Dispose();
                appraisalLength = appraisal.Length;
                if (i > 0) times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        Console.WriteLine("dotnet load+appraisal: best {0:F1} ms, median {1:F1} ms of {2} (appraisal {3} chars, {4})",
                          times[0], times[times.Count / 2], times.Count, appraisalLength, Environment.Version);
        return 0;
    }
}
