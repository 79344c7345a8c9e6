#pragma once
// The enumeration names, as the io code has always spelt them.

#include "tiltak/model/names.hpp"

namespace tiltak::detail {

using tiltak::enum_from_name;
using tiltak::enum_name;
using tiltak::enum_name_list;

}  // namespace tiltak::detail
