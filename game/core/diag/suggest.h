#pragma once
// "Did you mean": the nearest candidate to a mistyped word, for ids, keys and vocabulary.
#include <string>
#include <string_view>
#include <vector>

namespace mingle {

// Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), so "bsuy"
// is one step from "busy" like "bussy" is.
int edit_distance(std::string_view a, std::string_view b);

// The closest candidate, if it is close enough to be a likely typo (about a third of the
// word may differ, at least one character); empty otherwise. Case is ignored when comparing.
std::string nearest(std::string_view word, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or empty: ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "a, b, c" — for hints that list what is allowed (long lists are cut with "…").
std::string join_words(const std::vector<std::string>& words, std::size_t max_words = 12);

}  // namespace mingle
