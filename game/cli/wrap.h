#pragma once
// Wrapping the terminal's text at its width: between words, never inside one, with continuation
// lines indented (under the text of a list item, or two columns in from the line's own indent).
#include <cstddef>
#include <ostream>
#include <streambuf>
#include <string>

namespace mingle::cli {

// One line (no '\n') wrapped at `width` columns (a column is a UTF-8 character); the lines it
// becomes, joined by '\n'. A line that fits, or a width of 0, comes back unchanged. A word
// longer than the width stands alone on its line, whole.
std::string wrap_line(const std::string& line, std::size_t width);

// Every line of a text, wrapped.
std::string wrap_text(const std::string& text, std::size_t width);

// The width of the terminal on this file descriptor; when it is not a terminal, COLUMNS (a
// positive number) or else 80.
std::size_t terminal_width(int fd);

// A stream buffer that wraps each line written through it before passing it on to `out`. A
// flush passes on a line not yet ended (a prompt) as it is.
class WrappingBuf : public std::streambuf {
 public:
  WrappingBuf(std::ostream& out, std::size_t width) : out_(out), width_(width) {}
  ~WrappingBuf() override { sync(); }

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool put(char ch);
  std::ostream& out_;
  std::size_t width_;
  std::string line_;
};

}  // namespace mingle::cli
