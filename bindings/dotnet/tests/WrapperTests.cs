// The .NET wrapper against answers known independently of it: the figures the C API's own
// tests pin (tests/capi/*_test.cpp) and, for the broken document, the problems the tiltak
// command-line tool reports for it (`tiltak validate --format json`), read in the test.
//
// Usage: mono WrapperTests.exe TILTAK_CLI TESTS_DATA_DIR EXAMPLES_DIR
// Exit 0 when every check holds; each failed check is printed.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Threading;
using Tiltak;

namespace Tiltak.Tests
{
    [DataContract] class Validation
    {
        [DataMember(Name = "valid")] public bool Valid;
        [DataMember(Name = "problems")] public List<Problem> Problems;
    }
    [DataContract] class Amounts { [DataMember(Name = "pv_costs")] public string PvCosts; }
    [DataContract] class InitiativeAppraisal
    {
        [DataMember(Name = "initiative")] public string Initiative;
        [DataMember(Name = "appraisal")] public Amounts Appraisal;
    }
    [DataContract] class Appraisal
    {
        [DataMember(Name = "parameter_set")] public string ParameterSet;
        [DataMember(Name = "total")] public Amounts Total;
        [DataMember(Name = "initiatives")] public List<InitiativeAppraisal> Initiatives;
    }
    [DataContract] class Year { [DataMember(Name = "investment_budget")] public string InvestmentBudget; }
    [DataContract] class Selection
    {
        [DataMember(Name = "status")] public string Status;
        [DataMember(Name = "selected")] public List<string> Selected;
        [DataMember(Name = "years")] public List<Year> Years;
    }
    [DataContract] class ReportLine
    {
        [DataMember(Name = "id")] public string Id;
        [DataMember(Name = "total_plan")] public string TotalPlan;
    }
    [DataContract] class Report
    {
        [DataMember(Name = "tiltak_report")] public int Version;
        [DataMember(Name = "language")] public string Language;
        [DataMember(Name = "initiatives")] public List<ReportLine> Initiatives;
    }
    [DataContract] class Counts
    {
        [DataMember(Name = "error")] public int Error;
        [DataMember(Name = "warning")] public int Warning;
    }
    [DataContract] class Finding { [DataMember(Name = "pointer")] public string Pointer; }
    [DataContract] class Compliance
    {
        [DataMember(Name = "rulebook")] public string Rulebook;
        [DataMember(Name = "counts")] public Counts Counts;
        [DataMember(Name = "findings")] public List<Finding> Findings;
    }
    [DataContract] class LogEntry
    {
        [DataMember(Name = "from")] public string From;
        [DataMember(Name = "to")] public string To;
        [DataMember(Name = "hash")] public string Hash;
    }

    static class WrapperTests
    {
        static string cli, data, examples;
        static readonly List<string> failures = new List<string>();
        static string current = "";

        static T Parse<T>(string json)
        {
            var serializer = new DataContractJsonSerializer(typeof(T));
            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
                return (T)serializer.ReadObject(stream);
        }

        static void Expect(bool holds, string what)
        {
            if (!holds) failures.Add(current + ": " + what);
        }

        static void Equal<T>(T expected, T actual, string what)
        {
            Expect(Equals(expected, actual), what + ": expected <" + expected + ">, got <" + actual + ">");
        }

        static TiltakException Throws(Action call, string what)
        {
            try { call(); }
            catch (TiltakException e) { return e; }
            failures.Add(current + ": " + what + " did not throw a TiltakException");
            return null;
        }

        static string Run(string program, params string[] arguments)
        {
            var start = new ProcessStartInfo(program, string.Join(" ", arguments.Select(a => "\"" + a + "\"")))
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                StandardOutputEncoding = Encoding.UTF8,
            };
            using (var process = Process.Start(start))
            {
                string output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                return output;
            }
        }

        static string Minimal { get { return File.ReadAllText(Path.Combine(data, "minimal.json"), Encoding.UTF8); } }

        // Every problem of tests/data/broken.json at once, as the CLI lists them, each with its
        // pointer; the first also as the exception's own pointer and value.
        static void LoadReportsEveryProblem()
        {
            string path = Path.Combine(data, "broken.json");
            var expected = Parse<Validation>(Run(cli, "validate", path, "--format", "json"));
            Equal(false, expected.Valid, "the CLI finds the document invalid");
            Equal(5, expected.Problems.Count, "problems the CLI lists");
            using (var context = new Context())
            {
                var e = Throws(() => Portfolio.Load(context, path).Dispose(), "loading broken.json");
                if (e == null) return;
                Equal(Status.Validation, e.Status, "status");
                Equal(expected.Problems.Count, e.Problems.Count, "number of problems");
                for (int i = 0; i < Math.Min(expected.Problems.Count, e.Problems.Count); ++i)
                {
                    Equal(expected.Problems[i].Pointer, e.Problems[i].Pointer, "pointer of problem " + i);
                    Equal(expected.Problems[i].Message, e.Problems[i].Message, "message of problem " + i);
                    Equal(expected.Problems[i].Value, e.Problems[i].Value, "value of problem " + i);
                }
                Equal("/initiatives/0/titel", e.Pointer, "the first problem's pointer");
                Expect(e.Problems.Any(p => p.Pointer == "/initiatives/1/dependencies/0/initiative" && p.Value == "\"T-9\""),
                       "the unknown dependency T-9 is a problem with its value as a JSON string");
                Expect(e.InputSource.EndsWith("broken.json"), "the source names the file: " + e.InputSource);

                // A document that is not JSON: one problem, with its line.
                var parse = Throws(() => Portfolio.FromJson(context, "{\n  \"name\": }").Dispose(), "loading malformed JSON");
                if (parse != null)
                {
                    Equal(Status.Parse, parse.Status, "status of malformed JSON");
                    Equal(1, parse.Problems.Count, "problems of malformed JSON");
                    Equal((int?)2, parse.Problems[0].Line, "line of the malformed JSON");
                }
            }
        }

        // The appraisal of tests/data/minimal.json (tests/capi/appraisal_test.cpp), and text in
        // UTF-8 both ways: the title "Pårørendeapp" comes back as written.
        static void Appraisal()
        {
            using (var context = new Context())
            using (var portfolio = Portfolio.FromJson(context, Minimal))
            {
                var appraisal = Parse<Appraisal>(portfolio.Appraisal(context));
                Equal("no-2021", appraisal.ParameterSet, "parameter set");
                Equal("1570000.50", appraisal.Total.PvCosts, "total pv_costs");
                Equal(2, appraisal.Initiatives.Count, "initiatives appraised");
                Equal("T-1", appraisal.Initiatives[0].Initiative, "first initiative");
                var one = Parse<InitiativeAppraisal>(portfolio.Appraisal(context, "{\"id\": \"dk-2023\"}", "T-1"));
                Equal("1570000.50", one.Appraisal.PvCosts, "T-1 pv_costs with dk-2023");
                var e = Throws(() => portfolio.Appraisal(context, null, "T-99"), "appraising T-99");
                if (e != null)
                {
                    Equal(Status.NotFound, e.Status, "status for T-99");
                    Equal("\"T-99\"", e.Value, "the error's value is the unknown id");
                }
                Expect(portfolio.Summary(context).Contains("\"Pårørendeapp\""), "UTF-8 title in the summary");
                Equal(2L, portfolio.InitiativeCount(context), "initiative count");
            }
        }

        // The selection of tests/capi/prioritisation_test.cpp: T-1 fits the 2026 budget of 2 000 000.
        static void Selection()
        {
            using (var context = new Context())
            using (var portfolio = Portfolio.FromJson(context, Minimal))
            {
                var selection = Parse<Selection>(portfolio.Select(context));
                Equal("optimal", selection.Status, "status");
                Equal("T-1", selection.Selected.FirstOrDefault(), "selected");
                Equal("2000000.00", selection.Years[0].InvestmentBudget, "2026 budget");
                var small = Parse<Selection>(portfolio.Select(context, "{\"budgets\": [{\"year\": 2026, \"investment\": \"1000000\"}]}"));
                Equal(0, small.Selected.Count, "selected within 1 000 000");
                var e = Throws(() => portfolio.Select(context, "{\"forced_out\": [\"T-9\"]}"), "selecting with T-9");
                if (e != null)
                {
                    Equal(Status.NotFound, e.Status, "status for forced_out T-9");
                    Equal("/forced_out/0", e.Pointer, "pointer for forced_out T-9");
                }
            }
        }

        // The report of tests/capi/report_test.cpp, as JSON and HTML; bad options with pointers.
        static void Report()
        {
            using (var context = new Context())
            using (var portfolio = Portfolio.FromJson(context, Minimal))
            {
                const string options = "{\"as_of\": \"2026-11-23\", \"language\": \"en\"}";
                var report = Parse<Report>(portfolio.Report(context, options, "json"));
                Equal(1, report.Version, "report version");
                Equal("en", report.Language, "language");
                Equal("T-1", report.Initiatives[0].Id, "first initiative");
                Equal("1570000.50", report.Initiatives[0].TotalPlan, "T-1 total plan");
                string html = portfolio.Report(context, options, "html");
                Expect(html.StartsWith("<!DOCTYPE html>"), "HTML report starts with its doctype");
                Expect(html.Contains("Testvik kommune"), "HTML report names the portfolio");
                var e = Throws(() => portfolio.Report(context, "{\"scope\": \"area\", \"language\": \"fr\"}", "json"), "bad options");
                if (e != null)
                {
                    Equal(Status.Validation, e.Status, "status of bad options");
                    Equal("/as_of,/scope,/language", string.Join(",", e.Problems.Select(p => p.Pointer)), "pointers of bad options");
                }
                var format = Throws(() => portfolio.Report(context, options, "docx"), "format docx");
                if (format != null) Equal(Status.InvalidArgument, format.Status, "status of format docx");
            }
        }

        // The compliance check of examples/fjordvik.json (tests/capi/governance_test.cpp).
        static void Compliance()
        {
            using (var context = new Context())
            using (var portfolio = Portfolio.Load(context, Path.Combine(examples, "fjordvik.json")))
            {
                var report = Parse<Compliance>(portfolio.Check(context, null, "2026-11-23", "en"));
                Equal("no-default", report.Rulebook, "rulebook");
                Equal(14, report.Counts.Error, "errors");
                Equal(18, report.Counts.Warning, "warnings");
                Equal("/initiatives/1/security/security_clearance", report.Findings[0].Pointer, "first finding");
                var e = Throws(() => portfolio.Check(context, "{\"id\": \"se-default\"}"), "rulebook se-default");
                if (e != null) Equal(Status.NotFound, e.Status, "status of rulebook se-default");
            }
        }

        // A gate refused with its unmet requirement, then passed and logged, then filed in the
        // archive as a decision message (tests/capi/governance_test.cpp).
        static void GateAndArchive()
        {
            using (var context = new Context())
            using (var portfolio = Portfolio.FromJson(context, Minimal))
            {
                string before = portfolio.ToJson(context);
                var refused = Throws(() => portfolio.Advance(context,
                    "{\"initiative\": \"T-2\", \"to\": \"anchored\", \"body\": \"secretariat\", \"date\": \"2026-11-23\"}"),
                    "advancing T-2 without anchoring");
                if (refused != null)
                {
                    Equal(Status.Validation, refused.Status, "status of the refusal");
                    Equal(1, refused.Problems.Count, "unmet requirements");
                    Equal("\"sector-leader\"", refused.Value, "the unmet requirement");
                }
                Equal(before, portfolio.ToJson(context), "the portfolio after the refusal");

                var entry = Parse<LogEntry>(portfolio.Advance(context,
                    "{\"initiative\": \"T-1\", \"to\": \"paused\", \"body\": \"council\", \"date\": \"2026-11-23\", " +
                    "\"case_reference\": \"2026/1234\", \"reason\": \"Venter\", \"language\": \"en\"}"));
                Equal("in_progress", entry.From, "from");
                Equal("paused", entry.To, "to");
                Equal(64, entry.Hash.Length, "hash length");
                string message = portfolio.ArchiveDecision(context, 0);
                Expect(message.Contains("<n5mdk:noekkel>tiltak/T-1/vedtak/1</n5mdk:noekkel>"), "decision message key");
                Expect(message.Contains(entry.Hash), "decision message carries the entry's hash");
                var missing = Throws(() => portfolio.ArchiveDecision(context, 1), "archiving decision 1 of 1");
                if (missing != null) Equal(Status.NotFound, missing.Status, "status of a missing decision");
            }
            using (var context = new Context())
            using (var decided = Portfolio.Load(context, Path.Combine(data, "governance", "decided.json")))
            {
                Expect(decided.ArchiveRegistration(context, "T-1", "kommune-tiltak")
                           .Contains("<n5mdk:noekkel>kommune-tiltak/T-1/registrering</n5mdk:noekkel>"), "registration key");
                Expect(decided.ArchiveDecision(context, 1).Contains("<n5mdk:noekkel>tiltak/T-1/vedtak/2</n5mdk:noekkel>"),
                       "second decision key");
            }
        }

        // Eight threads, each with its own context, read one shared portfolio at once and must
        // see what one thread sees.
        static void EightThreadsShareOnePortfolio()
        {
            Func<Context, Portfolio, string> readAll = (c, p) =>
                p.ToJson(c) + p.Summary(c) + p.Appraisal(c) + p.Check(c, null, "2026-11-23", "en") +
                p.Report(c, "{\"as_of\": \"2026-11-23\"}", "json");
            using (var main = new Context())
            using (var shared = Portfolio.Load(main, Path.Combine(examples, "fjordvik.json")))
            {
                string expected = readAll(main, shared);
                const int threads = 8, rounds = 5;
                var mismatches = new int[threads];
                var errors = new string[threads];
                var barrier = new Barrier(threads);
                var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
                {
                    try
                    {
                        using (var own = new Context())
                        {
                            barrier.SignalAndWait();
                            for (int r = 0; r < rounds; ++r)
                                if (readAll(own, shared) != expected) ++mismatches[t];
                        }
                    }
                    catch (Exception e) { errors[t] = e.Message; }
                })).ToList();
                workers.ForEach(w => w.Start());
                workers.ForEach(w => w.Join());
                for (int t = 0; t < threads; ++t)
                {
                    Equal(0, mismatches[t], "mismatches on thread " + t);
                    Equal(null, errors[t], "error on thread " + t);
                }
                Expect(expected.Contains("\"tiltak_report\""), "the threads read a report");
            }
        }

        static void Versions()
        {
            string[] parts = Library.Version.Split('.');
            Equal(3, parts.Length, "version parts");
            Equal(int.Parse(parts[0]) * 1000000 + int.Parse(parts[1]) * 1000 + int.Parse(parts[2]), Library.VersionNumber,
                  "version number");
            Equal("not found", Library.StatusString(Status.NotFound), "status string");
            Library.RequireVersion(1000);
            bool refused = false;
            try { Library.RequireVersion(999999999); } catch (InvalidOperationException) { refused = true; }
            Expect(refused, "a newer minimum version is refused");
        }

        static int Main(string[] arguments)
        {
            if (arguments.Length != 3)
            {
                Console.Error.WriteLine("usage: WrapperTests.exe TILTAK_CLI TESTS_DATA_DIR EXAMPLES_DIR");
                return 2;
            }
            cli = arguments[0];
            data = arguments[1];
            examples = arguments[2];
            var tests = new Dictionary<string, Action>
            {
                {"Versions", Versions},
                {"LoadReportsEveryProblem", LoadReportsEveryProblem},
                {"Appraisal", Appraisal},
                {"Selection", Selection},
                {"Report", Report},
                {"Compliance", Compliance},
                {"GateAndArchive", GateAndArchive},
                {"EightThreadsShareOnePortfolio", EightThreadsShareOnePortfolio},
            };
            foreach (var test in tests)
            {
                current = test.Key;
                int before = failures.Count;
                try { test.Value(); }
                catch (Exception e) { failures.Add(current + ": " + e.GetType().Name + ": " + e.Message); }
                Console.WriteLine((failures.Count == before ? "ok   " : "FAIL ") + test.Key);
            }
            foreach (var failure in failures) Console.WriteLine(failure);
            return failures.Count == 0 ? 0 : 1;
        }
    }
}
