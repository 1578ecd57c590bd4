// The share image, drawn offscreen: the app's draw lists rendered by the card's own ImGui
// renderer into a framebuffer of the image's size (never the visible canvas, which keeps what
// the visitor sees), read back and handed to JS, which encodes the PNG.
#include <GLES3/gl3.h>

#include <cstdint>
#include <string>
#include <vector>

#include "app/app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "web_platform.h"

extern "C" {
// Implemented in airisk_library.js: `rgba` is width x height pixels, bottom row first (as GL reads).
void airisk_js_image_pixels(int mode, const char* file_name, const unsigned char* rgba, int width, int height);
}

namespace airisk::web {
namespace {

// The share image's font atlas is one for the page; each card's WebGL context holds its own
// texture of it, uploaded on first use, and the atlas is pointed at the current card's.
void upload_fonts() {
  ImFontAtlas& atlas = app::app_share_image_fonts();
  GLuint& texture = current_card().share_font_texture;
  if (texture) {
    atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)));
    return;
  }
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
  glBindTexture(GL_TEXTURE_2D, 0);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)));
}

}  // namespace

bool make_share_image(ImageMode mode, const std::string& file_name) {
  upload_fonts();
  const ImDrawData* data = app::app_share_image();
  if (!data) return false;
  const int width = static_cast<int>(data->DisplaySize.x * data->FramebufferScale.x);
  const int height = static_cast<int>(data->DisplaySize.y * data->FramebufferScale.y);
  GLuint framebuffer = 0, colour = 0;
  glGenRenderbuffers(1, &colour);
  glBindRenderbuffer(GL_RENDERBUFFER, colour);
  glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  glGenFramebuffers(1, &framebuffer);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  std::vector<unsigned char> pixels;
  if (complete) {
    glViewport(0, 0, width, height);
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(const_cast<ImDrawData*>(data));
    forget_draw_state(current_card());  // the stock renderer leaves the card's GL state reset
    pixels.resize(static_cast<size_t>(width) * height * 4);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glBindRenderbuffer(GL_RENDERBUFFER, 0);
  glDeleteFramebuffers(1, &framebuffer);
  glDeleteRenderbuffers(1, &colour);
  if (!complete) return false;
  airisk_js_image_pixels(static_cast<int>(mode), file_name.c_str(), pixels.data(), width, height);
  return true;
}

}  // namespace airisk::web
