#pragma once
// Turning the YAML tree of one file into model objects (parse_*.cpp), and the record of
// cross-references the parsers leave for validate.cpp to resolve once every file is read.
// Internal to the loader: the rest of the game calls load_content() in loader.h.
#include "core/diag/diagnostic.h"
#include "core/scenario/model.h"
#include "core/yaml/yaml_tree.h"

#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace mingle {

// An id written in one place that must be defined somewhere else.
enum class RefKind {
  Person,        // any person in the campaign
  PersonHere,    // a person at this same event (speaker, introduce_to, dialogue person)
  Item,          // an item someone at this event holds (has:, has(...))
  ItemOfSpeaker, // an item the person spoken to holds (gain:)
  Hint,          // learned somewhere (learn:)
  Tag,           // remembered somewhere (remember:)
  Flag,          // set somewhere (set:)
  Zone,          // a zone of this event's room
  Slot,          // a slot of this event
};

struct Ref {
  RefKind kind;
  std::string id;
  SourcePos pos;
  int event = 0;          // index of the campaign step
  std::string speaker;    // for ItemOfSpeaker: the person whose items are meant
};

// An expression the checker looks into once everything is loaded.
struct ExprUse {
  Expr expr;
  SourcePos pos;          // where the expression's first character is
  int event = 0;
  std::string dialogue;   // the dialogue it is in, if any (for visited/chose)
  std::string where;      // "if" or "shared_when"
};

// A choice's conditions with the place they were written, for the "can never hold" check.
struct RequirementUse {
  Requirements req;
  SourcePos pos;
  int event = 0;
};

struct ParseContext {
  Diagnostics& diags;
  YamlLimits limits;
  int event = 0;             // index of the event being read
  std::vector<Ref> refs;
  std::vector<ExprUse> exprs;
  std::vector<RequirementUse> requirements;
  // What effects define anywhere in the campaign.
  std::set<std::string> learned, remembered, flags_set, introduced;
  std::map<std::string, std::string> hint_labels;  // `learn: [{id, label}]`: the readable label
  // Events whose room could not be read: their zone references are not judged (the room's
  // own errors say what to fix, and "unknown zone" after each would only be noise).
  std::set<int> broken_rooms;
  // Likewise events whose people could not be read (their people are not judged missing),
  // and people whose `dialogue:` path was already reported.
  std::set<int> broken_people;
  std::set<std::string> dialogue_reported;
  // Events with a conversation file that could not be read at all (a tab, say). Its hints,
  // tags, flags, introductions and person are unknown, so nothing is judged missing because
  // of it: "never learned" or "nobody can talk with" would only be false alarms.
  std::set<int> broken_dialogues;
  // The raw text of those files (each cut to its first megabyte). A hint, tag or flag is judged
  // missing unless one of them names it: a file that fails to read hides no other file's
  // mistakes, and a name it might define is not called missing.
  std::string unreadable_text;
  bool maybe_in_unreadable(const std::string& id) const {
    for (std::size_t at = unreadable_text.find(id); at != std::string::npos; at = unreadable_text.find(id, at + 1)) {
      auto part_of_id = [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_' || ch == '.';
      };
      const bool starts = at == 0 || !part_of_id(unreadable_text[at - 1]);
      const bool ends = at + id.size() >= unreadable_text.size() || !part_of_id(unreadable_text[at + id.size()]);
      if (starts && ends) return true;
    }
    return false;
  }

  void ref(RefKind kind, const std::string& id, const SourcePos& pos, std::string speaker = {}) {
    refs.push_back({kind, id, pos, event, std::move(speaker)});
  }
};

// Each parser fills `out` from a whole file's tree and reports what is wrong.
void parse_campaign(const YNode& root, Campaign& out, std::vector<std::pair<std::string, SourcePos>>&
                    event_folders, ParseContext& ctx);
// `room_file` and `people_files` receive the paths event.yaml names (or the defaults).
void parse_event(const YNode& root, Event& out, std::pair<std::string, SourcePos>& room_file,
                 std::vector<std::pair<std::string, SourcePos>>& people_files, ParseContext& ctx);
void parse_room(const YNode& root, Room& out, ParseContext& ctx);
// `dialogue_files` receives each person's `dialogue:` path, if written (person id -> path).
void parse_people(const YNode& root, std::vector<Person>& out,
                  std::vector<std::pair<std::string, std::pair<std::string, SourcePos>>>&
                      dialogue_files,
                  ParseContext& ctx);
// `file_stem` is the default id. Node references inside the dialogue are checked here.
void parse_dialogue(const YNode& root, const std::string& file_stem, Dialogue& out,
                    ParseContext& ctx);

// Reads a value item ({item, kind, label, shared_when}).
void parse_value_items(const YNode& v, std::string_view key, std::vector<ValueItem>& out,
                       bool allow_shared_when, ParseContext& ctx);
// Records an expression written at `v` (a scalar) after parsing it; nothing if it is invalid.
Expr parse_expression(const YNode& v, std::string_view key, const std::string& dialogue,
                      ParseContext& ctx);

}  // namespace mingle
