#pragma once
// Text cut to a length a panel can show. ImGui draws with 16-bit vertex indices, so one text
// of some tens of thousands of characters (a hostile results file, a pasted line) would abort
// the window; every text that comes from outside the game is cut with this before it is drawn.
#include <cstddef>
#include <string>
#include <string_view>

namespace mingle {

// The longest text the window draws in one piece; far above any sentence the game writes.
inline constexpr std::size_t kMaxShownTextBytes = 2000;

// `text` when it is at most max_bytes long; otherwise its start, cut on a UTF-8 character
// boundary, followed by "…".
std::string cut_text(std::string_view text, std::size_t max_bytes = kMaxShownTextBytes);

}  // namespace mingle
