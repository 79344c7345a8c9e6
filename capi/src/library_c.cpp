// What the library says about itself: its version, and a text for each status.

#include "tiltak/tiltak.h"

extern "C" {

// The version this library was built as (version.h is generated from the project's version
// when the library is built), so a caller learns the version it loaded, not the one it was
// compiled against.
const char* tiltak_version(void) { return TILTAK_VERSION_STRING; }
int tiltak_version_number(void) { return TILTAK_VERSION_NUMBER; }
int tiltak_version_major(void) { return TILTAK_VERSION_MAJOR; }
int tiltak_version_minor(void) { return TILTAK_VERSION_MINOR; }
int tiltak_version_patch(void) { return TILTAK_VERSION_PATCH; }

const char* tiltak_status_string(int status) {
  switch (status) {
    case TILTAK_OK: return "ok";
    case TILTAK_E_INVALID_ARGUMENT: return "invalid argument";
    case TILTAK_E_PARSE: return "input is not well-formed";
    case TILTAK_E_VALIDATION: return "input breaks the model's rules";
    case TILTAK_E_IO: return "a file could not be read or written";
    case TILTAK_E_NOT_FOUND: return "not found";
    case TILTAK_E_CURRENCY_MISMATCH: return "amounts in different currencies";
    case TILTAK_E_OVERFLOW: return "amount out of range";
    case TILTAK_E_DUPLICATE: return "already exists";
    case TILTAK_E_INFEASIBLE: return "no solution meets every constraint";
    case TILTAK_E_CONFLICT: return "the store changed during the change";
    case TILTAK_E_NO_MEMORY: return "out of memory";
    case TILTAK_E_INTERNAL: return "internal error";
    default: return "unknown status";
  }
}

}  // extern "C"
