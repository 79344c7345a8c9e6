/* A C99 program using the installed C API: header and library of the same version, and a
 * portfolio made, one initiative added and counted. Prints "<version> <initiatives>". */
#include <stdio.h>
#include <string.h>
#include <tiltak/tiltak.h>

static const char initiative[] = "{\"id\": \"T-1\", \"title\": \"Chatbot\", \"stage\": \"idea\"}";

int main(void) {
  tiltak_context* context = tiltak_context_new();
  tiltak_portfolio* portfolio = NULL;
  size_t count = 0;
  int status;

  if (!context) return 1;
  if (strcmp(tiltak_version(), TILTAK_VERSION_STRING) != 0) {
    fprintf(stderr, "library %s, header %s\n", tiltak_version(), TILTAK_VERSION_STRING);
    return 1;
  }
  status = tiltak_portfolio_new(context, "Testvik kommune", "NOK", &portfolio);
  if (status == TILTAK_OK) status = tiltak_portfolio_add_initiative(context, portfolio, initiative, strlen(initiative));
  if (status == TILTAK_OK) status = tiltak_portfolio_initiative_count(context, portfolio, &count);
  if (status != TILTAK_OK) {
    fprintf(stderr, "status %d: %s\n", status, tiltak_context_error_message(context));
  } else {
    printf("%s %u\n", tiltak_version(), (unsigned)count);
  }
  tiltak_portfolio_free(portfolio);
  tiltak_context_free(context);
  return status == TILTAK_OK ? 0 : 1;
}
