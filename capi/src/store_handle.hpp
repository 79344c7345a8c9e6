#pragma once
// The store handle behind the opaque tiltak_store, shared by the C API's files.

#include "tiltak/store/store.hpp"
#include "tiltak/tiltak.h"

struct tiltak_store {
  tiltak::Store value;
};
