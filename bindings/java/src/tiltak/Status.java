package tiltak;

/** The C API's statuses (TILTAK_OK, TILTAK_E_*), docs/c-api.md "Conventions". */
public enum Status {
  OK(0),
  INVALID_ARGUMENT(-1),
  PARSE(-2),
  VALIDATION(-3),
  IO(-4),
  NOT_FOUND(-5),
  CURRENCY_MISMATCH(-6),
  OVERFLOW(-7),
  DUPLICATE(-8),
  INFEASIBLE(-9),
  CONFLICT(-10),
  NO_MEMORY(-98),
  INTERNAL(-99);

  public final int code;

  Status(int code) {
    this.code = code;
  }

  /** The status of a code; a code this wrapper does not know (a newer library's) is INTERNAL. */
  public static Status of(int code) {
    for (Status status : values())
      if (status.code == code) return status;
    return INTERNAL;
  }
}
