package tiltak;

import com.sun.jna.IntegerType;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.ByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * libtiltak_c as JNA sees it (capi/include/tiltak/tiltak.h). Handles are Pointers, text goes
 * in as UTF-8 byte arrays (NUL-terminated where the C API reads a C string, with a length
 * where it takes one), and returned strings come back as Pointers so that they can be given
 * to tiltak_string_free.
 */
interface NativeLibrary extends Library {
  NativeLibrary LIB = Native.load("tiltak_c", NativeLibrary.class);

  /** size_t. */
  final class SizeT extends IntegerType {
    private static final long serialVersionUID = 1L;

    public SizeT() { this(0); }
    public SizeT(long value) { super(Native.SIZE_T_SIZE, value, true); }
  }

  /** size_t*. */
  final class SizeTByReference extends ByReference {
    public SizeTByReference() { super(Native.SIZE_T_SIZE); }

    public long getValue() {
      return Native.SIZE_T_SIZE == 8 ? getPointer().getLong(0) : getPointer().getInt(0) & 0xffffffffL;
    }
  }

  Pointer tiltak_version();
  int tiltak_version_number();
  int tiltak_version_major();
  Pointer tiltak_status_string(int status);
  void tiltak_string_free(Pointer text);

  Pointer tiltak_context_new();
  void tiltak_context_free(Pointer context);
  Pointer tiltak_context_error_message(Pointer context);
  Pointer tiltak_context_error_source(Pointer context);
  Pointer tiltak_context_error_pointer(Pointer context);
  Pointer tiltak_context_error_value(Pointer context);
  int tiltak_context_error_json(Pointer context, PointerByReference json, SizeTByReference length);

  int tiltak_portfolio_from_json(Pointer context, byte[] json, SizeT length, PointerByReference portfolio);
  int tiltak_portfolio_load(Pointer context, byte[] path, PointerByReference portfolio);
  void tiltak_portfolio_free(Pointer portfolio);
  int tiltak_portfolio_to_json(Pointer context, Pointer portfolio, PointerByReference json, SizeTByReference length);
  int tiltak_portfolio_initiative_count(Pointer context, Pointer portfolio, SizeTByReference count);
  int tiltak_portfolio_summary(Pointer context, Pointer portfolio, PointerByReference json, SizeTByReference length);
  int tiltak_portfolio_appraisal_v2(Pointer context, Pointer portfolio, byte[] parametersJson,
                                    SizeT parametersLength, byte[] initiative, PointerByReference json,
                                    SizeTByReference length);
  int tiltak_portfolio_select(Pointer context, Pointer portfolio, byte[] options, SizeT optionsLength,
                              PointerByReference json, SizeTByReference length);
  int tiltak_portfolio_report(Pointer context, Pointer portfolio, byte[] options, SizeT optionsLength, byte[] format,
                              PointerByReference text, SizeTByReference length);
  int tiltak_portfolio_check_v2(Pointer context, Pointer portfolio, byte[] rulebookJson, SizeT rulebookLength,
                                byte[] asOf, byte[] language, PointerByReference json, SizeTByReference length);
  int tiltak_portfolio_advance_v2(Pointer context, Pointer portfolio, byte[] rulebookJson, SizeT rulebookLength,
                                  byte[] decision, SizeT decisionLength, PointerByReference json,
                                  SizeTByReference length);
  int tiltak_portfolio_archive_registration(Pointer context, Pointer portfolio, byte[] id, byte[] system,
                                            PointerByReference xml, SizeTByReference length);
  int tiltak_portfolio_archive_decision(Pointer context, Pointer portfolio, SizeT index, byte[] system,
                                        PointerByReference xml, SizeTByReference length);
}
