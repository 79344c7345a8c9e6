#pragma once
// The portfolio handle behind the opaque tiltak_portfolio, shared by the C API's files.

#include "tiltak/model/portfolio.hpp"
#include "tiltak/tiltak.h"

struct tiltak_portfolio {
  tiltak::Portfolio value;
};
