// Load plus appraisal of a portfolio through the Java wrapper, timed as
// benchmarks/bench_wrappers.cpp times the same work in C++ (BM_LoadAppraise10k_*): the
// document's text in memory, Portfolio.fromJson + appraisal (the appraisal's JSON received as
// a String), the portfolio closed outside the timed region. Not run by the tests.
//
// Usage: tiltak generate --size 10000 --seed 42 -o p.json
//        java -Djna.library.path=build/ci/capi -cp CLASSPATH Bench p.json [REPEAT]
// Prints the best and the median wall-clock and CPU time (the calling thread's, where the
// library does the work) in milliseconds.

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tiltak.Context;
import tiltak.Portfolio;

public final class Bench {
  private Bench() {}

  public static void main(String[] arguments) throws Exception {
    if (arguments.length < 1) {
      System.err.println("usage: Bench PORTFOLIO.json [REPEAT]");
      System.exit(2);
    }
    String text = Files.readString(Path.of(arguments[0]), StandardCharsets.UTF_8);
    int repeat = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 10;
    List<Double> times = new ArrayList<>();
    List<Double> cpuTimes = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long appraisalLength = 0;
    try (Context context = new Context()) {
      for (int i = 0; i < repeat + 1; ++i) {  // the first run warms the JIT and is not counted
        System.gc();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        Portfolio portfolio = Portfolio.fromJson(context, text);
        String appraisal = portfolio.appraisal(context, null, null);
        long elapsed = System.nanoTime() - started;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
        portfolio.close();
        appraisalLength = appraisal.length();
        if (i > 0) {
          times.add(elapsed / 1e6);
          cpuTimes.add(cpu / 1e6);
        }
      }
    }
    Collections.sort(times);
    Collections.sort(cpuTimes);
    System.out.printf("java load+appraisal: wall best %.1f ms, median %.1f ms; CPU best %.1f ms, median %.1f ms; "
                      + "of %d (appraisal %d chars, Java %s)%n", times.get(0), times.get(times.size() / 2),
                      cpuTimes.get(0), cpuTimes.get(cpuTimes.size() / 2), times.size(), appraisalLength,
                      System.getProperty("java.version"));
  }
}
