#pragma once
// Putting authored phrases into the game's own sentences. An item's label is written as a
// notebook line ("How to bring lapsed members back", "Her colour-coded renewal calendar"); in
// the middle of a sentence it must read as a noun phrase ("Siobhan Kelly needs a better welcome
// for new members"), so its first letter is lowered unless it starts with a name.
#include "core/scenario/model.h"

#include <string>
#include <vector>

namespace mingle::sim {

// The label as it reads mid-sentence: the first letter lowered, unless the first word is
// someone's first name in the campaign ("Noor: a graduate…", "Wendell's offer…"), an
// acronym, or "I".
std::string mid_sentence(const Campaign&, const std::string& label);

// What `person` needs, as a phrase for "<person> needs …": their own label for the need (so a
// pronoun in it points at them), else the label of whoever holds it; mid-sentence.
std::string need_phrase(const Campaign&, const Person& person, const std::string& item);

// "<who> needs <what>", or "<who> wants to know <what>" when the need is a question word's
// clause ("how to survive speaking on a panel"): a verb that fits the label.
std::string needs_phrase(const std::string& who, const std::string& what);

// "<who> had <what>" for a mid-sentence label, or "<who> knew <what>" when the label is a
// question word's clause ("how to …", "what his first months were like").
std::string had_phrase(const std::string& who, const std::string& what);

// A label's first word, without "'s" and punctuation.
std::string first_word(const std::string& label);

}  // namespace mingle::sim

namespace mingle::sim {

// "a, b and c", naming each once ("a, b and a" is "a and b").
std::string join_and(const std::vector<std::string>& words);

// What the player sees when they close a conversation with a choice that ends it and no line
// follows: the other person's reaction, so a choice is never met with silence.
std::string parting_line(const Person&, Outcome);

}  // namespace mingle::sim
