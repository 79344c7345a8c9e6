// tiltak for .NET: a thin wrapper over libtiltak_c (docs/c-api.md, docs/embedding.md).
//
// Handles are SafeHandles, a negative status is a TiltakException carrying the status, the
// JSON Pointer, the offending value, the message and every problem; text crosses as UTF-8 bytes
// with explicit lengths, and every string the library returns is copied, then given back to
// tiltak_string_free. Results are the library's JSON documents as strings: Debian's Mono has
// no System.Text.Json, and this one source must build unchanged under Mono's mcs and .NET
// (parse them with System.Text.Json.JsonDocument.Parse where it exists). The few small results
// a caller branches on (the problems of an error, the version) are typed.
//
// Threads: one Context per thread (or per async flow); a Portfolio nobody changes may be read
// by many threads at once, each passing its own Context.

using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;

namespace Tiltak
{
    /// <summary>The C API's statuses (TILTAK_OK, TILTAK_E_*), docs/c-api.md "Conventions".</summary>
    public enum Status
    {
        Ok = 0,
        InvalidArgument = -1,
        Parse = -2,
        Validation = -3,
        Io = -4,
        NotFound = -5,
        CurrencyMismatch = -6,
        Overflow = -7,
        Duplicate = -8,
        Infeasible = -9,
        Conflict = -10,
        NoMemory = -98,
        Internal = -99,
    }

    /// <summary>One problem of an error: where (source, JSON Pointer, line and column when
    /// known), the offending value as JSON text, and the message.</summary>
    [DataContract]
    public sealed class Problem
    {
        [DataMember(Name = "source")] public string Source { get; private set; }
        [DataMember(Name = "pointer")] public string Pointer { get; private set; }
        [DataMember(Name = "line", IsRequired = false)] public int? Line { get; private set; }
        [DataMember(Name = "column", IsRequired = false)] public int? Column { get; private set; }
        [DataMember(Name = "value")] public string Value { get; private set; }
        [DataMember(Name = "message")] public string Message { get; private set; }

        public override string ToString() { return (Pointer ?? "") + ": " + Message; }
    }

    /// <summary>A call that returned a negative status, with the context's error read at once
    /// (before the context's next call would clear it).</summary>
    public sealed class TiltakException : Exception
    {
        public Status Status { get; private set; }
        /// <summary>The first problem's JSON Pointer into the input ("" when none).</summary>
        public string Pointer { get; private set; }
        /// <summary>The offending value as JSON text ("\"T-404\"", "[1, 2]"; "" when none).</summary>
        public string Value { get; private set; }
        /// <summary>The first problem's source: a file name or "&lt;memory&gt;" (Exception.Source
        /// names the throwing assembly, hence another name).</summary>
        public string InputSource { get; private set; }
        /// <summary>Every problem of the error (a document with five mistakes gives five).</summary>
        public IReadOnlyList<Problem> Problems { get; private set; }

        internal TiltakException(Status status, string message, string source, string pointer, string value,
                                 IReadOnlyList<Problem> problems)
            : base(message.Length > 0 ? message : Library.StatusString(status))
        {
            Status = status;
            InputSource = source;
            Pointer = pointer;
            Value = value;
            Problems = problems;
        }
    }

    /// <summary>The library actually loaded.</summary>
    public static class Library
    {
        /// <summary>The major version this wrapper was written for.</summary>
        public const int WrittenForMajor = 0;

        public static string Version { get { return Native.Utf8(Native.tiltak_version()); } }
        /// <summary>major * 1000000 + minor * 1000 + patch.</summary>
        public static int VersionNumber { get { return Native.tiltak_version_number(); } }
        public static int VersionMajor { get { return Native.tiltak_version_major(); } }

        public static string StatusString(Status status) { return Native.Utf8(Native.tiltak_status_string((int)status)); }

        /// <summary>Throws when the loaded library's major version is not the one this wrapper
        /// follows, or older than `minimum` (a version number).</summary>
        public static void RequireVersion(int minimum)
        {
            if (VersionMajor != WrittenForMajor || VersionNumber < minimum)
                throw new InvalidOperationException("libtiltak_c " + Version + " is loaded; this program needs " +
                                                    WrittenForMajor + ".x at least " + minimum);
        }
    }

    internal sealed class ContextHandle : SafeHandle
    {
        public ContextHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle() { Native.tiltak_context_free(handle); return true; }
    }

    internal sealed class PortfolioHandle : SafeHandle
    {
        public PortfolioHandle() : base(IntPtr.Zero, true) { }
        public override bool IsInvalid { get { return handle == IntPtr.Zero; } }
        protected override bool ReleaseHandle() { Native.tiltak_portfolio_free(handle); return true; }
    }

    /// <summary>Where a call's error lives. Used by one thread at a time.</summary>
    public sealed class Context : IDisposable
    {
        internal readonly ContextHandle Handle;

        public Context()
        {
            Handle = Native.tiltak_context_new();
            if (Handle.IsInvalid) throw new OutOfMemoryException("tiltak_context_new");
        }

        public void Dispose() { Handle.Dispose(); }

        /// <summary>Turns a negative status into a TiltakException with this context's error.</summary>
        internal void Check(int status)
        {
            if (status == 0) return;
            IntPtr json;
            UIntPtr length;
            var problems = new List<Problem>();
            // Read every detail before anything else is called with this context.
            string message = Native.Utf8(Native.tiltak_context_error_message(Handle));
            string source = Native.Utf8(Native.tiltak_context_error_source(Handle));
            string pointer = Native.Utf8(Native.tiltak_context_error_pointer(Handle));
            string value = Native.Utf8(Native.tiltak_context_error_value(Handle));
            if (Native.tiltak_context_error_json(Handle, out json, out length) == 0)
            {
                var serializer = new DataContractJsonSerializer(typeof(List<Problem>));
                using (var stream = new MemoryStream(Native.Take(json, length)))
                    problems = (List<Problem>)serializer.ReadObject(stream);
            }
            throw new TiltakException((Status)status, message, source, pointer, value, problems.AsReadOnly());
        }

        internal delegate int StringCall(out IntPtr text, out UIntPtr length);

        internal byte[] CallForBytes(StringCall call)
        {
            IntPtr text;
            UIntPtr length;
            Check(call(out text, out length));
            return Native.Take(text, length);
        }
    }

    /// <summary>A portfolio (docs/format.md). Reading calls may run on many threads at once, each
    /// with its own Context; a changing call needs the portfolio to itself.</summary>
    public sealed class Portfolio : IDisposable
    {
        internal readonly PortfolioHandle Handle;

        private Portfolio(PortfolioHandle handle) { Handle = handle; }

        public void Dispose() { Handle.Dispose(); }

        /// <summary>Loads and validates a document; on failure every problem is in the exception.</summary>
        public static Portfolio FromJson(Context context, string json)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(json);
            PortfolioHandle handle;
            context.Check(Native.tiltak_portfolio_from_json(context.Handle, bytes, (UIntPtr)bytes.Length, out handle));
            return new Portfolio(handle);
        }

        public static Portfolio Load(Context context, string path)
        {
            PortfolioHandle handle;
            context.Check(Native.tiltak_portfolio_load(context.Handle, Native.CString(path), out handle));
            return new Portfolio(handle);
        }

        public string ToJson(Context context)
        {
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_to_json(context.Handle, Handle, out t, out n); });
        }

        public long InitiativeCount(Context context)
        {
            UIntPtr count;
            context.Check(Native.tiltak_portfolio_initiative_count(context.Handle, Handle, out count));
            return (long)count.ToUInt64();
        }

        public string Summary(Context context)
        {
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_summary(context.Handle, Handle, out t, out n); });
        }

        /// <summary>The appraisal (docs/benefits.md): `parametersJson` null for the currency's set,
        /// {"id": "dk-2023"} for a built-in or a whole parameter set; `initiative` null for the
        /// whole portfolio.</summary>
        public string Appraisal(Context context, string parametersJson = null, string initiative = null)
        {
            byte[] parameters = Native.Json(parametersJson);
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_appraisal_v2(context.Handle, Handle, parameters, Native.Length(parameters),
                                                            Native.CString(initiative), out t, out n); });
        }

        /// <summary>The selection within budgets (docs/prioritisation.md); options null for the defaults.</summary>
        public string Select(Context context, string optionsJson = null)
        {
            byte[] options = Native.Json(optionsJson);
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_select(context.Handle, Handle, options, Native.Length(options), out t, out n); });
        }

        /// <summary>The portfolio report (docs/report.md) in "json", "html", "md" or "csv".</summary>
        public string Report(Context context, string optionsJson, string format)
        {
            return Encoding.UTF8.GetString(ReportBytes(context, optionsJson, format));
        }

        /// <summary>The report as bytes, for "pdf" (which contains NUL bytes).</summary>
        public byte[] ReportBytes(Context context, string optionsJson, string format)
        {
            byte[] options = Native.Json(optionsJson);
            return context.CallForBytes(delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_report(context.Handle, Handle, options, Native.Length(options),
                                                      Native.CString(format), out t, out n); });
        }

        /// <summary>The compliance report (docs/governance.md); nulls for the currency's rulebook,
        /// today and the currency's language. `rulebookJson`: {"id": "dk-default"} for a built-in,
        /// or a whole rulebook.</summary>
        public string Check(Context context, string rulebookJson = null, string asOf = null, string language = null)
        {
            byte[] rulebook = Native.Json(rulebookJson);
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_check_v2(context.Handle, Handle, rulebook, Native.Length(rulebook),
                                                        Native.CString(asOf), Native.CString(language), out t, out n); });
        }

        /// <summary>Moves an initiative through a gate and logs the decision; a refusal is a
        /// TiltakException (Validation) with every unmet requirement, the portfolio unchanged.</summary>
        public string Advance(Context context, string decisionJson, string rulebookJson = null)
        {
            byte[] decision = Native.Json(decisionJson), rulebook = Native.Json(rulebookJson);
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_advance_v2(context.Handle, Handle, rulebook, Native.Length(rulebook),
                                                          decision, Native.Length(decision), out t, out n); });
        }

        /// <summary>The KS Fiks Arkiv arkivmelding of an initiative's registration.</summary>
        public string ArchiveRegistration(Context context, string initiative, string system = null)
        {
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_archive_registration(context.Handle, Handle, Native.CString(initiative),
                                                                    Native.CString(system), out t, out n); });
        }

        /// <summary>The arkivmelding of decision `index` (0-based) of the log.</summary>
        public string ArchiveDecision(Context context, long index, string system = null)
        {
            if (index < 0) throw new ArgumentOutOfRangeException("index");
            return Text(context, delegate(out IntPtr t, out UIntPtr n) {
                return Native.tiltak_portfolio_archive_decision(context.Handle, Handle, (UIntPtr)(ulong)index,
                                                                Native.CString(system), out t, out n); });
        }

        private static string Text(Context context, Context.StringCall call)
        {
            return Encoding.UTF8.GetString(context.CallForBytes(call));
        }
    }

    internal static class Native
    {
        private const string Lib = "tiltak_c";

        /// <summary>A NUL-terminated UTF-8 copy, or null for null.</summary>
        internal static byte[] CString(string text)
        {
            if (text == null) return null;
            byte[] bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
            Encoding.UTF8.GetBytes(text, 0, text.Length, bytes, 0);
            return bytes;
        }

        internal static byte[] Json(string json) { return json == null ? null : Encoding.UTF8.GetBytes(json); }
        internal static UIntPtr Length(byte[] bytes) { return (UIntPtr)(bytes == null ? 0 : bytes.Length); }

        /// <summary>Copies a returned string of `length` bytes, then frees it with tiltak_string_free.</summary>
        internal static byte[] Take(IntPtr text, UIntPtr length)
        {
            try
            {
                ulong n = length.ToUInt64();
                if (n > int.MaxValue) throw new OutOfMemoryException("a result of " + n + " bytes");
                byte[] bytes = new byte[n];
                if (n > 0) Marshal.Copy(text, bytes, 0, (int)n);
                return bytes;
            }
            finally
            {
                tiltak_string_free(text);
            }
        }

        /// <summary>A NUL-terminated UTF-8 string the library owns (not freed).</summary>
        internal static string Utf8(IntPtr text)
        {
            if (text == IntPtr.Zero) return "";
            int n = 0;
            while (Marshal.ReadByte(text, n) != 0) ++n;
            byte[] bytes = new byte[n];
            Marshal.Copy(text, bytes, 0, n);
            return Encoding.UTF8.GetString(bytes);
        }

        [DllImport(Lib)] internal static extern IntPtr tiltak_version();
        [DllImport(Lib)] internal static extern int tiltak_version_number();
        [DllImport(Lib)] internal static extern int tiltak_version_major();
        [DllImport(Lib)] internal static extern IntPtr tiltak_status_string(int status);
        [DllImport(Lib)] internal static extern void tiltak_string_free(IntPtr text);

        [DllImport(Lib)] internal static extern ContextHandle tiltak_context_new();
        [DllImport(Lib)] internal static extern void tiltak_context_free(IntPtr context);
        [DllImport(Lib)] internal static extern IntPtr tiltak_context_error_message(ContextHandle context);
        [DllImport(Lib)] internal static extern IntPtr tiltak_context_error_source(ContextHandle context);
        [DllImport(Lib)] internal static extern IntPtr tiltak_context_error_pointer(ContextHandle context);
        [DllImport(Lib)] internal static extern IntPtr tiltak_context_error_value(ContextHandle context);
        [DllImport(Lib)] internal static extern int tiltak_context_error_json(ContextHandle context, out IntPtr json, out UIntPtr length);

        [DllImport(Lib)] internal static extern int tiltak_portfolio_from_json(ContextHandle context, byte[] json, UIntPtr length, out PortfolioHandle portfolio);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_load(ContextHandle context, byte[] path, out PortfolioHandle portfolio);
        [DllImport(Lib)] internal static extern void tiltak_portfolio_free(IntPtr portfolio);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_to_json(ContextHandle context, PortfolioHandle portfolio, out IntPtr json, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_initiative_count(ContextHandle context, PortfolioHandle portfolio, out UIntPtr count);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_summary(ContextHandle context, PortfolioHandle portfolio, out IntPtr json, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_appraisal_v2(ContextHandle context, PortfolioHandle portfolio, byte[] parametersJson, UIntPtr parametersLength, byte[] initiative, out IntPtr json, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_select(ContextHandle context, PortfolioHandle portfolio, byte[] options, UIntPtr optionsLength, out IntPtr json, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_report(ContextHandle context, PortfolioHandle portfolio, byte[] options, UIntPtr optionsLength, byte[] format, out IntPtr text, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_check_v2(ContextHandle context, PortfolioHandle portfolio, byte[] rulebookJson, UIntPtr rulebookLength, byte[] asOf, byte[] language, out IntPtr json, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_advance_v2(ContextHandle context, PortfolioHandle portfolio, byte[] rulebookJson, UIntPtr rulebookLength, byte[] decision, UIntPtr decisionLength, out IntPtr json, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_archive_registration(ContextHandle context, PortfolioHandle portfolio, byte[] id, byte[] system, out IntPtr xml, out UIntPtr length);
        [DllImport(Lib)] internal static extern int tiltak_portfolio_archive_decision(ContextHandle context, PortfolioHandle portfolio, UIntPtr index, byte[] system, out IntPtr xml, out UIntPtr length);
    }
}
