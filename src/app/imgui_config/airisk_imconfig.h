// Dear ImGui build configuration for airisk (IMGUI_USER_CONFIG).
#pragma once

// 1.86's OpenGL ES 3 renderer has no vertex offset: a whole card overflows 16-bit indices.
// WebGL2 has 32-bit indices, so use them.
#define ImDrawIdx unsigned int

// Errors are values in airisk; an ImGui assertion is a programming error, kept in debug builds.
#ifdef NDEBUG
#define IM_ASSERT(_EXPR) ((void)(_EXPR))
#endif
