package tiltak;

import com.google.gson.Gson;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.lang.ref.Cleaner;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Where a call's error lives (tiltak_context). Used by one thread at a time: give each thread,
 * or each asynchronous flow, its own. Closed by close(), or by a Cleaner once unreachable.
 */
public final class Context implements AutoCloseable {
  static final Cleaner CLEANER = Cleaner.create();
  private static final Gson GSON = new Gson();

  private final Pointer handle;
  private final Cleaner.Cleanable cleanable;

  public Context() {
    Pointer created = NativeLibrary.LIB.tiltak_context_new();
    if (created == null) throw new OutOfMemoryError("tiltak_context_new");
    handle = created;
    cleanable = CLEANER.register(this, () -> NativeLibrary.LIB.tiltak_context_free(created));
  }

  Pointer handle() {
    return handle;
  }

  @Override
  public void close() {
    cleanable.clean();
  }

  /** A call giving a string: (out text, out length) -> status. */
  interface StringCall {
    int call(PointerByReference text, NativeLibrary.SizeTByReference length);
  }

  byte[] callForBytes(StringCall call) {
    PointerByReference text = new PointerByReference();
    NativeLibrary.SizeTByReference length = new NativeLibrary.SizeTByReference();
    check(call.call(text, length));
    return Text.take(text, length);
  }

  String callForString(StringCall call) {
    return new String(callForBytes(call), StandardCharsets.UTF_8);
  }

  /** Turns a negative status into a TiltakException with this context's error. */
  void check(int status) {
    if (status == 0) return;
    NativeLibrary lib = NativeLibrary.LIB;
    // Every detail is read before anything else is called with this context.
    String message = Text.borrowed(lib.tiltak_context_error_message(handle));
    String source = Text.borrowed(lib.tiltak_context_error_source(handle));
    String pointer = Text.borrowed(lib.tiltak_context_error_pointer(handle));
    String value = Text.borrowed(lib.tiltak_context_error_value(handle));
    List<Problem> problems = List.of();
    PointerByReference json = new PointerByReference();
    NativeLibrary.SizeTByReference length = new NativeLibrary.SizeTByReference();
    if (lib.tiltak_context_error_json(handle, json, length) == 0)
      problems = Arrays.asList(GSON.fromJson(new String(Text.take(json, length), StandardCharsets.UTF_8), Problem[].class));
    Status known = Status.of(status);
    if (message.isEmpty()) message = Tiltak.statusString(known);
    throw new TiltakException(known, message, source, pointer, value, problems);
  }
}
