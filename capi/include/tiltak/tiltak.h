/*
 * tiltak.h: the stable C API of tiltak (digitalisation portfolio management for
 * municipalities). Valid C99 and C++.
 *
 * Conventions (docs/c-api.md):
 * - Opaque handles: tiltak_context (error state), tiltak_portfolio (a portfolio value).
 * - Every fallible function returns int: TILTAK_OK (0) or a negative TILTAK_E_* status.
 *   The details (message, JSON Pointer, offending value, all problems as JSON) are kept in
 *   the context passed to the call, until the next call with that context.
 * - On failure, out-parameters are set to NULL / 0 and nothing has changed.
 * - Text is UTF-8. JSON in and out carries an explicit length; `out_length` may be NULL.
 *   Optional JSON input is NULL with length 0 for the defaults; NULL with another length is
 *   TILTAK_E_INVALID_ARGUMENT. Strings returned through
 *   `char** out_*` belong to the caller and are released with tiltak_string_free().
 * - No exception, abort or longjmp crosses this boundary.
 *
 * Thread safety: tiltak has no global state. A context, and a portfolio that is being
 * changed, must be used by one thread at a time. A portfolio that no thread changes may be
 * read concurrently from several threads, each with its own context.
 */
#ifndef TILTAK_TILTAK_H
#define TILTAK_TILTAK_H

#include <stddef.h>
#include <stdint.h>

#include "tiltak/version.h"

#if defined(_WIN32)
#  if defined(TILTAK_C_BUILDING)
#    define TILTAK_API __declspec(dllexport)
#  else
#    define TILTAK_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define TILTAK_API __attribute__((visibility("default")))
#else
#  define TILTAK_API
#endif

/* The first entry points that take a parameter set or rulebook as one NUL-terminated text (an
 * id, or JSON when it starts with '{') are deprecated for their _v2, which take JSON with its
 * length. They keep working (the ABI is append-only); define TILTAK_NO_DEPRECATION_WARNINGS
 * to call them without a compiler warning. */
#if defined(TILTAK_NO_DEPRECATION_WARNINGS) || defined(TILTAK_C_BUILDING)
#  define TILTAK_DEPRECATED_FOR(replacement)
#elif defined(__GNUC__)
#  define TILTAK_DEPRECATED_FOR(replacement) __attribute__((deprecated("use " #replacement)))
#elif defined(_MSC_VER)
#  define TILTAK_DEPRECATED_FOR(replacement) __declspec(deprecated("use " #replacement))
#else
#  define TILTAK_DEPRECATED_FOR(replacement)
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Status codes. Shared with the C++ API's tiltak::ErrorCode. */
#define TILTAK_OK 0
#define TILTAK_E_INVALID_ARGUMENT (-1) /* NULL where a value is needed, bad option */
#define TILTAK_E_PARSE (-2)            /* input is not well-formed JSON / CSV */
#define TILTAK_E_VALIDATION (-3)       /* well-formed input that breaks the model's rules */
#define TILTAK_E_IO (-4)               /* a file could not be read or written */
#define TILTAK_E_NOT_FOUND (-5)        /* an id that does not exist */
#define TILTAK_E_CURRENCY_MISMATCH (-6)
#define TILTAK_E_OVERFLOW (-7)
#define TILTAK_E_DUPLICATE (-8)        /* an id that already exists */
#define TILTAK_E_INFEASIBLE (-9)
#define TILTAK_E_CONFLICT (-10)        /* the store changed while a change was being made */
#define TILTAK_E_NO_MEMORY (-98)
#define TILTAK_E_INTERNAL (-99)

typedef struct tiltak_context tiltak_context;
typedef struct tiltak_portfolio tiltak_portfolio;

/* The library's version, "MAJOR.MINOR.PATCH"; compare with TILTAK_VERSION_STRING. */
TILTAK_API const char* tiltak_version(void);
/* The library's version as numbers, for a binding that checks it without parsing text:
 * MAJOR * 1000000 + MINOR * 1000 + PATCH (0.1.0 is 1000; compare with TILTAK_VERSION_NUMBER),
 * and each part alone. Plain ints, no out-parameters: one call each from P/Invoke or JNA. */
TILTAK_API int tiltak_version_number(void);
TILTAK_API int tiltak_version_major(void);
TILTAK_API int tiltak_version_minor(void);
TILTAK_API int tiltak_version_patch(void);

/* A short English text for a status (TILTAK_OK or a TILTAK_E_*), static and never NULL:
 * "invalid argument", "not found", ...; any other number gives "unknown status". For showing
 * a status where no context is at hand; the context's message says what went wrong. */
TILTAK_API const char* tiltak_status_string(int status);

/* Release a string returned by tiltak. NULL is allowed. */
TILTAK_API void tiltak_string_free(char* string);

/* ---- Contexts and errors ---------------------------------------------------------- */

/* A new context, or NULL when out of memory. */
TILTAK_API tiltak_context* tiltak_context_new(void);
TILTAK_API void tiltak_context_free(tiltak_context* context); /* NULL is allowed */

/* The last call's status (TILTAK_OK after a success). */
TILTAK_API int tiltak_context_error_code(const tiltak_context* context);
/* The last error's message, source (file name), JSON Pointer and offending value, or "" when
 * there is none. Owned by the context; valid until its next call. NULL context gives "". */
TILTAK_API const char* tiltak_context_error_message(const tiltak_context* context);
TILTAK_API const char* tiltak_context_error_source(const tiltak_context* context);
TILTAK_API const char* tiltak_context_error_pointer(const tiltak_context* context);
TILTAK_API const char* tiltak_context_error_value(const tiltak_context* context);
/* Every problem of the last error as a JSON array of
 * {"source", "pointer", "line"?, "column"?, "value", "message"} ("[]" after a success; an
 * error without located problems gives one item carrying its message). */
TILTAK_API int tiltak_context_error_json(tiltak_context* context, char** out_json, size_t* out_length);
/* The largest file this context's calls read (tiltak_portfolio_load), in bytes; a larger one
 * is TILTAK_E_IO before anything is read. Default 2 GiB. Only regular files are read: a
 * directory, device or FIFO is TILTAK_E_IO naming the file. */
TILTAK_API int tiltak_context_set_max_input_bytes(tiltak_context* context, uint64_t max_bytes);

/* ---- Portfolios ------------------------------------------------------------------- */

/* An empty, valid portfolio: `name` for the portfolio and its organisation, `currency` an
 * ISO 4217 code ("NOK", "DKK", "EUR", "SEK"). */
TILTAK_API int tiltak_portfolio_new(tiltak_context* context, const char* name, const char* currency,
                                    tiltak_portfolio** out_portfolio);
/* Load and validate a portfolio document (docs/format.md). On TILTAK_E_VALIDATION the
 * context holds every problem found (tiltak_context_error_json). JSON nested deeper than
 * 128 levels is TILTAK_E_PARSE (no document needs ten). */
TILTAK_API int tiltak_portfolio_from_json(tiltak_context* context, const char* json, size_t length,
                                          tiltak_portfolio** out_portfolio);
TILTAK_API int tiltak_portfolio_load(tiltak_context* context, const char* path, tiltak_portfolio** out_portfolio);
TILTAK_API void tiltak_portfolio_free(tiltak_portfolio* portfolio); /* NULL is allowed */

/* The portfolio document. */
TILTAK_API int tiltak_portfolio_to_json(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                                        size_t* out_length);
/* Atomic save: a crash leaves the old file or the new one, never a truncated one. An existing
 * file keeps its mode, owner and group, a new one gets the umask's mode; a symbolic link is
 * followed and kept, a device or FIFO is written in place, a file with several hard links is
 * refused (TILTAK_E_IO). docs/architecture.md, "Files". */
TILTAK_API int tiltak_portfolio_save(tiltak_context* context, const tiltak_portfolio* portfolio, const char* path);

/* Check a document without keeping it. Returns TILTAK_OK when the check ran, and a report
 * {"valid": bool, "problems": [...]} in out_report; a malformed document is a problem too. */
TILTAK_API int tiltak_validate_json(tiltak_context* context, const char* json, size_t length, char** out_report,
                                    size_t* out_length);

/* ---- Initiatives ------------------------------------------------------------------ */

TILTAK_API int tiltak_portfolio_initiative_count(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                 size_t* out_count);
/* [{"id", "title", "stage"}, ...] in portfolio order. */
TILTAK_API int tiltak_portfolio_list_initiatives(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                 char** out_json, size_t* out_length);
/* One initiative as in the document's "initiatives" array. TILTAK_E_NOT_FOUND for an unknown id. */
TILTAK_API int tiltak_portfolio_get_initiative(tiltak_context* context, const tiltak_portfolio* portfolio,
                                               const char* id, char** out_json, size_t* out_length);
/* Add one initiative (JSON as above). The portfolio is validated as a whole afterwards; on any
 * problem (TILTAK_E_DUPLICATE, TILTAK_E_VALIDATION, ...) the portfolio is unchanged. */
TILTAK_API int tiltak_portfolio_add_initiative(tiltak_context* context, tiltak_portfolio* portfolio, const char* json,
                                               size_t length);
/* Replace the initiative with the JSON's id. Unchanged on any problem. */
TILTAK_API int tiltak_portfolio_update_initiative(tiltak_context* context, tiltak_portfolio* portfolio,
                                                  const char* json, size_t length);
/* Remove an initiative. Refused (TILTAK_E_VALIDATION, portfolio unchanged) while another
 * initiative depends on it or a benefit names it as contributor. */
TILTAK_API int tiltak_portfolio_remove_initiative(tiltak_context* context, tiltak_portfolio* portfolio,
                                                  const char* id);

/* ---- Summary ---------------------------------------------------------------------- */

/* One line per initiative: {"name", "currency", "total_cost", "total_benefit",
 * "initiatives": [{"id", "title", "stage", "owner", "total_cost", "total_benefit",
 * "status": {"schedule", "cost", "scope", "risk"}, "overall"}]}; amounts as exact strings. */
TILTAK_API int tiltak_portfolio_summary(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                                        size_t* out_length);

/* ---- Dependency graph and schedule ------------------------------------------------ */
/* docs/scheduling.md describes every field of these documents. `calendar` is
 * "calendar_days" (also when NULL), "working_days_no" or "working_days_dk"; another name is
 * TILTAK_E_INVALID_ARGUMENT. */

/* {"acyclic", "cycles_truncated", "nodes", "edges", "issues", "topological_order"}: cycles are
 * issues with their full paths, one for every group of initiatives in a ring, then more up to
 * 100 in all ("cycles_truncated" when some are left out); the order is null when there are
 * cycles. */
TILTAK_API int tiltak_portfolio_graph(tiltak_context* context, const tiltak_portfolio* portfolio, char** out_json,
                                      size_t* out_length);
/* The critical-path schedule: earliest and latest dates, floats, critical paths, conflicts of
 * fixed starts. Cycles, self-dependencies and unknown prerequisites are TILTAK_E_VALIDATION
 * with every one of them in the context; so are dates the schedule would put outside the
 * supported 1900-01-01..2200-12-31, naming the initiatives (docs/scheduling.md). */
TILTAK_API int tiltak_portfolio_schedule(tiltak_context* context, const tiltak_portfolio* portfolio,
                                         const char* calendar, char** out_json, size_t* out_length);
/* What if initiative `id` slips `days` days (negative: earlier): which initiatives move, the
 * portfolio's finish, and the benefit value moving between budget years. TILTAK_E_NOT_FOUND
 * when it is not scheduled. */
TILTAK_API int tiltak_portfolio_slip_impact(tiltak_context* context, const tiltak_portfolio* portfolio, const char* id,
                                            int days, const char* calendar, char** out_json, size_t* out_length);
/* What if initiative `id` is cancelled: who loses a prerequisite, what lies downstream, which
 * benefits lose a contributor or are at risk. */
TILTAK_API int tiltak_portfolio_cancel_impact(tiltak_context* context, const tiltak_portfolio* portfolio,
                                              const char* id, char** out_json, size_t* out_length);
/* Goals that no approved initiative serves, benefits whose contributors are all at risk. */
TILTAK_API int tiltak_portfolio_benefit_network(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                char** out_json, size_t* out_length);

/* ---- Cost-benefit appraisal --------------------------------------------------------- */
/* The appraisal of the whole portfolio ({"parameter_set", "total", "initiatives"}) or, when
 * `initiative` is not NULL, of that one initiative ({"parameter_set", "initiative", "title",
 * "opening_year", "band_anchor_year", "appraisal"}); docs/benefits.md lists every field.
 * `parameters`: NULL for the currency's default set (no-2021 for NOK, dk-2023 for DKK;
 * TILTAK_E_INVALID_ARGUMENT for other currencies), a built-in id ("dk-2023"), or a JSON
 * parameter set (text starting with '{'; TILTAK_E_PARSE / TILTAK_E_VALIDATION with every
 * problem in the context). An unknown built-in id or initiative is TILTAK_E_NOT_FOUND. */
/* Deprecated: tiltak_portfolio_appraisal_v2. */
TILTAK_API int tiltak_portfolio_appraisal(tiltak_context* context, const tiltak_portfolio* portfolio,
                                          const char* parameters, const char* initiative, char** out_json,
                                          size_t* out_length) TILTAK_DEPRECATED_FOR(tiltak_portfolio_appraisal_v2);

/* ---- Governance: compliance, lifecycle gates, decision log, archive ----------------- */
/* docs/governance.md describes the rulebook, the JSON forms and the archive messages.
 * `rulebook`: NULL for the currency's rulebook (no-default; dk-default for DKK), a built-in id,
 * or a rulebook in JSON (text starting with '{'; TILTAK_E_PARSE / TILTAK_E_VALIDATION with
 * every problem and its pointer in the context). Dates are ISO ("2026-11-23"); NULL `as_of`
 * is today. `language`: "nb", "da", "en", or NULL for the currency's language. */

/* The compliance report: {"rulebook", "as_of", "language", "counts", "findings", "areas"}.
 * Deprecated: tiltak_portfolio_check_v2. */
TILTAK_API int tiltak_portfolio_check(tiltak_context* context, const tiltak_portfolio* portfolio,
                                      const char* rulebook, const char* as_of, const char* language,
                                      char** out_json, size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_check_v2);
/* Moves an initiative through a gate. `decision_json`: {"initiative", "to", "body", "date",
 * and optionally "decided_by", "amount", "conditions", "reason", "case_reference",
 * "language"}. On success the decision is logged and out_json is its log entry (with its
 * hash); a refused transition is TILTAK_E_VALIDATION with every unmet requirement as a
 * problem in the context, and the portfolio is unchanged. Deprecated: tiltak_portfolio_advance_v2. */
TILTAK_API int tiltak_portfolio_advance(tiltak_context* context, tiltak_portfolio* portfolio,
                                        const char* rulebook, const char* decision_json, size_t length,
                                        char** out_json, size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_advance_v2);
/* Whether the decision of `decision_json` (as tiltak_portfolio_advance) may move the initiative,
 * without changing anything: {"allowed", "competent_body", "unmet": [{"requirement",
 * "pointer", "message"}]}, every unmet requirement of the gate and the mandates (the form in
 * the case system can show them before the case goes to the body).
 * Deprecated: tiltak_portfolio_check_transition_v2. */
TILTAK_API int tiltak_portfolio_check_transition(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                 const char* rulebook, const char* decision_json, size_t length,
                                                 char** out_json, size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_check_transition_v2);
/* {"intact", "entries", "first_broken", "pointer", "reason", "acknowledged", "recorded",
 * "language", "findings"} of the
 * decision record: the hash chain, the stages the log explains, and the receipts stored in the
 * portfolio, which the log must still hold unchanged (docs/governance.md); messages in the
 * currency's language. */
TILTAK_API int tiltak_portfolio_verify_decision_log(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                    char** out_json, size_t* out_length);
/* Replays the decision log of `logged` onto `initial` (the portfolio before those decisions):
 * each transition in order, checking each starts from the stage the initiative is in; the log
 * is copied too. TILTAK_E_VALIDATION at the first decision that does not fit (its pointer);
 * then `initial` is unchanged. */
TILTAK_API int tiltak_portfolio_replay_decisions(tiltak_context* context, tiltak_portfolio* initial,
                                                 const tiltak_portfolio* logged);
/* KS Fiks Arkiv v1 arkivmelding (UTF-8 XML): a case with the initiative's registration, or the
 * `index`-th decision of the log (0-based) filed in the initiative's case. `system`: the
 * sending system in the external keys, NULL for "tiltak". */
TILTAK_API int tiltak_portfolio_archive_registration(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                     const char* id, const char* system, char** out_xml,
                                                     size_t* out_length);
TILTAK_API int tiltak_portfolio_archive_decision(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                 size_t index, const char* system, char** out_xml,
                                                 size_t* out_length);
/* The archive's receipt (arkivmeldingKvittering) as {"case_file", "entry"}; TILTAK_E_PARSE when
 * it is not one. */
TILTAK_API int tiltak_archive_receipt_read(tiltak_context* context, const char* xml, size_t length,
                                           char** out_json, size_t* out_length);
/* Stores the receipt's case and registry numbers where its keys point (TILTAK_E_NOT_FOUND for
 * a key naming nothing; then nothing changes). */
TILTAK_API int tiltak_portfolio_apply_archive_receipt(tiltak_context* context, tiltak_portfolio* portfolio,
                                                      const char* xml, size_t length, const char* system);
/* The decision record as `tiltak log verify --archived DIR` verifies it: held against the
 * archive's own copies of decision messages and replayed against the rulebook's gates.
 * `archived` is `count` arkivmelding texts, the i-th of `lengths[i]` bytes (both NULL when
 * `count` is 0); `rulebook` as tiltak_portfolio_check's. The result as
 * tiltak_portfolio_verify_decision_log's; a decision the archive holds but the log no longer
 * does is a "cut_tail" finding, one it holds with another hash "changed", one through no gate
 * or beyond its body's mandate "transition" or "mandate". A copy that is not a decision message
 * of tiltak is TILTAK_E_VALIDATION with its problem (source "<arkivmelding>", the line) in the
 * context. Deprecated: tiltak_portfolio_verify_decision_log_archived_v2. */
TILTAK_API int tiltak_portfolio_verify_decision_log_archived(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                             const char* rulebook, const char* const* archived,
                                                             const size_t* lengths, size_t count, char** out_json,
                                                             size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_verify_decision_log_archived_v2);
/* The log's anchor an archived decision message carries: {"number", "hash", "head_number",
 * "head_hash"} (docs/governance.md, "What the chain proves"). TILTAK_E_VALIDATION for XML that
 * is not a valid decision message of tiltak. */
TILTAK_API int tiltak_archive_chain_anchor_read(tiltak_context* context, const char* xml, size_t length,
                                                char** out_json, size_t* out_length);
/* How an arkivmelding breaks the bundled Fiks Arkiv schemas: a JSON array of problems
 * ({"source", "pointer", "line", "column", "value", "message"}; line and column where known),
 * [] when it is valid. */
TILTAK_API int tiltak_arkivmelding_problems(tiltak_context* context, const char* xml, size_t length, char** out_json,
                                            size_t* out_length);
/* As tiltak_portfolio_archive_decision, describing the documents sent with the message (the
 * saksframlegg, the report the body decided on): `documents_json` (with its length) is
 * [{"title", "file_name", "content_base64", "mime_type" (default "application/pdf")}], the
 * first the main document; each gets its SHA-256 checksum and size. Bad documents are
 * TILTAK_E_INVALID_ARGUMENT with every problem's pointer in the context. */
TILTAK_API int tiltak_portfolio_archive_decision_with_documents(tiltak_context* context,
                                                                const tiltak_portfolio* portfolio, size_t index,
                                                                const char* system, const char* documents_json,
                                                                size_t documents_length, char** out_xml,
                                                                size_t* out_length);
/* ---- Portfolio report ------------------------------------------------------------- */
/* The portfolio report (docs/report.md) in `format`: "json" (the versioned report document),
 * "html" (one self-contained page), "md" (Markdown), "csv" (a JSON object mapping each
 * table's file name to its CSV text) or "pdf" (PDF/A-2b bytes, out_length of them, printed by
 * Chromium and converted by Ghostscript found at run time: TILTAK_E_NOT_FOUND naming what is
 * missing, TILTAK_E_IO when a program fails or takes longer than 180 s). `options_json` (with its length) is
 * {"as_of": "2026-11-23", "scope": "area:HO", "language": "nb", "hide_personal_names": false,
 *  "stale_status_days": 45, "parameter_set": "no-2021", "calendar": "calendar_days",
 *  "rulebook": "no-default" or {a rulebook, docs/governance.md},
 *  "since": {a previous report in its JSON form}}; only "as_of" is required. Bad options are
 * TILTAK_E_VALIDATION with every problem and its JSON Pointer in the context; an unknown
 * service area or member in the scope is TILTAK_E_NOT_FOUND. */
TILTAK_API int tiltak_portfolio_report(tiltak_context* context, const tiltak_portfolio* portfolio,
                                       const char* options_json, size_t options_length, const char* format,
                                       char** out_text, size_t* out_length);
/* ---- Prioritisation and selection --------------------------------------------------- */
/* Scores and ranks the candidate initiatives (not finished, not dropped) by weighted criteria:
 * {"criteria", "ahp", "initiatives": [{id, title, rank, score, criteria: [{criterion, raw,
 * normalised, weight, contribution}]}]}, best first, equal scores sharing a rank.
 * `criteria_json` (with its length): a criteria document (docs/prioritisation.md), or NULL for
 * the default criteria. Bad criteria, an AHP matrix with CR > 0.10 included, are
 * TILTAK_E_PARSE / TILTAK_E_VALIDATION with every problem's pointer in the context. */
TILTAK_API int tiltak_portfolio_prioritise(tiltak_context* context, const tiltak_portfolio* portfolio,
                                           const char* criteria_json, size_t criteria_length, char** out_json,
                                           size_t* out_length);
/* Chooses the portfolio that maximises the total score (or NPV) within the yearly budgets,
 * capacity, forced choices, prerequisites, exclusive groups and service-area shares:
 * {"objective", "method", "status", "first_year", "last_year", "objective_value", "best_bound",
 * "gap", "seconds", "selected", "decisions", "years", "capacity", "areas"}.
 * `options_json` (with its length): selection options (docs/prioritisation.md), or NULL for
 * the defaults (the strategy's budget frames, exact). A request that cannot be met is
 * TILTAK_E_INFEASIBLE with one problem per conflict, each naming the constraints; an unknown
 * id in the options is TILTAK_E_NOT_FOUND. */
TILTAK_API int tiltak_portfolio_select(tiltak_context* context, const tiltak_portfolio* portfolio,
                                       const char* options_json, size_t options_length, char** out_json,
                                       size_t* out_length);
/* The efficient frontier: the selection of `options_json` (as tiltak_portfolio_select) at each
 * budget level, every year's budgets times budget_factors[i] (finite, >= 0; `factor_count`
 * of them): {"points": [{budget_factor, investment_budget, feasible, objective_value, status,
 * gap, selected}]}. A level the mandatory initiatives do not fit is "feasible": false. */
TILTAK_API int tiltak_portfolio_frontier(tiltak_context* context, const tiltak_portfolio* portfolio,
                                         const char* options_json, size_t options_length,
                                         const double* budget_factors, size_t factor_count, char** out_json,
                                         size_t* out_length);
/* Two scenarios side by side: the selections of options A and B (each NULL for the defaults):
 * {"enters", "leaves", "stays", "value_a", "value_b", "years": [{year, investment_a,
 * investment_b, operating_a, operating_b}]}. Either being infeasible is TILTAK_E_INFEASIBLE. */
TILTAK_API int tiltak_portfolio_compare_selections(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                   const char* options_a_json, size_t options_a_length,
                                                   const char* options_b_json, size_t options_b_length,
                                                   char** out_json, size_t* out_length);
/* A realistic plan for the selection of `options_json` (as tiltak_portfolio_select): start
 * years that keep every year's budgets and capacity and the dependencies, and what had to be
 * deferred and why: {"scheduled": [{id, title, planned_year, start_year}], "deferred": [{id,
 * title, reason}]}. */
TILTAK_API int tiltak_portfolio_plan(tiltak_context* context, const tiltak_portfolio* portfolio,
                                     const char* options_json, size_t options_length, char** out_json,
                                     size_t* out_length);
/* ---- Benefit realisation ---------------------------------------------------------- */
/* Realisation tracking as of a date (docs/benefits.md, "Realisation tracking"): for every
 * benefit, or for `benefit` when it is not NULL, the realisation degree against the planned
 * profile, planned and realised money to date, the least-squares forecast and the flags.
 * `options_json` (length `options_length`): {"as_of": "YYYY-MM-DD", "measurement_grace_days": 0,
 * "behind_plan_tolerance": 0}, as_of required. TILTAK_E_PARSE / TILTAK_E_VALIDATION for bad
 * options (every problem in the context), TILTAK_E_NOT_FOUND for an unknown benefit. */
TILTAK_API int tiltak_portfolio_realisation(tiltak_context* context, const tiltak_portfolio* portfolio,
                                            const char* benefit, const char* options_json, size_t options_length,
                                            char** out_json, size_t* out_length);

/* Who pays and who gains (docs/benefits.md, "Who pays and who gains"): {"parameter_set",
 * "currency", "discount_year", "level", "matrix", "budget_withdrawal", "cofinancing"}. The
 * matrix of cost bearers against benefit recipients in present values, each party's balance,
 * the budget effect that can be withdrawn (gevinstuttak) per party and year, and Digdir's
 * co-financing assessment when the parameter set has its rules (no-2021; else null).
 * `parameters` as for tiltak_portfolio_appraisal; `level`: NULL or "unit", "service_area",
 * "member" (TILTAK_E_INVALID_ARGUMENT otherwise). */
/* Deprecated: tiltak_portfolio_payers_v2. */
TILTAK_API int tiltak_portfolio_payers(tiltak_context* context, const tiltak_portfolio* portfolio,
                                       const char* parameters, const char* level, char** out_json,
                                       size_t* out_length) TILTAK_DEPRECATED_FOR(tiltak_portfolio_payers_v3);
/* The same with the parameter set as JSON (as the _v2 functions below) and `options_json`
 * (length `options_length`; NULL and 0 for the defaults): {"level": "unit" | "service_area" |
 * "member", "counted": ["committed", "pipeline", "paused", "dropped"], "withdrawal_share": 0..1,
 * "discount_year": 1900..2200}, all optional. Only committed initiatives are counted unless
 * "counted" names more; the gevinstuttak takes the parameter set's withdrawal share (the whole
 * gain without one) unless "withdrawal_share". TILTAK_E_PARSE / TILTAK_E_VALIDATION for bad
 * options, with every problem's pointer in the context. */
TILTAK_API int tiltak_portfolio_payers_v3(tiltak_context* context, const tiltak_portfolio* portfolio,
                                          const char* parameters_json, size_t parameters_length,
                                          const char* options_json, size_t options_length, char** out_json,
                                          size_t* out_length);

/* The plus-minus method for benefits without a money value (docs/benefits.md, "Plus-minus
 * method"): `input_json` {"matrix" (optional), "assessments": [{"benefit", "significance",
 * "scope", "note"}]}; out {"parameter_set", "initiatives": [... "effects" ...],
 * "ranking_challenged", "challenges", "open_because_unassessed"}. Every benefit without a money
 * value is listed, assessed or not. TILTAK_E_VALIDATION for an assessment of an unknown or
 * money-valued benefit or a bad matrix. */
/* Deprecated: tiltak_portfolio_plus_minus_v2. */
TILTAK_API int tiltak_portfolio_plus_minus(tiltak_context* context, const tiltak_portfolio* portfolio,
                                           const char* parameters, const char* input_json, size_t input_length,
                                           char** out_json, size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_plus_minus_v2);

/* Uncertainty of the NPV with tax-financing cost (docs/benefits.md, "Uncertainty"): three-point
 * factors on costs and benefits and a benefit delay per initiative, a seeded Monte Carlo
 * (triangular; P10/P50/P90, mean, P(NPV < 0); the same result for any thread count) and a
 * tornado (+-20 % per item). `input_json` {"seed", "draws", "threads", "tornado_swing_percent",
 * "defaults", "initiatives"}, all optional ("{}" for the defaults). */
/* Deprecated: tiltak_portfolio_uncertainty_v2. */
TILTAK_API int tiltak_portfolio_uncertainty(tiltak_context* context, const tiltak_portfolio* portfolio,
                                            const char* parameters, const char* input_json, size_t input_length,
                                            char** out_json, size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_uncertainty_v2);

/* Benefits move with the schedule (docs/benefits.md): what a slip of initiative `id` by `days`
 * calendar days does to the present value of the benefits that move with it, {"parameter_set",
 * "initiative", "slip_days", "discount_year", "npv_before", "npv_after", "npv_change",
 * "npv_change_without_tax_financing", "benefits", "moved"}. TILTAK_E_NOT_FOUND when the
 * initiative is not scheduled. */
/* Deprecated: tiltak_portfolio_slip_value_v2. */
TILTAK_API int tiltak_portfolio_slip_value(tiltak_context* context, const tiltak_portfolio* portfolio,
                                           const char* parameters, const char* id, int days, char** out_json,
                                           size_t* out_length) TILTAK_DEPRECATED_FOR(tiltak_portfolio_slip_value_v2);

/* ---- Sensitivity of the prioritisation to its weights ------------------------------ */
/* Weight-swap thresholds (docs/prioritisation.md, "Sensitivity"; Triantaphyllou & Sanchez
 * 1997): for each pair of neighbours in the ranking of `criteria_json` (as
 * tiltak_portfolio_prioritise, NULL for the defaults), the change of each criterion's weight
 * alone that makes the two scores equal, absolute and relative, whether the new weight stays
 * within [0, 1], and the renormalised weights there: {"criteria": [{id, weight}], "pairs":
 * [{higher, lower, higher_score, lower_score, tied, most_critical, thresholds: [{criterion,
 * change, relative_percent, feasible, weights_at_threshold}]}], "most_critical": {pair,
 * higher, lower, criterion, change, relative_percent} or null}. */
TILTAK_API int tiltak_portfolio_weight_thresholds(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                  const char* criteria_json, size_t criteria_length,
                                                  char** out_json, size_t* out_length);
/* Monte Carlo over weight uncertainty: each initiative's probability of making the top k and
 * of being selected, its mean rank, P5/P95 ranks and rank acceptabilities. `options_json`:
 * selection options (as tiltak_portfolio_select; its criteria give the weights), NULL for the
 * defaults. `uncertainty_json`: {"model": "dirichlet"|"uniform", "concentration",
 * "spread_percent", "draws", "top_k", "seed", "threads", "select", "method",
 * "time_limit_seconds"}, every field optional, NULL for the defaults (Dirichlet, concentration
 * 100, 1 000 draws, top 5, seed 1, greedy selection per draw). The same seed gives the same
 * result for any thread count. Bad options are TILTAK_E_VALIDATION with their pointers. */
TILTAK_API int tiltak_portfolio_weight_uncertainty(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                   const char* options_json, size_t options_length,
                                                   const char* uncertainty_json, size_t uncertainty_length,
                                                   char** out_json, size_t* out_length);

/* ---- The portfolio store ---------------------------------------------------------- */
/* docs/store.md. A store is opened at a location: a path ending in ".json" (the JSON document,
 * no history), a "postgresql://" or "postgres://" URI a PostgreSQL store, any other path an
 * SQLite store. `at` selects a state: NULL for the latest, a
 * revision number ("12") or a date ("2026-11-23": the last revision of that day, UTC).
 * Revisions come out as JSON {"revision", "author", "time", "message", "chain_head"}. A store
 * handle is used by one thread at a time. */
typedef struct tiltak_store tiltak_store;

/* Open an existing store (TILTAK_E_IO naming the location when it cannot be opened,
 * TILTAK_E_VALIDATION for a database that is not a tiltak store or is from a newer tiltak). */
TILTAK_API int tiltak_store_open(tiltak_context* context, const char* location, tiltak_store** out_store);
/* Make a new, empty SQLite store, or a PostgreSQL store's tables in the schema the URI's
 * search_path names first; TILTAK_E_DUPLICATE when the file exists or a store is there. */
TILTAK_API int tiltak_store_create(tiltak_context* context, const char* location, tiltak_store** out_store);
TILTAK_API void tiltak_store_close(tiltak_store* store); /* NULL is allowed */

/* The portfolio at `at` as a new handle; TILTAK_E_NOT_FOUND for an empty store, an unknown
 * revision or a date before the first revision. */
TILTAK_API int tiltak_store_read(tiltak_context* context, tiltak_store* store, const char* at,
                                 tiltak_portfolio** out_portfolio);
/* The portfolio document at `at`, byte for byte as committed. */
TILTAK_API int tiltak_store_export(tiltak_context* context, tiltak_store* store, const char* at, char** out_json,
                                   size_t* out_length);

/* Called by tiltak_store_apply with the latest portfolio, under the store's write lock: edit it
 * with the tiltak_portfolio_* functions (and a context of your own) and return TILTAK_OK to
 * commit, anything else to abandon the change. */
typedef int (*tiltak_store_change)(void* user_data, tiltak_portfolio* latest);
/* Apply a change and commit it as a new revision. `info_json`: {"author", "message", "time"?}
 * ("time" as in revisions, default now). The result must be valid (TILTAK_E_VALIDATION with
 * every problem, nothing committed); a logged decision may not be changed or removed; a change
 * the callback abandons is TILTAK_E_INVALID_ARGUMENT naming its status, nothing committed;
 * TILTAK_E_CONFLICT when the store changed under the lock. out_revision: the revision as JSON
 * (the latest one when nothing changed). */
TILTAK_API int tiltak_store_apply(tiltak_context* context, tiltak_store* store, tiltak_store_change change,
                                  void* user_data, const char* info_json, size_t info_length, char** out_revision,
                                  size_t* out_length);
/* Replace one initiative (`json`, `length` bytes: as the document's "initiatives" array holds it,
 * amounts in the portfolio's currency) as tiltak_store_apply would, comparing, checking and
 * writing that initiative alone: on a store handle whose last change made the latest revision,
 * its cost hardly grows with the portfolio. TILTAK_E_NOT_FOUND when no initiative has its id. */
TILTAK_API int tiltak_store_update_initiative(tiltak_context* context, tiltak_store* store, const char* json,
                                              size_t length, const char* info_json, size_t info_length,
                                              char** out_revision, size_t* out_length);
/* Replace the whole portfolio with a document, as one revision (into an empty store too). */
TILTAK_API int tiltak_store_import(tiltak_context* context, tiltak_store* store, const char* json, size_t length,
                                   const char* info_json, size_t info_length, char** out_revision,
                                   size_t* out_length);
/* Every revision, oldest first, as a JSON array; with `initiative` (NULL for all) those that
 * added, changed or removed it. The JSON document has none: "[]". */
TILTAK_API int tiltak_store_history(tiltak_context* context, tiltak_store* store, const char* initiative,
                                    char** out_json, size_t* out_length);
/* The latest portfolio's decision record as `tiltak log verify STORE --archived DIR` verifies
 * it: as tiltak_portfolio_verify_decision_log_archived, and held against the store's own history
 * of chain heads too (an SQLite store keeps the head after every revision; a decision it
 * recorded but the log no longer holds unchanged is a "cut_tail" or "changed" finding naming
 * the store's history). The result has "acknowledged" (the last decision the archive vouches
 * for), "recorded" (the last one the store's history vouches for) and "language" (of the
 * messages; `language` NULL for the currency's). */
/* Deprecated: tiltak_store_verify_decision_log_v2. */
TILTAK_API int tiltak_store_verify_decision_log(tiltak_context* context, tiltak_store* store, const char* rulebook,
                                                const char* language, const char* const* archived,
                                                const size_t* lengths, size_t count, char** out_json,
                                                size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_store_verify_decision_log_v2);

/* ---- The JSON-only entry points (_v2) ------------------------------------------------ */
/* Each as the function it replaces, with the parameter set or rulebook given as JSON with its
 * length instead of one NUL-terminated text read by its first character.
 * `parameters_json`, `parameters_length`: NULL and 0 for the currency's default set,
 * {"id": "dk-2023"} for a built-in (TILTAK_E_NOT_FOUND when there is none), or a whole JSON
 * parameter set (TILTAK_E_PARSE / TILTAK_E_VALIDATION with every problem in the context). */
TILTAK_API int tiltak_portfolio_appraisal_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                             const char* parameters_json, size_t parameters_length,
                                             const char* initiative, char** out_json, size_t* out_length);
/* Deprecated: tiltak_portfolio_payers_v3 (it takes every option, the level among them). */
TILTAK_API int tiltak_portfolio_payers_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                          const char* parameters_json, size_t parameters_length, const char* level,
                                          char** out_json, size_t* out_length)
    TILTAK_DEPRECATED_FOR(tiltak_portfolio_payers_v3);
TILTAK_API int tiltak_portfolio_plus_minus_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                              const char* parameters_json, size_t parameters_length,
                                              const char* input_json, size_t input_length, char** out_json,
                                              size_t* out_length);
TILTAK_API int tiltak_portfolio_uncertainty_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                               const char* parameters_json, size_t parameters_length,
                                               const char* input_json, size_t input_length, char** out_json,
                                               size_t* out_length);
TILTAK_API int tiltak_portfolio_slip_value_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                              const char* parameters_json, size_t parameters_length, const char* id,
                                              int days, char** out_json, size_t* out_length);
/* `rulebook_json`, `rulebook_length`: NULL and 0 for the currency's rulebook, {"id":
 * "dk-default"} for a built-in (TILTAK_E_NOT_FOUND when there is none), or a whole rulebook in
 * JSON (TILTAK_E_PARSE / TILTAK_E_VALIDATION with every problem and its pointer). */
TILTAK_API int tiltak_portfolio_check_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                         const char* rulebook_json, size_t rulebook_length, const char* as_of,
                                         const char* language, char** out_json, size_t* out_length);
TILTAK_API int tiltak_portfolio_advance_v2(tiltak_context* context, tiltak_portfolio* portfolio,
                                           const char* rulebook_json, size_t rulebook_length,
                                           const char* decision_json, size_t length, char** out_json,
                                           size_t* out_length);
TILTAK_API int tiltak_portfolio_check_transition_v2(tiltak_context* context, const tiltak_portfolio* portfolio,
                                                    const char* rulebook_json, size_t rulebook_length,
                                                    const char* decision_json, size_t length, char** out_json,
                                                    size_t* out_length);
TILTAK_API int tiltak_portfolio_verify_decision_log_archived_v2(tiltak_context* context,
                                                                const tiltak_portfolio* portfolio,
                                                                const char* rulebook_json, size_t rulebook_length,
                                                                const char* const* archived, const size_t* lengths,
                                                                size_t count, char** out_json, size_t* out_length);
TILTAK_API int tiltak_store_verify_decision_log_v2(tiltak_context* context, tiltak_store* store,
                                                   const char* rulebook_json, size_t rulebook_length,
                                                   const char* language, const char* const* archived,
                                                   const size_t* lengths, size_t count, char** out_json,
                                                   size_t* out_length);

#ifdef __cplusplus
}
#endif

#endif /* TILTAK_TILTAK_H */
