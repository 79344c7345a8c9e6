/*
 * portfolio_summary: load a tiltak portfolio and print its summary, using only the C API.
 *
 *   portfolio_summary PORTFOLIO.json
 *
 * Shows the pattern every call follows: a context per thread, an int status per call, the
 * error details read from the context, and every handle and string released with its
 * tiltak_*_free function. Build it with CMake (see CMakeLists.txt beside it) or with
 *   cc -std=c99 portfolio_summary.c $(pkg-config --cflags --libs tiltak_c)
 */
#include <stdio.h>
#include <stdlib.h>

#include <tiltak/tiltak.h>

/* Prints the context's error: the first problem, then every problem as JSON. */
static void print_error(tiltak_context* context, const char* what) {
  char* problems = NULL;
  size_t length = 0;
  fprintf(stderr, "%s failed (status %d): %s\n", what, tiltak_context_error_code(context),
          tiltak_context_error_message(context));
  if (tiltak_context_error_pointer(context)[0] != '\0')
    fprintf(stderr, "  at %s (value: %s)\n", tiltak_context_error_pointer(context), tiltak_context_error_value(context));
  if (tiltak_context_error_json(context, &problems, &length) == TILTAK_OK) {
    fprintf(stderr, "  all problems: %.*s\n", (int)length, problems);
    tiltak_string_free(problems);
  }
}

int main(int argc, char** argv) {
  tiltak_context* context = NULL;
  tiltak_portfolio* portfolio = NULL;
  char* summary = NULL;
  size_t length = 0;
  size_t initiatives = 0;
  int status = EXIT_FAILURE;

  if (argc != 2) {
    fprintf(stderr, "usage: %s PORTFOLIO.json\n", argv[0]);
    return EXIT_FAILURE;
  }
#if TILTAK_AT_LEAST_VERSION(0, 1, 0)
  printf("tiltak %s (built against %s)\n", tiltak_version(), TILTAK_VERSION_STRING);
#endif

  context = tiltak_context_new();
  if (!context) return EXIT_FAILURE; /* out of memory */

  if (tiltak_portfolio_load(context, argv[1], &portfolio) != TILTAK_OK) {
    print_error(context, "loading the portfolio");
    goto done;
  }
  if (tiltak_portfolio_initiative_count(context, portfolio, &initiatives) != TILTAK_OK) {
    print_error(context, "counting initiatives");
    goto done;
  }
  if (tiltak_portfolio_summary(context, portfolio, &summary, &length) != TILTAK_OK) {
    print_error(context, "summarising");
    goto done;
  }
  printf("%zu initiatives\n%.*s", initiatives, (int)length, summary);
  status = EXIT_SUCCESS;

done:
  tiltak_string_free(summary); /* every free function accepts NULL */
  tiltak_portfolio_free(portfolio);
  tiltak_context_free(context);
  return status;
}
