// Dear ImGui's OpenGL ES 3 renderer, compiled here with two GL queries answered locally and its
// font texture uploaded as luminance + alpha (upload_font_coverage below). Its objects (shader,
// buffers, font texture) serve the card's own frame loop, draw_card_frame, at the end.
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
  forget_draw_state(current_card());  // both paths below reset the bindings the card draws with
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

// [SECTION] The card's frames
//
// Why not the stock ImGui_ImplOpenGL3_RenderDrawData: it is written to share a context with other
// code, so every frame it makes and deletes a vertex array, sets up about twenty pieces of state
// and restores them all, and uploads each draw list on its own. Each of those is a call from WASM
// through JS into WebGL: about half of the card's GL time per frame while typing. The card owns
// its context, so its state is set once (set_up_draw_state) and a frame is one upload of vertices
// and indices, then a scissor, texture and draw for each command, skipping what did not change.
// The share image still draws with the stock renderer, which resets the state: forget_draw_state.

namespace {

void set_up_draw_state(Card& card, const ImGui_ImplOpenGL3_Data& bd) {
  if (!card.vertex_array) glGenVertexArrays(1, &card.vertex_array);
  glBindVertexArray(card.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, bd.VboHandle);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, bd.ElementsHandle);
  glEnableVertexAttribArray(bd.AttribLocationVtxPos);
  glEnableVertexAttribArray(bd.AttribLocationVtxUV);
  glEnableVertexAttribArray(bd.AttribLocationVtxColor);
  glVertexAttribPointer(bd.AttribLocationVtxPos, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                        reinterpret_cast<GLvoid*>(IM_OFFSETOF(ImDrawVert, pos)));
  glVertexAttribPointer(bd.AttribLocationVtxUV, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert),
                        reinterpret_cast<GLvoid*>(IM_OFFSETOF(ImDrawVert, uv)));
  glVertexAttribPointer(bd.AttribLocationVtxColor, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert),
                        reinterpret_cast<GLvoid*>(IM_OFFSETOF(ImDrawVert, col)));
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glActiveTexture(GL_TEXTURE0);
  glUseProgram(bd.ShaderHandle);
  glUniform1i(bd.AttribLocationTex, 0);
  card.draw_state_ready = true;
}

// Every draw list of a frame in one vertex and one index array (indices moved past the vertices
// of the lists before), so a frame uploads twice instead of twice per list.
struct FrameGeometry {
  ImVector<ImDrawVert> vertices;
  ImVector<ImDrawIdx> indices;
  ImVector<unsigned> first_index;  // of each list
};

void gather(const ImDrawData& data, FrameGeometry& out) {
  out.vertices.resize(data.TotalVtxCount);
  out.indices.resize(data.TotalIdxCount);
  out.first_index.resize(data.CmdListsCount);
  unsigned vertex = 0, index = 0;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    memcpy(out.vertices.Data + vertex, list.VtxBuffer.Data, list.VtxBuffer.size_in_bytes());
    for (int i = 0; i < list.IdxBuffer.Size; ++i) out.indices[index + i] = list.IdxBuffer[i] + vertex;
    out.first_index[n] = index;
    vertex += list.VtxBuffer.Size;
    index += list.IdxBuffer.Size;
  }
}

// Grows the bound buffer when the frame needs more than it holds, then fills it.
void upload(GLenum target, GLsizeiptr& capacity, GLsizeiptr size, const void* bytes) {
  if (capacity < size) {
    capacity = size + size / 4;  // some room, so a growing card does not reallocate every frame
    glBufferData(target, capacity, nullptr, GL_STREAM_DRAW);
  }
  glBufferSubData(target, 0, size, bytes);
}

}  // namespace

void forget_draw_state(Card& card) { card.draw_state_ready = false; }

void draw_card_frame(const ImDrawData* data) {
  const int fb_width = static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x);
  const int fb_height = static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y);
  if (fb_width <= 0 || fb_height <= 0 || data->TotalIdxCount == 0) return;
  Card& card = current_card();
  ImGui_ImplOpenGL3_Data* bd = ImGui_ImplOpenGL3_GetBackendData();
  if (!card.draw_state_ready) set_up_draw_state(card, *bd);

  const float left = data->DisplayPos.x, right = data->DisplayPos.x + data->DisplaySize.x;
  const float top = data->DisplayPos.y, bottom = data->DisplayPos.y + data->DisplaySize.y;
  const float projection[4][4] = {
      {2.0f / (right - left), 0.0f, 0.0f, 0.0f},
      {0.0f, 2.0f / (top - bottom), 0.0f, 0.0f},
      {0.0f, 0.0f, -1.0f, 0.0f},
      {(right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f, 1.0f},
  };
  glUniformMatrix4fv(bd->AttribLocationProjMtx, 1, GL_FALSE, &projection[0][0]);

  static FrameGeometry geometry;
  gather(*data, geometry);
  upload(GL_ARRAY_BUFFER, bd->VertexBufferSize, geometry.vertices.size_in_bytes(), geometry.vertices.Data);
  upload(GL_ELEMENT_ARRAY_BUFFER, bd->IndexBufferSize, geometry.indices.size_in_bytes(), geometry.indices.Data);

  const ImVec2 clip_off = data->DisplayPos, clip_scale = data->FramebufferScale;
  GLuint bound_texture = 0;
  int scissor[4] = {-1, -1, -1, -1};
  for (int n = 0; n < data->CmdListsCount; ++n) {
    const ImDrawList& list = *data->CmdLists[n];
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback) continue;  // the card adds none
      const ImVec2 clip_min((cmd.ClipRect.x - clip_off.x) * clip_scale.x, (cmd.ClipRect.y - clip_off.y) * clip_scale.y);
      const ImVec2 clip_max((cmd.ClipRect.z - clip_off.x) * clip_scale.x, (cmd.ClipRect.w - clip_off.y) * clip_scale.y);
      if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) continue;
      const int box[4] = {static_cast<int>(clip_min.x), static_cast<int>(fb_height - clip_max.y),
                          static_cast<int>(clip_max.x - clip_min.x), static_cast<int>(clip_max.y - clip_min.y)};
      if (memcmp(box, scissor, sizeof box) != 0) {
        glScissor(box[0], box[1], box[2], box[3]);
        memcpy(scissor, box, sizeof box);
      }
      const auto texture = static_cast<GLuint>(reinterpret_cast<intptr_t>(cmd.GetTexID()));
      if (texture != bound_texture) {
        glBindTexture(GL_TEXTURE_2D, texture);
        bound_texture = texture;
      }
      const unsigned first = geometry.first_index[n] + cmd.IdxOffset;
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(static_cast<intptr_t>(first * sizeof(ImDrawIdx))));
    }
  }
}

}  // namespace airisk::web
