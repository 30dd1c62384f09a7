#include "core/diag/suggest.h"

#include <algorithm>
#include <cctype>

namespace mingle {

int edit_distance(std::string_view a, std::string_view b) {
  // Words here are short (ids, keys); a full table is fine. Very long inputs are cut so a
  // pathological "word" cannot cost much.
  if (a.size() > 64) a = a.substr(0, 64);
  if (b.size() > 64) b = b.substr(0, 64);
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = std::tolower(static_cast<unsigned char>(a[i - 1])) ==
                               std::tolower(static_cast<unsigned char>(b[j - 1]))
                           ? 0
                           : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::string nearest(std::string_view word, const std::vector<std::string>& candidates) {
  // Real scenarios have tens of ids; a generated file with thousands gets no suggestion
  // rather than a quadratic amount of work.
  if (candidates.size() > 2000) return {};
  const int limit = std::max(1, static_cast<int>(word.size()) / 3);
  std::string best;
  int best_distance = limit + 1;
  for (const auto& c : candidates) {
    if (c == word) continue;
    const int gap = static_cast<int>(c.size()) - static_cast<int>(word.size());
    if (gap > limit || -gap > limit) continue;
    const int dist = edit_distance(word, c);
    if (dist < best_distance) {
      best_distance = dist;
      best = c;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string n = nearest(word, candidates);
  return n.empty() ? std::string() : " (did you mean '" + n + "'?)";
}

std::string join_words(const std::vector<std::string>& words, std::size_t max_words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i == max_words) {
      out += ", …";
      break;
    }
    if (i) out += ", ";
    out += words[i];
  }
  return out;
}

}  // namespace mingle
