/*
 * The C header compiled as strict C99 (-std=c99 -Wall -Wextra -pedantic -Werror
 * -Wstrict-prototypes): it must be self-contained (included first), guarded against double
 * inclusion, and every function must keep the prototype C callers were built against. Run,
 * it checks the version macros against the library's tiltak_version() and
 * tiltak_version_number(), and one status text.
 */
#include <tiltak/tiltak.h>
#include <tiltak/tiltak.h> /* the include guard */

#include <stdio.h>
#include <string.h>

#if !TILTAK_AT_LEAST_VERSION(0, 1, 0)
#error "TILTAK_AT_LEAST_VERSION(0, 1, 0) must hold for these headers"
#endif
#if TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR + 1, 0, 0)
#error "TILTAK_AT_LEAST_VERSION must not hold for the next major version"
#endif
#if TILTAK_OK != 0 || TILTAK_E_INVALID_ARGUMENT >= 0 || TILTAK_E_INTERNAL >= 0
#error "TILTAK_OK is 0 and errors are negative"
#endif

/* Assigning each function to a pointer of the exact type pins its C signature. */
struct signatures {
  const char* (*version)(void);
  void (*string_free)(char*);
  tiltak_context* (*context_new)(void);
  void (*context_free)(tiltak_context*);
  int (*error_code)(const tiltak_context*);
  const char* (*error_message)(const tiltak_context*);
  const char* (*error_source)(const tiltak_context*);
  const char* (*error_pointer)(const tiltak_context*);
  const char* (*error_value)(const tiltak_context*);
  int (*error_json)(tiltak_context*, char**, size_t*);
  int (*portfolio_new)(tiltak_context*, const char*, const char*, tiltak_portfolio**);
  int (*from_json)(tiltak_context*, const char*, size_t, tiltak_portfolio**);
  int (*load)(tiltak_context*, const char*, tiltak_portfolio**);
  void (*portfolio_free)(tiltak_portfolio*);
  int (*to_json)(tiltak_context*, const tiltak_portfolio*, char**, size_t*);
  int (*save)(tiltak_context*, const tiltak_portfolio*, const char*);
  int (*validate_json)(tiltak_context*, const char*, size_t, char**, size_t*);
  int (*initiative_count)(tiltak_context*, const tiltak_portfolio*, size_t*);
  int (*list_initiatives)(tiltak_context*, const tiltak_portfolio*, char**, size_t*);
  int (*get_initiative)(tiltak_context*, const tiltak_portfolio*, const char*, char**, size_t*);
  int (*add_initiative)(tiltak_context*, tiltak_portfolio*, const char*, size_t);
  int (*update_initiative)(tiltak_context*, tiltak_portfolio*, const char*, size_t);
  int (*remove_initiative)(tiltak_context*, tiltak_portfolio*, const char*);
  int (*summary)(tiltak_context*, const tiltak_portfolio*, char**, size_t*);
  int (*graph)(tiltak_context*, const tiltak_portfolio*, char**, size_t*);
  int (*schedule)(tiltak_context*, const tiltak_portfolio*, const char*, char**, size_t*);
  int (*slip_impact)(tiltak_context*, const tiltak_portfolio*, const char*, int, const char*, char**, size_t*);
  int (*cancel_impact)(tiltak_context*, const tiltak_portfolio*, const char*, char**, size_t*);
  int (*benefit_network)(tiltak_context*, const tiltak_portfolio*, char**, size_t*);
  int (*appraisal)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, char**, size_t*);
  int (*check)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, const char*, char**, size_t*);
  int (*advance)(tiltak_context*, tiltak_portfolio*, const char*, const char*, size_t, char**, size_t*);
  int (*check_transition)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, size_t, char**, size_t*);
  int (*verify_decision_log)(tiltak_context*, const tiltak_portfolio*, char**, size_t*);
  int (*archive_registration)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, char**, size_t*);
  int (*archive_decision)(tiltak_context*, const tiltak_portfolio*, size_t, const char*, char**, size_t*);
  int (*archive_receipt_read)(tiltak_context*, const char*, size_t, char**, size_t*);
  int (*apply_archive_receipt)(tiltak_context*, tiltak_portfolio*, const char*, size_t, const char*);
  int (*replay_decisions)(tiltak_context*, tiltak_portfolio*, const tiltak_portfolio*);
  int (*report)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, char**, size_t*);
  int (*prioritise)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, char**, size_t*);
  int (*select)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, char**, size_t*);
  int (*frontier)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const double*, size_t, char**, size_t*);
  int (*compare_selections)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, size_t, char**,
                            size_t*);
  int (*plan)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, char**, size_t*);
  int (*realisation)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, size_t, char**, size_t*);
  int (*payers)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, char**, size_t*);
  int (*plus_minus)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, size_t, char**, size_t*);
  int (*uncertainty)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, size_t, char**, size_t*);
  int (*slip_value)(tiltak_context*, const tiltak_portfolio*, const char*, const char*, int, char**, size_t*);
  int (*weight_thresholds)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, char**, size_t*);
  int (*weight_uncertainty)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, size_t, char**,
                            size_t*);
  int (*verify_decision_log_archived)(tiltak_context*, const tiltak_portfolio*, const char*, const char* const*,
                                      const size_t*, size_t, char**, size_t*);
  int (*archive_chain_anchor_read)(tiltak_context*, const char*, size_t, char**, size_t*);
  int (*arkivmelding_problems)(tiltak_context*, const char*, size_t, char**, size_t*);
  int (*archive_decision_with_documents)(tiltak_context*, const tiltak_portfolio*, size_t, const char*, const char*,
                                         size_t, char**, size_t*);
  int (*version_number)(void);
  int (*version_major)(void);
  int (*version_minor)(void);
  int (*version_patch)(void);
  const char* (*status_string)(int);
  int (*appraisal_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, char**, size_t*);
  int (*payers_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, char**, size_t*);
  int (*plus_minus_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, size_t, char**,
                       size_t*);
  int (*uncertainty_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, size_t, char**,
                        size_t*);
  int (*slip_value_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, int, char**,
                       size_t*);
  int (*check_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, const char*, char**,
                  size_t*);
  int (*advance_v2)(tiltak_context*, tiltak_portfolio*, const char*, size_t, const char*, size_t, char**, size_t*);
  int (*check_transition_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, size_t,
                             char**, size_t*);
  int (*verify_archived_v2)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char* const*,
                            const size_t*, size_t, char**, size_t*);
  int (*store_verify_v2)(tiltak_context*, tiltak_store*, const char*, size_t, const char*, const char* const*,
                         const size_t*, size_t, char**, size_t*);
  int (*payers_v3)(tiltak_context*, const tiltak_portfolio*, const char*, size_t, const char*, size_t, char**,
                   size_t*);
};

static const struct signatures all = {
    tiltak_version,
    tiltak_string_free,
    tiltak_context_new,
    tiltak_context_free,
    tiltak_context_error_code,
    tiltak_context_error_message,
    tiltak_context_error_source,
    tiltak_context_error_pointer,
    tiltak_context_error_value,
    tiltak_context_error_json,
    tiltak_portfolio_new,
    tiltak_portfolio_from_json,
    tiltak_portfolio_load,
    tiltak_portfolio_free,
    tiltak_portfolio_to_json,
    tiltak_portfolio_save,
    tiltak_validate_json,
    tiltak_portfolio_initiative_count,
    tiltak_portfolio_list_initiatives,
    tiltak_portfolio_get_initiative,
    tiltak_portfolio_add_initiative,
    tiltak_portfolio_update_initiative,
    tiltak_portfolio_remove_initiative,
    tiltak_portfolio_summary,
    tiltak_portfolio_graph,
    tiltak_portfolio_schedule,
    tiltak_portfolio_slip_impact,
    tiltak_portfolio_cancel_impact,
    tiltak_portfolio_benefit_network,
    tiltak_portfolio_appraisal,
    tiltak_portfolio_check,
    tiltak_portfolio_advance,
    tiltak_portfolio_check_transition,
    tiltak_portfolio_verify_decision_log,
    tiltak_portfolio_archive_registration,
    tiltak_portfolio_archive_decision,
    tiltak_archive_receipt_read,
    tiltak_portfolio_apply_archive_receipt,
    tiltak_portfolio_replay_decisions,
    tiltak_portfolio_report,
    tiltak_portfolio_prioritise,
    tiltak_portfolio_select,
    tiltak_portfolio_frontier,
    tiltak_portfolio_compare_selections,
    tiltak_portfolio_plan,
    tiltak_portfolio_realisation,
    tiltak_portfolio_payers,
    tiltak_portfolio_plus_minus,
    tiltak_portfolio_uncertainty,
    tiltak_portfolio_slip_value,
    tiltak_portfolio_weight_thresholds,
    tiltak_portfolio_weight_uncertainty,
    tiltak_portfolio_verify_decision_log_archived,
    tiltak_archive_chain_anchor_read,
    tiltak_arkivmelding_problems,
    tiltak_portfolio_archive_decision_with_documents,
    tiltak_version_number,
    tiltak_version_major,
    tiltak_version_minor,
    tiltak_version_patch,
    tiltak_status_string,
    tiltak_portfolio_appraisal_v2,
    tiltak_portfolio_payers_v2,
    tiltak_portfolio_plus_minus_v2,
    tiltak_portfolio_uncertainty_v2,
    tiltak_portfolio_slip_value_v2,
    tiltak_portfolio_check_v2,
    tiltak_portfolio_advance_v2,
    tiltak_portfolio_check_transition_v2,
    tiltak_portfolio_verify_decision_log_archived_v2,
    tiltak_store_verify_decision_log_v2,
    tiltak_portfolio_payers_v3,
};

int main(void) {
  char expected[64];
  tiltak_context* context;
  int failures = 0;

  sprintf(expected, "%d.%d.%d", TILTAK_VERSION_MAJOR, TILTAK_VERSION_MINOR, TILTAK_VERSION_PATCH);
  if (strcmp(all.version(), TILTAK_VERSION_STRING) != 0 || strcmp(all.version(), expected) != 0) {
    fprintf(stderr, "tiltak_version() is %s; the headers say %s (%s)\n", all.version(), TILTAK_VERSION_STRING,
            expected);
    ++failures;
  }
  if (!TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR, TILTAK_VERSION_MINOR, TILTAK_VERSION_PATCH) ||
      TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR, TILTAK_VERSION_MINOR, TILTAK_VERSION_PATCH + 1) ||
      TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR, TILTAK_VERSION_MINOR + 1, 0) ||
      !TILTAK_AT_LEAST_VERSION(TILTAK_VERSION_MAJOR, 0, 0)) {
    fprintf(stderr, "TILTAK_AT_LEAST_VERSION compares wrongly\n");
    ++failures;
  }

  if (all.version_number() != TILTAK_VERSION_NUMBER || all.version_major() != TILTAK_VERSION_MAJOR ||
      all.version_minor() != TILTAK_VERSION_MINOR || all.version_patch() != TILTAK_VERSION_PATCH) {
    fprintf(stderr, "tiltak_version_number() is %d; the headers say %d\n", all.version_number(), TILTAK_VERSION_NUMBER);
    ++failures;
  }
  if (strcmp(all.status_string(TILTAK_E_NOT_FOUND), "not found") != 0 ||
      strcmp(all.status_string(12345), "unknown status") != 0) {
    fprintf(stderr, "tiltak_status_string names statuses wrongly\n");
    ++failures;
  }

  context = all.context_new();
  if (!context || all.error_code(context) != TILTAK_OK || strcmp(all.error_message(context), "") != 0) {
    fprintf(stderr, "a new context must hold no error\n");
    ++failures;
  }
  all.context_free(context);

  if (failures == 0) printf("tiltak %s: C99 header OK\n", all.version());
  return failures == 0 ? 0 : 1;
}
