#pragma once
// The portfolio behind the C API's opaque handle, shared by the files of the C API.

#include "tiltak/model/portfolio.hpp"

struct tiltak_portfolio {
  tiltak::Portfolio value;
};
