package tiltak;

import java.util.List;

/**
 * A call that returned a negative status, with the context's error read at once (before the
 * context's next call would clear it).
 */
public final class TiltakException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Status status;
  private final String source;
  private final String pointer;
  private final String value;
  private final transient List<Problem> problems;

  TiltakException(Status status, String message, String source, String pointer, String value, List<Problem> problems) {
    super(message);
    this.status = status;
    this.source = source;
    this.pointer = pointer;
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  public Status status() { return status; }
  /** The first problem's source: a file name or "&lt;memory&gt;". */
  public String source() { return source; }
  /** The first problem's JSON Pointer into the input ("" when none). */
  public String pointer() { return pointer; }
  /** The offending value as JSON text ("\"T-404\"", "[1, 2]"; "" when none). */
  public String value() { return value; }
  /** Every problem of the error: a document with five mistakes gives five. */
  public List<Problem> problems() { return problems; }
}
