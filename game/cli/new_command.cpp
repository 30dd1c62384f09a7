// `mingle new DIR`: writes a starter scenario to grow from: an event, a room, two people (one
// needs what the other holds, so the player can introduce them: host mode), their two
// conversations and a journey that plays it. It checks with no errors and no warnings and its
// journey passes. The schemas are copied into DIR/schema/ and each file's first line names its
// own by a relative path, so an editor with the YAML language server completes and checks it
// wherever DIR is, on any computer it is shared with.
// Exit codes: 0 written; 1 DIR exists and is not empty, or a file could not be written; 2 usage.
#include "cli/commands.h"
#include "core/util/atomic_file.h"
#include "core/util/paths.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <memory>
#include <string>
#include <vector>

namespace mingle::cli {
namespace {

namespace fs = std::filesystem;

const char* kEvent = R"(id: STEM
title: A Members' Breakfast
brief: >
  You started at the association a few weeks ago. Your manager would like to know how other
  associations keep their volunteers coming back. Somebody at this breakfast knows.
player:
  role: Membership Officer
  needs:
    - item: volunteer-tips
      kind: solution
      label: How to keep volunteers coming back
clock: { starts: "08:00", ends: "09:00" }
minutes_per_exchange: 2
slots:
  - { id: coffee, from: "08:00", note: Coffee and pastries }
  - { id: talk, from: "08:30", note: The chair says a few words }
)";

const char* kRoom = R"(name: The Breakfast Room
size: { width: 14, height: 10 }
zones:
  - { id: coffee-table, kind: coffee, label: the coffee table, at: [1, 1], size: [4, 2] }
  - { id: window, kind: lounge, label: the window seats, at: [9, 6], size: [4, 3] }
furniture:
  - { kind: round-table, at: [6, 4] }
entrances:
  - { id: door, at: [7, 10] }
)";

const char* kPeople = R"(# Rosa holds what you came for. Sam needs what Rosa holds, and they have not met: when
# you know them both a little, you can introduce them ('introduce rosa sam').
- id: rosa
  name: Rosa Diaz
  organisation: Guild of Garden Designers
  role: Volunteer Coordinator
  traits: [warm, chatty]
  interests: [allotments]
  holds:
    - item: volunteer-tips
      kind: solution
      label: Her three habits that keep volunteers coming back
      shared_when: "regard >= 1"
  schedule: { coffee: coffee-table, talk: coffee-table }

- id: sam
  name: Sam Okoro
  organisation: Society of Bookbinders
  role: Events Manager
  traits: [shy]
  interests: [old maps]
  needs:
    - { item: volunteer-tips, kind: solution, label: How to keep volunteers }
  schedule: { coffee: window, talk: window }
)";

const char* kRosa = R"(person: rosa
start: hello
nodes:
  hello:
    say: "Morning! I'm Rosa. Have you tried the almond pastries yet?"
    choices:
      - id: introduce-yourself
        text: Tell her your name, and that you are new.
        effects: { rapport: +1, enjoyment: +1 }
        coach: A name and 'I'm new here' is all it takes to start.
        next: new-here
      - id: slip-away
        text: Smile and head for the coffee.
        end: parted-politely

  new-here:
    say: "Welcome! What brings you here this early?"
    choices:
      - id: ask-about-her
        text: Ask what keeps her busy at the Guild.
        effects: { regard: +1, rapport: +1 }
        coach: Asking about her world first shows you came to listen.
        next: her-work
      - id: mention-volunteers
        text: Say you are trying to keep volunteers coming back.
        next: her-work

  her-work:
    say: "Volunteers, mostly. Forty of them, and most stay for years."
    choices:
      - id: ask-how
        text: Ask how she keeps them.
        requires: { regard: 1 }
        unavailable: She doesn't know you well enough yet to go into detail.
        effects: { gain: volunteer-tips }
        coach: Because you listened first, she is glad to share.
        next: shared
      - id: thank-her
        text: Thank her, and let her get to her coffee.
        end: parted-well

  shared:
    say: "Thank them every month, give each one a job with a name, and ask them what they'd change."
    end: parted-well
)";

const char* kSam = R"(person: sam
start: hello
nodes:
  hello:
    say: "Oh, hello. I'm Sam. I don't really know anyone here."
    choices:
      - id: same-here
        text: Say you don't either, and ask what he does.
        effects: { rapport: +1, enjoyment: +1 }
        coach: Shared nerves are a quick way to a real conversation.
        next: his-work
      - id: leave-him-be
        text: Nod, and move on.
        end: parted-politely

  his-work:
    say: "I run the Society's events. Our volunteers keep drifting away, and I don't know why."
    effects: { learn: [{ id: sam-needs-volunteer-help, label: Sam wants his volunteers to stay }] }
    choices:
      - id: wish-luck
        text: Wish him luck, and say you'll keep an ear open.
        effects: { regard: +1 }
        coach: Listening for a need is how you spot an introduction to make.
        end: parted-well
)";

const char* kJourney = R"(name: The friendly way to Rosa's tips, then an introduction
seed: 1
steps:
  - talk rosa
  - choose introduce-yourself
  - choose ask-about-her
  - choose ask-how
  - talk sam
  - choose same-here
  - choose wish-luck
  - introduce rosa sam
  - end
expect:
  found: [volunteer-tips]
  learned: [sam-needs-volunteer-help]
  rung: { rosa: acquaintance, sam: acquaintance }
  saw: ["Thank them every month"]
  value: { min: 10 }
)";

int run_new(const std::string& dir_text) {
  const fs::path dir(dir_text);
  std::error_code ec;
  if (fs::exists(dir, ec) && !(fs::is_directory(dir, ec) && fs::is_empty(dir, ec))) {
    std::cerr << "mingle new: " << dir_text << " already exists and is not an empty folder; "
              << "choose a new name, so nothing of yours is overwritten.\n";
    return 1;
  }
  // The schemas travel with the scenario: a copy in its own schema/ folder, named by relative
  // paths, so the modelines still work when the folder is shared, moved or opened on another
  // computer (an absolute path would name this machine's install).
  std::vector<std::pair<std::string, std::string>> schemas;  // kind -> text
  if (auto data = find_data_dir())
    for (const char* kind : {"event", "room", "people", "dialogue", "campaign"}) {
      std::ifstream in(*data / "schema" / (std::string(kind) + ".json"), std::ios::binary);
      if (!in) continue;
      std::ostringstream text;
      text << in.rdbuf();
      schemas.emplace_back(kind, text.str());
    }
  auto modeline = [&](const char* kind, const char* up) {
    return schemas.empty() ? std::string()
                           : "# yaml-language-server: $schema=" + std::string(up) + "schema/" + kind + ".json\n";
  };
  std::string stem = fs::absolute(dir, ec).lexically_normal().filename().string();
  if (stem.empty()) stem = fs::absolute(dir, ec).lexically_normal().parent_path().filename().string();
  std::string id;
  for (char c : stem) {
    const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::isalnum(static_cast<unsigned char>(l))) id += l;
    else if (!id.empty() && id.back() != '-') id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id[0]))) id = "my-" + (id.empty() ? "scenario" : id);
  std::string event = kEvent;
  event.replace(event.find("STEM"), 4, id);
  std::vector<std::pair<std::string, std::string>> files{
      {"event.yaml", modeline("event", "") + event},
      {"room.yaml", modeline("room", "") + kRoom},
      {"people.yaml", modeline("people", "") + kPeople},
      {"dialogues/rosa.yaml", modeline("dialogue", "../") + kRosa},
      {"dialogues/sam.yaml", modeline("dialogue", "../") + kSam},
      {"journeys/friendly-way.yaml", kJourney},
  };
  for (const auto& [kind, text] : schemas) files.emplace_back("schema/" + kind + ".json", text);
  for (const auto& [name, text] : files) {
    std::string error;
    if (!write_file_atomically(dir / name, text, error)) {
      std::cerr << "mingle new: " << error << "\n";
      return 1;
    }
  }
  std::cout << "A starter scenario is in " << dir_text << ". Next:\n"
            << "  mingle check " << dir_text << "          every mistake, with file:line:col\n"
            << "  mingle test " << dir_text << "           play its journey\n"
            << "  mingle play --text " << dir_text << "    play it yourself\n"
            << "docs/authoring.md walks you through each file.\n";
  if (schemas.empty())
    std::cerr << "(The schemas were not found beside this mingle, so the files name none.)\n";
  return 0;
}

}  // namespace

void add_new_command(CLI::App& app, int* exit_code) {
  auto dir = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "new",
      "Write a starter scenario into a new folder: an event, a room, two people, their "
      "conversations and a journey. It checks clean; grow it from there.");
  cmd->add_option("DIR", *dir, "the folder to create (it must not exist, or be empty)")->required();
  cmd->callback([dir, exit_code] { *exit_code = run_new(*dir); });
}

}  // namespace mingle::cli
