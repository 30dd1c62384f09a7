#include "cli/wrap.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <vector>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace mingle::cli {
namespace {

// Columns taken by UTF-8 text: one per character (continuation bytes take none).
std::size_t columns(const std::string& s) {
  std::size_t n = 0;
  for (const char ch : s)
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
  return n;
}

// Where a continuation line starts: under the text of a list item ("- ", "* ", "1. ", "[x] "),
// else two columns in from the line's own indent.
std::size_t hanging_indent(const std::string& line, std::size_t indent) {
  const std::string rest = line.substr(indent);
  if (rest.rfind("- ", 0) == 0 || rest.rfind("* ", 0) == 0) return indent + 2;
  if (rest.rfind("[x] ", 0) == 0 || rest.rfind("[ ] ", 0) == 0) return indent + 4;
  std::size_t digits = 0;
  while (digits < rest.size() && digits < 3 && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
  if (digits > 0 && rest.compare(digits, 2, ". ") == 0) return indent + digits + 2;
  return indent + 2;
}

}  // namespace

std::string wrap_line(const std::string& line, std::size_t width) {
  if (width == 0 || columns(line) <= width) return line;
  std::size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ') ++indent;
  std::size_t hang = hanging_indent(line, indent);
  if (hang > width / 2) hang = std::min(indent + 2, width / 2);

  // The words after the indent, each with the spaces written before it.
  struct Word {
    std::string gap, text;
  };
  std::vector<Word> words;
  std::size_t i = indent;
  while (i < line.size()) {
    const std::size_t start = i;
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t word = i;
    while (i < line.size() && line[i] != ' ') ++i;
    words.push_back({line.substr(start, word - start), line.substr(word, i - word)});
  }

  std::string out = line.substr(0, indent);
  std::size_t col = indent;
  bool line_has_word = false;
  for (const auto& w : words) {
    const std::size_t len = columns(w.text);
    if (line_has_word && col + w.gap.size() + len > width) {
      out += "\n" + std::string(hang, ' ');
      col = hang;
    } else {
      out += w.gap;
      col += w.gap.size();
    }
    out += w.text;
    col += len;
    line_has_word = line_has_word || !w.text.empty();
  }
  return out;
}

std::string wrap_text(const std::string& text, std::size_t width) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      out += wrap_line(text.substr(start), width);
      break;
    }
    out += wrap_line(text.substr(start, end - start), width) + "\n";
    start = end + 1;
  }
  return out;
}

std::size_t terminal_width(int fd) {
#ifdef _WIN32
  CONSOLE_SCREEN_BUFFER_INFO info{};
  const HANDLE console = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
  if (GetConsoleScreenBufferInfo(console, &info) && info.srWindow.Right > info.srWindow.Left)
    return static_cast<std::size_t>(info.srWindow.Right - info.srWindow.Left + 1);
#else
  winsize ws{};
  if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
#endif
  // Not a terminal: a width given in COLUMNS (as shells and tools read it), else 80.
  if (const char* columns = std::getenv("COLUMNS")) {
    char* end = nullptr;
    const long n = std::strtol(columns, &end, 10);
    if (end != columns && *end == '\0' && n > 0) return static_cast<std::size_t>(std::min(n, 1000000L));
  }
  return 80;
}

bool WrappingBuf::put(char ch) {
  if (ch != '\n') {
    line_.push_back(ch);
    return true;
  }
  out_ << wrap_line(line_, width_) << '\n';
  line_.clear();
  return static_cast<bool>(out_);
}

WrappingBuf::int_type WrappingBuf::overflow(int_type ch) {
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  return put(traits_type::to_char_type(ch)) ? ch : traits_type::eof();
}

std::streamsize WrappingBuf::xsputn(const char* s, std::streamsize n) {
  for (std::streamsize k = 0; k < n; ++k)
    if (!put(s[k])) return k;
  return n;
}

int WrappingBuf::sync() {
  if (!line_.empty()) {
    out_ << line_;
    line_.clear();
  }
  out_.flush();
  return out_ ? 0 : -1;
}

}  // namespace mingle::cli
