// Dear ImGui's OpenGL ES 3 renderer, compiled here with two GL queries answered locally and its
// font texture uploaded as luminance + alpha (upload_font_coverage below).
//
// Why: before drawing each frame the stock renderer reads back about twenty pieces of GL state
// (glGetIntegerv / glIsEnabled) to restore them afterwards. In Chromium most of those are
// synchronous round trips to the GPU process: measured at about 20 ms of main-thread time per
// frame, most of a frame's cost while typing. The card owns its WebGL context and sets all the
// state it needs every frame, so there is nothing to restore: the backup reads get neutral
// values (nothing bound, tests off) instead, and every other query goes to WebGL as before.
#include <GLES3/gl3.h>

#include <vector>

namespace {

bool is_backup_query(GLenum name) {
  switch (name) {
    case GL_ACTIVE_TEXTURE: case GL_CURRENT_PROGRAM: case GL_TEXTURE_BINDING_2D: case GL_SAMPLER_BINDING:
    case GL_ARRAY_BUFFER_BINDING: case GL_VERTEX_ARRAY_BINDING: case GL_ELEMENT_ARRAY_BUFFER_BINDING:
    case GL_VIEWPORT: case GL_SCISSOR_BOX: case GL_BLEND_SRC_RGB: case GL_BLEND_DST_RGB: case GL_BLEND_SRC_ALPHA:
    case GL_BLEND_DST_ALPHA: case GL_BLEND_EQUATION_RGB: case GL_BLEND_EQUATION_ALPHA:
      return true;
    default:
      return false;
  }
}

void get_integerv_locally(GLenum name, GLint* values) {
  if (!is_backup_query(name)) {
    glGetIntegerv(name, values);
    return;
  }
  const int count = name == GL_VIEWPORT || name == GL_SCISSOR_BOX ? 4 : 1;
  for (int i = 0; i < count; ++i) values[i] = 0;
  if (name == GL_ACTIVE_TEXTURE) values[0] = GL_TEXTURE0;
  if (name == GL_BLEND_SRC_RGB || name == GL_BLEND_SRC_ALPHA) values[0] = GL_ONE;
  if (name == GL_BLEND_EQUATION_RGB || name == GL_BLEND_EQUATION_ALPHA) values[0] = GL_FUNC_ADD;
}

// Blending, culling, depth, stencil and scissor are all off between the card's frames.
GLboolean is_enabled_locally(GLenum) { return GL_FALSE; }

// The font atlas goes up as luminance + alpha, white with each pixel's coverage: what the stock
// renderer's RGBA upload holds, in half the bytes, from the atlas's own 8-bit coverage, so ImGui
// never converts it to RGBA (about 20 ms and 1 MB of heap at a pixel ratio of 1, and the upload
// took 40 ms under SwiftShader). The renderer uploads only the font texture with glTexImage2D.
void upload_font_coverage(GLenum target, GLint, GLint, GLsizei width, GLsizei height, GLint, GLenum, GLenum,
                          const void* coverage) {
  const auto* alpha = static_cast<const unsigned char*>(coverage);
  const size_t pixels = static_cast<size_t>(width) * static_cast<size_t>(height);
  std::vector<unsigned char> luminance_alpha(pixels * 2, 255);
  for (size_t i = 0; i < pixels; ++i) luminance_alpha[i * 2 + 1] = alpha[i];
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(target, 0, GL_LUMINANCE_ALPHA, width, height, 0, GL_LUMINANCE_ALPHA, GL_UNSIGNED_BYTE,
               luminance_alpha.data());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
}

}  // namespace

#include "imgui.h"  // first, so the class keeps its own names under the macros below

#define glGetIntegerv get_integerv_locally
#define glIsEnabled is_enabled_locally
#define GetTexDataAsRGBA32 GetTexDataAsAlpha8
#define glTexImage2D upload_font_coverage
#include "imgui_impl_opengl3.cpp"
#undef glTexImage2D
#undef GetTexDataAsRGBA32
#include "web_platform.h"

namespace airisk::web {

// Every card's ImGui context shares one font atlas, but each has its own WebGL context and so its
// own texture of it (Emscripten's GL ids are unique across contexts, so they never mix up).
void refresh_fonts_texture() {
  ImGui_ImplOpenGL3_Data* bd = ImGui_ImplOpenGL3_GetBackendData();
  if (!bd->ShaderHandle) {
    ImGui_ImplOpenGL3_CreateDeviceObjects();  // the first frame's work, font texture included
    return;
  }
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

// Points the shared atlas at the current context's texture, for the frame about to be drawn.
void use_own_fonts_texture() {
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(
      static_cast<intptr_t>(ImGui_ImplOpenGL3_GetBackendData()->FontTexture)));
}

}  // namespace airisk::web
