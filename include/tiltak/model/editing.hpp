#pragma once
// Changing a portfolio one initiative at a time, keeping it valid. Each function either
// succeeds or throws and leaves the portfolio exactly as it was (strong guarantee).

#include "tiltak/model/portfolio.hpp"

namespace tiltak {

// Error(duplicate) when the id exists; Error(validation_error) listing every problem the
// portfolio would have with it (unknown service areas, owners, dependencies ...).
void add_initiative(Portfolio& portfolio, Initiative initiative);

// Replaces the initiative with the same id. Error(not_found), Error(validation_error).
void update_initiative(Portfolio& portfolio, Initiative initiative);

// Replaces the initiative with the same id and leaves checking the result to the caller: for
// one who checks a change as a whole (a store checks only the entities it changed).
// Error(not_found).
void replace_initiative(Portfolio& portfolio, Initiative initiative);

// Error(not_found); Error(validation_error) while other initiatives depend on it or benefits
// name it as a contributor (each reference is listed with its pointer).
void remove_initiative(Portfolio& portfolio, const InitiativeId& id);

}  // namespace tiltak
