package tiltak;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** UTF-8 across the boundary, and strings given back to the library that made them. */
final class Text {
  private Text() {}

  /** A NUL-terminated UTF-8 copy, or null for null. */
  static byte[] cString(String text) {
    if (text == null) return null;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(bytes, bytes.length + 1);
  }

  /** UTF-8 bytes without a terminator (the length goes with them), or null for null. */
  static byte[] json(String json) {
    return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
  }

  static NativeLibrary.SizeT length(byte[] bytes) {
    return new NativeLibrary.SizeT(bytes == null ? 0 : bytes.length);
  }

  /** Copies a returned string of `length` bytes, then frees it with tiltak_string_free. */
  static byte[] take(PointerByReference text, NativeLibrary.SizeTByReference length) {
    Pointer pointer = text.getValue();
    try {
      long n = length.getValue();
      if (n > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("a result of " + n + " bytes");
      return pointer == null ? new byte[0] : pointer.getByteArray(0, (int) n);
    } finally {
      NativeLibrary.LIB.tiltak_string_free(pointer);
    }
  }

  /** A NUL-terminated UTF-8 string the library owns (not freed). */
  static String borrowed(Pointer text) {
    return text == null ? "" : text.getString(0, "UTF-8");
  }
}
