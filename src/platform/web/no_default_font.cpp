// The card always adds Inter before it builds a font atlas (app/fonts.cpp, app/share_image.cpp),
// yet ImFontAtlas::Build() keeps a call to AddFontDefault() for atlases without fonts, and with it
// ImGui's ProggyClean font: 12 KB of base85 text and its decompressor, about 12 KB of the gzipped
// engine. The link replaces that call with this function (-Wl,--wrap in CMakeLists.txt), so the
// font is never linked.
#include <cstdio>
#include <cstdlib>

struct ImFont;
struct ImFontConfig;

extern "C" ImFont* __wrap__ZN11ImFontAtlas14AddFontDefaultEPK12ImFontConfig(void* /*atlas*/,
                                                                           const ImFontConfig* /*config*/) {
  // Reached only if code is added that builds an atlas before adding a font: a bug, not input.
  std::fputs("airisk: a font atlas was built without a font\n", stderr);
  std::abort();
}
