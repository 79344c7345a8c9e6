package tiltak;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;

/**
 * A portfolio (docs/format.md). Reading calls may run on many threads at once, each with its
 * own Context; a changing call (advance) needs the portfolio to itself. Results are the
 * library's JSON documents as strings.
 */
public final class Portfolio implements AutoCloseable {
  private final Pointer handle;
  private final Cleaner.Cleanable cleanable;

  private Portfolio(Pointer handle) {
    this.handle = handle;
    cleanable = Context.CLEANER.register(this, () -> NativeLibrary.LIB.tiltak_portfolio_free(handle));
  }

  @Override
  public void close() {
    cleanable.clean();
  }

  private static final NativeLibrary LIB = NativeLibrary.LIB;

  /** Loads and validates a document; on failure every problem is in the exception. */
  public static Portfolio fromJson(Context context, String json) {
    byte[] bytes = Text.json(json);
    PointerByReference out = new PointerByReference();
    context.check(LIB.tiltak_portfolio_from_json(context.handle(), bytes, Text.length(bytes), out));
    return new Portfolio(out.getValue());
  }

  public static Portfolio load(Context context, String path) {
    PointerByReference out = new PointerByReference();
    context.check(LIB.tiltak_portfolio_load(context.handle(), Text.cString(path), out));
    return new Portfolio(out.getValue());
  }

  public String toJson(Context context) {
    return context.callForString((t, n) -> LIB.tiltak_portfolio_to_json(context.handle(), handle, t, n));
  }

  public long initiativeCount(Context context) {
    NativeLibrary.SizeTByReference count = new NativeLibrary.SizeTByReference();
    context.check(LIB.tiltak_portfolio_initiative_count(context.handle(), handle, count));
    return count.getValue();
  }

  public String summary(Context context) {
    return context.callForString((t, n) -> LIB.tiltak_portfolio_summary(context.handle(), handle, t, n));
  }

  /**
   * The appraisal (docs/benefits.md): {@code parametersJson} null for the currency's set,
   * {"id": "dk-2023"} for a built-in or a whole parameter set; {@code initiative} null for the
   * whole portfolio.
   */
  public String appraisal(Context context, String parametersJson, String initiative) {
    byte[] p = Text.json(parametersJson), i = Text.cString(initiative);
    return context.callForString(
        (t, n) -> LIB.tiltak_portfolio_appraisal_v2(context.handle(), handle, p, Text.length(p), i, t, n));
  }

  /** The selection within budgets (docs/prioritisation.md); options null for the defaults. */
  public String select(Context context, String optionsJson) {
    byte[] options = Text.json(optionsJson);
    return context.callForString(
        (t, n) -> LIB.tiltak_portfolio_select(context.handle(), handle, options, Text.length(options), t, n));
  }

  /** The portfolio report (docs/report.md) in "json", "html", "md" or "csv". */
  public String report(Context context, String optionsJson, String format) {
    return new String(reportBytes(context, optionsJson, format), StandardCharsets.UTF_8);
  }

  /** The report as bytes, for "pdf" (which contains NUL bytes). */
  public byte[] reportBytes(Context context, String optionsJson, String format) {
    byte[] options = Text.json(optionsJson), f = Text.cString(format);
    return context.callForBytes(
        (t, n) -> LIB.tiltak_portfolio_report(context.handle(), handle, options, Text.length(options), f, t, n));
  }

  /**
   * The compliance report (docs/governance.md); nulls for the currency's rulebook, today and the
   * currency's language. {@code rulebookJson}: {"id": "dk-default"} for a built-in, or a whole
   * rulebook.
   */
  public String check(Context context, String rulebookJson, String asOf, String language) {
    byte[] r = Text.json(rulebookJson), a = Text.cString(asOf), l = Text.cString(language);
    return context.callForString(
        (t, n) -> LIB.tiltak_portfolio_check_v2(context.handle(), handle, r, Text.length(r), a, l, t, n));
  }

  /**
   * Moves an initiative through a gate and logs the decision; a refusal is a TiltakException
   * (VALIDATION) with every unmet requirement, the portfolio unchanged.
   */
  public String advance(Context context, String decisionJson, String rulebookJson) {
    byte[] decision = Text.json(decisionJson), r = Text.json(rulebookJson);
    return context.callForString((t, n) -> LIB.tiltak_portfolio_advance_v2(context.handle(), handle, r,
                                                                           Text.length(r), decision,
                                                                           Text.length(decision), t, n));
  }

  /** The KS Fiks Arkiv arkivmelding of an initiative's registration; system null for "tiltak". */
  public String archiveRegistration(Context context, String initiative, String system) {
    byte[] i = Text.cString(initiative), s = Text.cString(system);
    return context.callForString(
        (t, n) -> LIB.tiltak_portfolio_archive_registration(context.handle(), handle, i, s, t, n));
  }

  /** The arkivmelding of decision {@code index} (0-based) of the log. */
  public String archiveDecision(Context context, long index, String system) {
    if (index < 0) throw new IllegalArgumentException("index " + index);
    byte[] s = Text.cString(system);
    return context.callForString((t, n) -> LIB.tiltak_portfolio_archive_decision(
        context.handle(), handle, new NativeLibrary.SizeT(index), s, t, n));
  }
}
