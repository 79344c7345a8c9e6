#pragma once
// The opaque portfolio handle of the C API, shared by the files that implement its functions.

#include "tiltak/model/portfolio.hpp"

struct tiltak_portfolio {
  tiltak::Portfolio value;
};
