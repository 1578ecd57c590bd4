#include "app/style.h"

namespace airisk::app {
namespace {

// Light theme. Muted text (#4B5563) keeps 7:1 contrast on white, so small print stays readable.
const Theme kLight{
    IM_COL32(0xF3, 0xF4, 0xF6, 0xFF),  // page
    IM_COL32(0xFF, 0xFF, 0xFF, 0xFF),  // surface
    IM_COL32(0xE2, 0xE5, 0xEA, 0xFF),  // border
    IM_COL32(0x11, 0x18, 0x27, 0xFF),  // text
    IM_COL32(0x4B, 0x55, 0x63, 0xFF),  // muted
    IM_COL32(0x0F, 0x76, 0x6E, 0xFF),  // accent (teal 700)
    IM_COL32(0xE6, 0xF4, 0xF2, 0xFF),  // accent_soft
    IM_COL32(0x33, 0x41, 0x55, 0xFF),  // human (slate 700)
    IM_COL32(0xB9, 0x1C, 0x1C, 0xFF),  // danger
    IM_COL32(0xF8, 0xFA, 0xFC, 0xFF),  // field
};

}  // namespace

const Theme& theme() { return kLight; }

ImVec4 to_vec4(ImU32 colour) { return ImGui::ColorConvertU32ToFloat4(colour); }

void apply_style() {
  const Theme& t = theme();
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FramePadding = ImVec2(12, 10);
  style.FrameRounding = 8;
  style.FrameBorderSize = 1;
  style.ItemSpacing = ImVec2(10, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.PopupRounding = 10;
  style.PopupBorderSize = 1;
  style.GrabRounding = 8;
  style.ScrollbarSize = 10;
  style.SelectableTextAlign = ImVec2(0, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = to_vec4(t.text);
  c[ImGuiCol_TextDisabled] = to_vec4(t.muted);
  c[ImGuiCol_WindowBg] = to_vec4(t.page);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = to_vec4(t.surface);
  c[ImGuiCol_Border] = to_vec4(t.border);
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = to_vec4(t.field);
  c[ImGuiCol_FrameBgHovered] = to_vec4(t.surface);
  c[ImGuiCol_FrameBgActive] = to_vec4(t.surface);
  c[ImGuiCol_Button] = to_vec4(t.surface);
  c[ImGuiCol_ButtonHovered] = to_vec4(t.accent_soft);
  c[ImGuiCol_ButtonActive] = to_vec4(t.accent_soft);
  c[ImGuiCol_Header] = to_vec4(t.accent_soft);
  c[ImGuiCol_HeaderHovered] = to_vec4(t.accent_soft);
  c[ImGuiCol_HeaderActive] = to_vec4(t.accent_soft);
  c[ImGuiCol_CheckMark] = to_vec4(t.accent);
  c[ImGuiCol_SliderGrab] = to_vec4(t.accent);
  c[ImGuiCol_SliderGrabActive] = to_vec4(t.accent);
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.06f, 0.46f, 0.43f, 0.25f);
  c[ImGuiCol_NavHighlight] = to_vec4(t.accent);
  c[ImGuiCol_Separator] = to_vec4(t.border);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
}

}  // namespace airisk::app
