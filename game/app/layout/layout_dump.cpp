#include "app/layout/layout_dump.h"

#include <cmath>
#include <cstdio>

namespace mingle::app {

namespace {
void put_string(std::string& out, const std::string& s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"') out += "\\\"";
    else if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;  // UTF-8 passes through whole
    }
  }
  out += '"';
}

void put_number(std::string& out, float v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", std::isfinite(v) ? std::round(v * 10.0f) / 10.0f : 0.0f);
  out += buf;
}
}  // namespace

LayoutFrame& layout_frame() {
  static LayoutFrame frame;
  return frame;
}

std::string layout_json_line(long frame, float scale, const std::vector<LayoutRect>& rects) {
  std::string out = "{\"frame\": " + std::to_string(frame) + ", \"scale\": ";
  put_number(out, scale);
  out += ", \"rects\": [";
  for (std::size_t i = 0; i < rects.size(); ++i) {
    const LayoutRect& r = rects[i];
    if (i) out += ", ";
    out += "{\"kind\": ";
    put_string(out, r.kind);
    for (const auto& [name, v] : {std::pair{"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}}) {
      out += ", \"";
      out += name;
      out += "\": ";
      put_number(out, v);
    }
    out += r.clipped ? ", \"clipped\": true, \"text\": " : ", \"clipped\": false, \"text\": ";
    put_string(out, r.text);
    if (!r.in.empty()) {
      out += ", \"in\": ";
      put_string(out, r.in);
    }
    out += '}';
  }
  out += "]}";
  return out;
}

}  // namespace mingle::app
