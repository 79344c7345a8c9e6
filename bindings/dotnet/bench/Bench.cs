// Load plus appraisal of a portfolio through the .NET wrapper, timed as
// benchmarks/bench_wrappers.cpp times the same work in C++ (BM_LoadAppraise10k_*): the
// document's text in memory, Portfolio.FromJson + Appraisal (the appraisal's JSON received as
// a managed string), the portfolio disposed outside the timed region. Not run by the tests.
//
// Usage: tiltak generate --size 10000 --seed 42 -o p.json
//        LD_LIBRARY_PATH=build/ci/capi mono --optimize=all Bench.exe p.json [REPEAT]
// Prints the best and the median wall-clock and CPU time (the process's) in milliseconds.

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
        var cpuTimes = new List<double>();
        var process = Process.GetCurrentProcess();
        long appraisalLength = 0;
        using (var context = new Context())
        {
            for (int i = 0; i < repeat + 1; ++i)  // the first run warms the JIT and is not counted
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                process.Refresh();
                TimeSpan cpuStart = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                Portfolio portfolio = Portfolio.FromJson(context, text);
                string appraisal = portfolio.Appraisal(context);
                clock.Stop();
                process.Refresh();
                double cpu = (process.TotalProcessorTime - cpuStart).TotalMilliseconds;
                portfolio.Dispose();
                appraisalLength = appraisal.Length;
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    cpuTimes.Add(cpu);
                }
            }
        }
        times.Sort();
        cpuTimes.Sort();
        Console.WriteLine("dotnet load+appraisal: wall best {0:F1} ms, median {1:F1} ms; CPU best {2:F1} ms, median {3:F1} ms; " +
                          "of {4} (appraisal {5} chars, {6})", times[0], times[times.Count / 2], cpuTimes[0],
                          cpuTimes[cpuTimes.Count / 2], times.Count, appraisalLength, Environment.Version);
        return 0;
    }
}
