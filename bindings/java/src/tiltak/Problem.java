package tiltak;

/**
 * One problem of an error: where (source, JSON Pointer, line and column when known), the
 * offending value as JSON text, and the message. Read from tiltak_context_error_json.
 */
public final class Problem {
  private String source = "";
  private String pointer = "";
  private Integer line;
  private Integer column;
  private String value = "";
  private String message = "";

  public String source() { return source; }
  public String pointer() { return pointer; }
  /** The line, or null where the problem has none. */
  public Integer line() { return line; }
  public Integer column() { return column; }
  /** The offending value as JSON text ("\"T-9\"", "1000"), "" when no single value is at fault. */
  public String value() { return value; }
  public String message() { return message; }

  @Override
  public String toString() {
    return pointer + ": " + message;
  }
}
