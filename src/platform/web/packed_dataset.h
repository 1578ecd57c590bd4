// The card's dataset as the WASM carries it: the lazy bundle (core::lazy_bundle), gzip-compressed
// at build time (cmake/embed_packed_dataset.cmake). The page unpacks it once at start-up with the
// browser's own DecompressionStream (airisk_library.js) and hands the text back; every card reads
// its records from that text in place. A fifth of the bytes to download and compile: the engine
// is ready hundreds of milliseconds sooner.
#pragma once

#include <string_view>

namespace airisk::web {

// The gzip bytes, compiled in (generated).
std::string_view packed_bundle();

// The unpacked bundle, once the page has handed it over (empty before, or if unpacking failed).
std::string_view unpacked_bundle();

}  // namespace airisk::web
