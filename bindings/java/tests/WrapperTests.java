// The Java wrapper against answers known independently of it: the figures the C API's own
// tests pin (tests/capi/*_test.cpp) and, for the broken document, the problems the tiltak
// command-line tool reports for it (`tiltak validate --format json`), read in the test.
//
// Usage: java -cp ... WrapperTests TILTAK_CLI TESTS_DATA_DIR EXAMPLES_DIR
// Exit 0 when every check holds; each failed check is printed.

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import tiltak.Context;
import tiltak.Portfolio;
import tiltak.Problem;
import tiltak.Status;
import tiltak.Tiltak;
import tiltak.TiltakException;

public final class WrapperTests {
  private static String cli;
  private static Path data;
  private static Path examples;
  private static final List<String> failures = new ArrayList<>();
  private static String current = "";

  interface Body {
    void run() throws Exception;
  }

  private static JsonObject parse(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  private static void expect(boolean holds, String what) {
    if (!holds) failures.add(current + ": " + what);
  }

  private static void equal(Object expected, Object actual, String what) {
    expect(Objects.equals(expected, actual), what + ": expected <" + expected + ">, got <" + actual + ">");
  }

  private static TiltakException throwsTiltak(Runnable call, String what) {
    try {
      call.run();
    } catch (TiltakException e) {
      return e;
    }
    failures.add(current + ": " + what + " did not throw a TiltakException");
    return null;
  }

  private static String str(JsonObject object, String member) {
    return object.get(member).getAsString();
  }

  private static String minimal() throws IOException {
    return Files.readString(data.resolve("minimal.json"), StandardCharsets.UTF_8);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  // Every problem of tests/data/broken.json at once, as the CLI lists them, each with its
  // pointer; the first also as the exception's own pointer and value.
  static void loadReportsEveryProblem() throws Exception {
    String path = data.resolve("broken.json").toString();
    JsonObject expected = parse(run(cli, "validate", path, "--format", "json"));
    equal(false, expected.get("valid").getAsBoolean(), "the CLI finds the document invalid");
    JsonArray problems = expected.getAsJsonArray("problems");
    equal(5, problems.size(), "problems the CLI lists");
    try (Context context = new Context()) {
      TiltakException e = throwsTiltak(() -> Portfolio.load(context, path).close(), "loading broken.json");
      if (e == null) return;
      equal(Status.VALIDATION, e.status(), "status");
      equal(problems.size(), e.problems().size(), "number of problems");
      for (int i = 0; i < Math.min(problems.size(), e.problems().size()); ++i) {
        JsonObject want = problems.get(i).getAsJsonObject();
        Problem got = e.problems().get(i);
        equal(str(want, "pointer"), got.pointer(), "pointer of problem " + i);
        equal(str(want, "message"), got.message(), "message of problem " + i);
        equal(str(want, "value"), got.value(), "value of problem " + i);
      }
      equal("/initiatives/0/titel", e.pointer(), "the first problem's pointer");
      expect(e.problems().stream().anyMatch(
                 p -> p.pointer().equals("/initiatives/1/dependencies/0/initiative") && p.value().equals("\"T-9\"")),
             "the unknown dependency T-9 is a problem with its value as a JSON string");
      expect(e.source().endsWith("broken.json"), "the source names the file: " + e.source());

      TiltakException parse = throwsTiltak(() -> Portfolio.fromJson(context, "{\n  \"name\": }").close(),
                                           "loading malformed JSON");
      if (parse != null) {
        equal(Status.PARSE, parse.status(), "status of malformed JSON");
        equal(1, parse.problems().size(), "problems of malformed JSON");
        equal(2, parse.problems().get(0).line(), "line of the malformed JSON");
      }
    }
  }

  // The appraisal of tests/data/minimal.json (tests/capi/appraisal_test.cpp), and text in
  // UTF-8 both ways: the title "Pårørendeapp" comes back as written.
  static void appraisal() throws Exception {
    try (Context context = new Context(); Portfolio portfolio = Portfolio.fromJson(context, minimal())) {
      JsonObject appraisal = parse(portfolio.appraisal(context, null, null));
      equal("no-2021", str(appraisal, "parameter_set"), "parameter set");
      equal("1570000.50", str(appraisal.getAsJsonObject("total"), "pv_costs"), "total pv_costs");
      JsonArray initiatives = appraisal.getAsJsonArray("initiatives");
      equal(2, initiatives.size(), "initiatives appraised");
      equal("T-1", str(initiatives.get(0).getAsJsonObject(), "initiative"), "first initiative");
      JsonObject one = parse(portfolio.appraisal(context, "{\"id\": \"dk-2023\"}", "T-1"));
      equal("1570000.50", str(one.getAsJsonObject("appraisal"), "pv_costs"), "T-1 pv_costs with dk-2023");
      TiltakException e = throwsTiltak(() -> portfolio.appraisal(context, null, "T-99"), "appraising T-99");
      if (e != null) {
        equal(Status.NOT_FOUND, e.status(), "status for T-99");
        equal("\"T-99\"", e.value(), "the error's value is the unknown id");
      }
      expect(portfolio.summary(context).contains("\"Pårørendeapp\""), "UTF-8 title in the summary");
      equal(2L, portfolio.initiativeCount(context), "initiative count");
    }
  }

  // The selection of tests/capi/prioritisation_test.cpp: T-1 fits the 2026 budget of 2 000 000.
  static void selection() throws Exception {
    try (Context context = new Context(); Portfolio portfolio = Portfolio.fromJson(context, minimal())) {
      JsonObject selection = parse(portfolio.select(context, null));
      equal("optimal", str(selection, "status"), "status");
      equal("T-1", selection.getAsJsonArray("selected").get(0).getAsString(), "selected");
      equal("2000000.00", str(selection.getAsJsonArray("years").get(0).getAsJsonObject(), "investment_budget"),
            "2026 budget");
      JsonObject small = parse(portfolio.select(context, "{\"budgets\": [{\"year\": 2026, \"investment\": \"1000000\"}]}"));
      equal(0, small.getAsJsonArray("selected").size(), "selected within 1 000 000");
      TiltakException e = throwsTiltak(() -> portfolio.select(context, "{\"forced_out\": [\"T-9\"]}"), "selecting with T-9");
      if (e != null) {
        equal(Status.NOT_FOUND, e.status(), "status for forced_out T-9");
        equal("/forced_out/0", e.pointer(), "pointer for forced_out T-9");
      }
    }
  }

  // The report of tests/capi/report_test.cpp, as JSON and HTML; bad options with pointers.
  static void report() throws Exception {
    try (Context context = new Context(); Portfolio portfolio = Portfolio.fromJson(context, minimal())) {
      String options = "{\"as_of\": \"2026-11-23\", \"language\": \"en\"}";
      JsonObject report = parse(portfolio.report(context, options, "json"));
      equal(1, report.get("tiltak_report").getAsInt(), "report version");
      equal("en", str(report, "language"), "language");
      JsonObject first = report.getAsJsonArray("initiatives").get(0).getAsJsonObject();
      equal("T-1", str(first, "id"), "first initiative");
      equal("1570000.50", str(first, "total_plan"), "T-1 total plan");
      String html = portfolio.report(context, options, "html");
      expect(html.startsWith("<!DOCTYPE html>"), "HTML report starts with its doctype");
      expect(html.contains("Testvik kommune"), "HTML report names the portfolio");
      TiltakException e = throwsTiltak(
          () -> portfolio.report(context, "{\"scope\": \"area\", \"language\": \"fr\"}", "json"), "bad options");
      if (e != null) {
        equal(Status.VALIDATION, e.status(), "status of bad options");
        equal("/as_of,/scope,/language", e.problems().stream().map(Problem::pointer).collect(Collectors.joining(",")),
              "pointers of bad options");
      }
      TiltakException format = throwsTiltak(() -> portfolio.report(context, options, "docx"), "format docx");
      if (format != null) equal(Status.INVALID_ARGUMENT, format.status(), "status of format docx");
    }
  }

  // The compliance check of examples/fjordvik.json (tests/capi/governance_test.cpp).
  static void compliance() throws Exception {
    try (Context context = new Context();
         Portfolio portfolio = Portfolio.load(context, examples.resolve("fjordvik.json").toString())) {
      JsonObject report = parse(portfolio.check(context, null, "2026-11-23", "en"));
      equal("no-default", str(report, "rulebook"), "rulebook");
      equal(14, report.getAsJsonObject("counts").get("error").getAsInt(), "errors");
      equal(18, report.getAsJsonObject("counts").get("warning").getAsInt(), "warnings");
      equal("/initiatives/1/security/security_clearance",
            str(report.getAsJsonArray("findings").get(0).getAsJsonObject(), "pointer"), "first finding");
      TiltakException e = throwsTiltak(() -> portfolio.check(context, "{\"id\": \"se-default\"}", null, null), "rulebook se-default");
      if (e != null) equal(Status.NOT_FOUND, e.status(), "status of rulebook se-default");
    }
  }

  // A gate refused with its unmet requirement, then passed and logged, then filed in the
  // archive as a decision message (tests/capi/governance_test.cpp).
  static void gateAndArchive() throws Exception {
    try (Context context = new Context(); Portfolio portfolio = Portfolio.fromJson(context, minimal())) {
      String before = portfolio.toJson(context);
      TiltakException refused = throwsTiltak(() -> portfolio.advance(context,
          "{\"initiative\": \"T-2\", \"to\": \"anchored\", \"body\": \"secretariat\", \"date\": \"2026-11-23\"}", null),
          "advancing T-2 without anchoring");
      if (refused != null) {
        equal(Status.VALIDATION, refused.status(), "status of the refusal");
        equal(1, refused.problems().size(), "unmet requirements");
        equal("\"sector-leader\"", refused.value(), "the unmet requirement");
      }
      equal(before, portfolio.toJson(context), "the portfolio after the refusal");

      JsonObject entry = parse(portfolio.advance(context,
          "{\"initiative\": \"T-1\", \"to\": \"paused\", \"body\": \"council\", \"date\": \"2026-11-23\", "
          + "\"case_reference\": \"2026/1234\", \"reason\": \"Venter\", \"language\": \"en\"}", null));
      equal("in_progress", str(entry, "from"), "from");
      equal("paused", str(entry, "to"), "to");
      equal(64, str(entry, "hash").length(), "hash length");
      String message = portfolio.archiveDecision(context, 0, null);
      expect(message.contains("<n5mdk:noekkel>tiltak/T-1/vedtak/1</n5mdk:noekkel>"), "decision message key");
      expect(message.contains(str(entry, "hash")), "decision message carries the entry's hash");
      TiltakException missing = throwsTiltak(() -> portfolio.archiveDecision(context, 1, null), "archiving decision 1 of 1");
      if (missing != null) equal(Status.NOT_FOUND, missing.status(), "status of a missing decision");
    }
    try (Context context = new Context();
         Portfolio decided = Portfolio.load(context, data.resolve("governance/decided.json").toString())) {
      expect(decided.archiveRegistration(context, "T-1", "kommune-tiltak")
                 .contains("<n5mdk:noekkel>kommune-tiltak/T-1/registrering</n5mdk:noekkel>"), "registration key");
      expect(decided.archiveDecision(context, 1, null).contains("<n5mdk:noekkel>tiltak/T-1/vedtak/2</n5mdk:noekkel>"),
             "second decision key");
    }
  }

  // Eight threads, each with its own context, read one shared portfolio at once and must see
  // what one thread sees.
  static void eightThreadsShareOnePortfolio() throws Exception {
    BiFunction<Context, Portfolio, String> readAll = (c, p) ->
        p.toJson(c) + p.summary(c) + p.appraisal(c, null, null) + p.check(c, null, "2026-11-23", "en")
        + p.report(c, "{\"as_of\": \"2026-11-23\"}", "json");
    try (Context main = new Context();
         Portfolio shared = Portfolio.load(main, examples.resolve("fjordvik.json").toString())) {
      String expected = readAll.apply(main, shared);
      final int threads = 8, rounds = 5;
      int[] mismatches = new int[threads];
      String[] errors = new String[threads];
      CyclicBarrier barrier = new CyclicBarrier(threads);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; ++t) {
        final int index = t;
        workers.add(new Thread(() -> {
          try (Context own = new Context()) {
            barrier.await();
            for (int r = 0; r < rounds; ++r)
              if (!readAll.apply(own, shared).equals(expected)) ++mismatches[index];
          } catch (Exception e) {
            errors[index] = e.toString();
          }
        }));
      }
      workers.forEach(Thread::start);
      for (Thread worker : workers) worker.join();
      for (int t = 0; t < threads; ++t) {
        equal(0, mismatches[t], "mismatches on thread " + t);
        equal(null, errors[t], "error on thread " + t);
      }
      expect(expected.contains("\"tiltak_report\""), "the threads read a report");
    }
  }

  static void versions() {
    String[] parts = Tiltak.version().split("\\.");
    equal(3, parts.length, "version parts");
    equal(Integer.parseInt(parts[0]) * 1000000 + Integer.parseInt(parts[1]) * 1000 + Integer.parseInt(parts[2]),
          Tiltak.versionNumber(), "version number");
    equal("not found", Tiltak.statusString(Status.NOT_FOUND), "status string");
    Tiltak.requireVersion(1000);
    boolean refused = false;
    try {
      Tiltak.requireVersion(999999999);
    } catch (IllegalStateException e) {
      refused = true;
    }
    expect(refused, "a newer minimum version is refused");
  }

  public static void main(String[] arguments) {
    if (arguments.length != 3) {
      System.err.println("usage: WrapperTests TILTAK_CLI TESTS_DATA_DIR EXAMPLES_DIR");
      System.exit(2);
    }
    cli = arguments[0];
    data = Path.of(arguments[1]);
    examples = Path.of(arguments[2]);
    Map<String, Body> tests = new LinkedHashMap<>();
    tests.put("versions", WrapperTests::versions);
    tests.put("loadReportsEveryProblem", WrapperTests::loadReportsEveryProblem);
    tests.put("appraisal", WrapperTests::appraisal);
    tests.put("selection", WrapperTests::selection);
    tests.put("report", WrapperTests::report);
    tests.put("compliance", WrapperTests::compliance);
    tests.put("gateAndArchive", WrapperTests::gateAndArchive);
    tests.put("eightThreadsShareOnePortfolio", WrapperTests::eightThreadsShareOnePortfolio);
    for (Map.Entry<String, Body> test : tests.entrySet()) {
      current = test.getKey();
      int before = failures.size();
      try {
        test.getValue().run();
      } catch (Exception e) {
        failures.add(current + ": " + e);
      }
      System.out.println((failures.size() == before ? "ok   " : "FAIL ") + test.getKey());
    }
    failures.forEach(System.out::println);
    System.exit(failures.isEmpty() ? 0 : 1);
  }
}
