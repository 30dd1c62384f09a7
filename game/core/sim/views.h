#pragma once
// Read-only views of a run for front-ends (Dear ImGui's habit: the UI owns no copy of the
// state; a panel is a function over state the application owns). The terminal player and the
// GUI both draw from these, and change the run only through commands.
#include "core/scenario/model.h"
#include "core/sim/conversation.h"
#include "core/sim/run_state.h"

#include <string>
#include <vector>

namespace mingle::sim {

struct PersonInRoom {
  const Person* person = nullptr;
  std::string zone;        // zone id ("" when unknown)
  std::string zone_label;  // readable
  bool available = true;
  std::string reason;      // why they can't talk now
  bool familiar = false;   // met at an earlier event: a familiar face
  bool needs_introduction = false;  // and you have not been introduced yet
  Rung rung = Rung::Stranger;
};

struct RoomView {
  std::string event_title;
  std::string slot_id;
  std::string slot_note;
  std::string player_zone;
  std::vector<PersonInRoom> people;  // those in the room now, in the order written
  std::vector<const Person*> away;   // those not in the room at the moment
};
RoomView room_view(const Campaign&, const RunState&);

struct ConversationView {
  bool active = false;
  const Person* person = nullptr;
  std::string speaker_name;
  std::string line;  // the current node's line
  std::vector<ChoiceView> choices;
};
ConversationView conversation_view(const Campaign&, const RunState&);

struct NotebookEntry {
  const Person* person = nullptr;
  Rung rung = Rung::Stranger;
  std::string how;  // how the current rung was reached
  int regard = 0, rapport = 0;
  std::vector<std::string> holds;     // what you know they have (labels), once you've spoken
  std::vector<std::string> received;  // what they gave you
  std::vector<std::string> follow_ups_due;
  std::vector<std::string> memories;  // what they remember of you
};
struct Notebook {
  std::vector<NotebookEntry> people;  // people you've met or know, in campaign order
  std::vector<std::string> hints;     // learned, readable
  std::vector<std::string> needs;     // "How to move the member database — found (from Priya)"
};
Notebook notebook_view(const Campaign&, const RunState&);

struct StatusView {
  std::string event_title;
  int event_no = 0, event_count = 0;
  Phase phase = Phase::Event;
  std::string clock, ends;
  int time_left = 0;
  int enjoyment = 0, value = 0;
  bool need_found = false;
  std::string in_conversation_with;  // person name, or empty
};
StatusView status_view(const Campaign&, const RunState&);

}  // namespace mingle::sim
