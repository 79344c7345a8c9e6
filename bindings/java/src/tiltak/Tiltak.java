package tiltak;

/** The library actually loaded: its version, and the text of a status. */
public final class Tiltak {
  /** The major version this wrapper was written for. */
  public static final int WRITTEN_FOR_MAJOR = 0;

  private Tiltak() {}

  public static String version() {
    return Text.borrowed(NativeLibrary.LIB.tiltak_version());
  }

  /** major * 1000000 + minor * 1000 + patch. */
  public static int versionNumber() {
    return NativeLibrary.LIB.tiltak_version_number();
  }

  public static int versionMajor() {
    return NativeLibrary.LIB.tiltak_version_major();
  }

  public static String statusString(Status status) {
    return Text.borrowed(NativeLibrary.LIB.tiltak_status_string(status.code));
  }

  /**
   * Throws when the loaded library's major version is not the one this wrapper follows, or is
   * older than {@code minimum} (a version number).
   */
  public static void requireVersion(int minimum) {
    if (versionMajor() != WRITTEN_FOR_MAJOR || versionNumber() < minimum)
      throw new IllegalStateException("libtiltak_c " + version() + " is loaded; this program needs "
                                      + WRITTEN_FOR_MAJOR + ".x at least " + minimum);
  }
}
