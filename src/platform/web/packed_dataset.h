// The card's dataset as the WASM carries it: the lazy bundle (core::lazy_bundle) packed at build
// time (scripts/pack_bundle.py, core/bundle_lines.h). The engine unpacks the index at start-up and
// every other part the first time it is read: a fifth of the bytes to download and compile, and
// no unpacking of the whole text before the first frame.
#pragma once

#include <string_view>

namespace airisk::web {

// The packed bytes, compiled in (generated).
std::string_view packed_bundle();

}  // namespace airisk::web
