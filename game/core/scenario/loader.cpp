// Loading folders and files: which files make up a campaign or an event, where each is, and
// that none lies outside the folder being loaded. The per-file parsers are in parse_*.cpp and
// the whole-campaign checks in validate.cpp.
#include "core/scenario/loader.h"

#include "core/diag/suggest.h"
#include "core/scenario/parse.h"
#include "core/scenario/validate.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <system_error>
#include <unordered_map>

namespace fs = std::filesystem;

namespace mingle {
namespace {

// The folder being loaded, as the root that written paths may not leave.
struct Root {
  fs::path real;  // canonical, for containment checks
};

// A file of the content: where it really is and the name diagnostics use for it.
struct FileRef {
  fs::path path;
  std::string display;
};

bool is_within(const fs::path& inner, const fs::path& outer) {
  auto o = outer.begin(), i = inner.begin();
  for (; o != outer.end(); ++o, ++i)
    if (i == inner.end() || *o != *i) return false;
  return true;
}

// Resolves a path written in a file (relative to `base`), refusing absolute paths and any that
// leave the root, symbolic links included.
std::optional<FileRef> resolve(const FileRef& base_dir, const std::string& written,
                               const SourcePos& pos, const Root& root, Diagnostics& d) {
  const fs::path rel(written);
  std::error_code ec;
  const fs::path joined = base_dir.path / rel;
  const fs::path real = fs::weakly_canonical(joined, ec);
  if (rel.is_absolute() || ec || !is_within(real, root.real)) {
    d.add("E0111", pos, "the path '" + written + "' leads outside the scenario folder",
          "keep every file inside the scenario's folder and write paths relative to the file "
          "that names them, like 'people.yaml' or 'dialogues/priya.yaml'");
    return std::nullopt;
  }
  fs::path shown = fs::path(base_dir.display) / rel;
  return FileRef{joined, shown.lexically_normal().generic_string()};
}

FileRef child(const FileRef& dir, const std::string& name) {
  return {dir.path / name, (fs::path(dir.display) / name).lexically_normal().generic_string()};
}

// Reads one file of the content. With a root, the file's real place (links followed) must be
// inside it: a link in dialogues/ to a file elsewhere is refused like a path with '..'.
std::optional<YNode> read(const FileRef& f, ParseContext& ctx, bool must_have_content,
                          const Root* within = nullptr) {
  std::error_code ec;
  if (within) {
    const fs::path real = fs::weakly_canonical(f.path, ec);
    if (ec || !is_within(real, within->real)) {
      ctx.diags.add("E0111", {f.display, 1, 1},
                    "this file is a link to a place outside the scenario folder",
                    "copy the file into the scenario's folder instead of linking to it");
      return std::nullopt;
    }
  }
  auto root = read_yaml_file(f.path, f.display, ctx.limits, ctx.diags);
  if (root && root->is_null() && must_have_content) {
    ctx.diags.add("E0110", {f.display, 1, 1}, "the file is empty",
                  "see docs/authoring.md for what this file holds");
    return std::nullopt;
  }
  return root;
}

// A folder that is there but cannot be listed (no permission, a broken disk) is an error at its
// path: read as empty, it would check clean and play with nobody in it.
void folder_unreadable(const std::string& display, const std::error_code& ec, Diagnostics& diags) {
  diags.add("E0101", {display, 0, 0}, "this folder cannot be read: " + ec.message(),
            "check that the folder is yours to read (its permissions), then check again");
}

std::vector<fs::path> yaml_files_in(const fs::path& dir, const std::string& display, Diagnostics& diags) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (ec && ec != std::errc::no_such_file_or_directory) folder_unreadable(display, ec, diags);
    return out;
  }
  fs::directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension();
    std::error_code fe;
    if ((ext == ".yaml" || ext == ".yml") && it->is_regular_file(fe)) out.push_back(it->path());
  }
  if (ec) folder_unreadable(display, ec, diags);
  std::sort(out.begin(), out.end());  // a stable order, whatever the file system's
  return out;
}

void load_event(const FileRef& folder, const Root& root, Event& event, ParseContext& ctx) {
  Diagnostics& d = ctx.diags;
  event.folder = folder.path.generic_string();
  const FileRef event_file = child(folder, "event.yaml");
  std::pair<std::string, SourcePos> room_file{"room.yaml", {}};
  std::vector<std::pair<std::string, SourcePos>> people_files{{"people.yaml", {}}};
  if (auto tree = read(event_file, ctx, true, &root))
    parse_event(*tree, event, room_file, people_files, ctx);
  else if (!event.pos.line)
    event.pos = {event_file.display, 1, 1};

  // The room: optional when it is the default name (an empty room of the default size).
  std::error_code ec;
  const bool room_named = room_file.second.line > 0;  // written in event.yaml, so required
  if (auto f = resolve(folder, room_file.first, room_file.second, root, d)) {
    if (room_named && !fs::exists(f->path, ec)) {
      d.add("E0101", room_file.second, "the room file '" + room_file.first + "' does not exist",
            "write the path from event.yaml's folder, like 'room.yaml', or remove 'room:'");
      ctx.broken_rooms.insert(ctx.event);
    } else if (fs::exists(f->path, ec)) {
      const std::size_t errors_before = count(d.list(), Severity::Error);
      if (auto tree = read(*f, ctx, true, &root)) parse_room(*tree, event.room, ctx);
      if (count(d.list(), Severity::Error) != errors_before) ctx.broken_rooms.insert(ctx.event);
    }
  } else {
    ctx.broken_rooms.insert(ctx.event);
  }

  // People, and the conversation files they name.
  std::map<std::string, std::pair<std::string, SourcePos>> named_dialogue;  // person -> display
  std::vector<FileRef> dialogue_files;
  for (const auto& [name, pos] : people_files) {
    auto f = resolve(folder, name, pos, root, d);
    if (!f) continue;
    if (!fs::exists(f->path, ec)) {
      ctx.broken_people.insert(ctx.event);
      const bool named = pos.line > 0;
      d.add("E0101", named ? pos : SourcePos{event_file.display, 1, 1},
            named ? "the people file '" + name + "' does not exist"
                  : "there is no people.yaml beside this event.yaml",
            named ? "write the path from event.yaml's folder, like 'people.yaml'"
                  : "every event needs a people.yaml listing who is in the room");
      continue;
    }
    auto tree = read(*f, ctx, true, &root);
    if (!tree) {
      ctx.broken_people.insert(ctx.event);
      continue;
    }
    std::vector<std::pair<std::string, std::pair<std::string, SourcePos>>> named;
    parse_people(*tree, event.people, named, ctx);
    const FileRef people_dir{f->path.parent_path(), fs::path(f->display).parent_path().generic_string()};
    for (const auto& [person, file] : named) {
      auto df = resolve(people_dir, file.first, file.second, root, d);
      if (!df) {
        ctx.dialogue_reported.insert(person);
        continue;
      }
      if (!fs::is_regular_file(df->path, ec)) {
        ctx.dialogue_reported.insert(person);
        d.add("E0307", file.second, "the conversation file '" + file.first + "' does not exist",
              "write the path from this file's folder, like 'dialogues/priya.yaml', or remove "
              "'dialogue:' to use the conversation whose 'person' is " + person);
        continue;
      }
      named_dialogue[person] = {df->display, file.second};
      dialogue_files.push_back(*df);
    }
  }
  // Duplicate people within the event.
  std::map<std::string, const Person*> first_person;
  for (const Person& p : event.people) {
    if (p.id.empty()) continue;
    const auto [it, inserted] = first_person.emplace(p.id, &p);
    if (!inserted)
      d.add("E0207", p.pos,
            "the person id '" + p.id + "' is used twice (first at " + it->second->pos.file + ":" +
                std::to_string(it->second->pos.line) + ")",
            "give each person their own id");
  }

  // Conversations: every *.yaml in dialogues/, plus any named elsewhere.
  for (const fs::path& p : yaml_files_in(folder.path / "dialogues", folder.display + "/dialogues", d))
    dialogue_files.push_back(child(folder, "dialogues/" + p.filename().string()));
  std::set<std::string> seen_files;  // a file named by `dialogue:` and found in dialogues/
  std::unordered_map<std::string, std::vector<std::string>> files_by_id;  // id -> files, in order
  for (const FileRef& f : dialogue_files) {
    std::error_code e2;
    if (!seen_files.insert(fs::weakly_canonical(f.path, e2).string()).second) continue;
    auto tree = read(f, ctx, true, &root);
    if (!tree) {
      ctx.broken_dialogues.insert(ctx.event);
      std::ifstream raw(f.path, std::ios::binary);
      std::string text(1 << 20, '\0');
      raw.read(text.data(), static_cast<std::streamsize>(text.size()));
      text.resize(static_cast<std::size_t>(raw.gcount()));
      ctx.unreadable_text += text + "\n";
      continue;
    }
    Dialogue dialogue;
    dialogue.pos = {f.display, 1, 1};
    parse_dialogue(*tree, f.path.stem().string(), dialogue, ctx);
    if (!dialogue.id.empty()) {
      auto& files = files_by_id[dialogue.id];
      for (const std::string& other : files)
        d.add("E0207", dialogue.pos, "the conversation id '" + dialogue.id + "' is also used by " + other,
              "rename one of the files, or change its 'id:'");
      files.push_back(dialogue.pos.file);
    }
    event.dialogues.push_back(std::move(dialogue));
  }

  // Each person's conversation: the one named, else the one whose `person` is them. (Indexed
  // once: a crowd of a thousand people with a conversation each is a million pairs otherwise.)
  std::unordered_map<std::string, const Dialogue*> by_file;  // the last with that file, as before
  std::unordered_map<std::string, std::vector<const Dialogue*>> by_person;
  for (const Dialogue& dl : event.dialogues) {
    by_file[dl.pos.file] = &dl;
    by_person[dl.person].push_back(&dl);
  }
  for (Person& p : event.people) {
    if (auto it = named_dialogue.find(p.id); it != named_dialogue.end()) {
      if (auto f = by_file.find(it->second.first); f != by_file.end()) p.dialogue = f->second->id;
      continue;
    }
    static const std::vector<const Dialogue*> kNone;
    auto found = by_person.find(p.id);
    const std::vector<const Dialogue*>& mine = found == by_person.end() ? kNone : found->second;
    if (mine.size() == 1) p.dialogue = mine.front()->id;
    if (mine.size() > 1) {
      p.dialogue = mine.front()->id;  // reported; the first is kept so nothing else cascades
      d.add("E0307", mine[1]->pos,
            "two conversations are for " + p.id + ": this one and " + mine[0]->pos.file,
            "a person has one conversation per event; merge them, or name the one to use "
            "with 'dialogue:' in people.yaml");
    }
  }
}

// The kind of a single file, from its name.
enum class FileKind { Campaign, Event, Room, People, Dialogue, Unknown };

FileKind kind_of(const fs::path& p) {
  const std::string name = p.filename().string();
  if (name == "campaign.yaml") return FileKind::Campaign;
  if (name == "event.yaml") return FileKind::Event;
  if (name == "room.yaml") return FileKind::Room;
  if (name == "people.yaml") return FileKind::People;
  const auto ext = p.extension();
  if ((ext == ".yaml" || ext == ".yml") && p.parent_path().filename() == "dialogues")
    return FileKind::Dialogue;
  return FileKind::Unknown;
}

void load_single_file(const fs::path& path, const std::string& display, ParseContext& ctx) {
  const FileRef f{path, display};
  const FileKind kind = kind_of(path);
  if (kind == FileKind::Unknown) {
    ctx.diags.add("E0112", {display, 0, 0},
                  "cannot tell what kind of scenario file this is from its name",
                  "name it campaign.yaml, event.yaml, room.yaml or people.yaml, or put a "
                  "conversation in a folder named 'dialogues'; or check the whole folder");
    return;
  }
  auto tree = read(f, ctx, true);
  if (!tree) return;
  switch (kind) {
    case FileKind::Campaign: {
      Campaign c;
      std::vector<std::pair<std::string, SourcePos>> folders;
      parse_campaign(*tree, c, folders, ctx);
      break;
    }
    case FileKind::Event: {
      Event e;
      std::pair<std::string, SourcePos> room;
      std::vector<std::pair<std::string, SourcePos>> people;
      parse_event(*tree, e, room, people, ctx);
      break;
    }
    case FileKind::Room: {
      Room r;
      parse_room(*tree, r, ctx);
      break;
    }
    case FileKind::People: {
      std::vector<Person> people;
      std::vector<std::pair<std::string, std::pair<std::string, SourcePos>>> named;
      parse_people(*tree, people, named, ctx);
      break;
    }
    case FileKind::Dialogue: {
      Dialogue dl;
      dl.pos = {display, 1, 1};
      parse_dialogue(*tree, path.stem().string(), dl, ctx);
      check_dialogue_graph(dl, ctx.diags, ctx.diags.has_errors());
      break;
    }
    case FileKind::Unknown: break;
  }
}

std::vector<std::string> event_folders_in(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (fs::exists(it->path() / "event.yaml", ec)) out.push_back(it->path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

namespace {

LoadResult load_unguarded(const fs::path& path, const LoadOptions& options) {
  Diagnostics diags;
  ParseContext ctx{diags, options.limits};
  LoadResult result;
  std::string display = path.lexically_normal().generic_string();
  while (display.size() > 1 && display.back() == '/') display.pop_back();
  std::error_code ec;

  const bool there = fs::exists(path, ec);
  if (!there && ec && ec != std::errc::no_such_file_or_directory) {
    diags.add("E0101", {display, 0, 0}, "this cannot be read: " + ec.message(),
              "check that it is yours to read (its permissions and its folder's), then check again");
  } else if (!there) {
    diags.add("E0101", {display, 0, 0}, "no such file or folder");
  } else if (fs::is_directory(path, ec) && (fs::directory_iterator(path, ec), ec)) {
    folder_unreadable(display, ec, diags);
  } else if (!fs::is_directory(path, ec)) {
    load_single_file(path, display, ctx);
  } else {
    const FileRef folder{path, display};
    const Root root{fs::weakly_canonical(path, ec)};
    Campaign campaign;
    campaign.folder = path.generic_string();
    if (fs::exists(path / "campaign.yaml", ec)) {
      const FileRef file = child(folder, "campaign.yaml");
      std::vector<std::pair<std::string, SourcePos>> folders;
      if (auto tree = read(file, ctx, true, &root)) parse_campaign(*tree, campaign, folders, ctx);
      const auto available = event_folders_in(path);
      std::vector<std::pair<std::string, SourcePos>> seen;
      for (std::size_t i = 0; i < folders.size() && i < campaign.steps.size(); ++i) {
        const auto& [name, pos] = folders[i];
        if (name.empty()) continue;
        auto f = resolve(folder, name, pos, root, diags);
        if (!f) continue;
        if (!fs::exists(f->path / "event.yaml", ec) && ec && ec != std::errc::no_such_file_or_directory) {
          folder_unreadable(f->display, ec, diags);
          continue;
        }
        if (!fs::exists(f->path / "event.yaml", ec)) {
          diags.add("E0308", pos,
                    "there is no event folder '" + name + "' beside campaign.yaml" +
                        did_you_mean(name, available),
                    available.empty() ? "an event folder holds an event.yaml"
                                      : "the event folders here are: " + join_words(available));
          continue;
        }
        ctx.event = static_cast<int>(i);
        load_event(*f, root, campaign.steps[i].event, ctx);
      }
      // A step whose folder could not be loaded stays (empty) so that step indices in
      // the parse context still match; its E0308 keeps the result from being ok().
    } else if (fs::exists(path / "event.yaml", ec)) {
      CampaignStep step;
      load_event(folder, root, step.event, ctx);
      campaign.id = step.event.id;
      campaign.title = step.event.title;
      campaign.pos = step.event.pos;
      campaign.steps.push_back(std::move(step));
    } else {
      const auto found = event_folders_in(path);
      diags.add("E0112", {display, 0, 0},
                "this folder holds neither campaign.yaml nor event.yaml",
                found.empty()
                    ? std::string("check an event folder (with event.yaml) or a campaign "
                                  "folder (with campaign.yaml)")
                    : "check one of the event folders inside it: " + join_words(found));
    }
    if (!campaign.steps.empty()) {
      validate_campaign(campaign, ctx);
      campaign.hint_labels = ctx.hint_labels;
      result.campaign = std::move(campaign);
    }
  }
  result.diagnostics = diags.take();
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace

LoadResult load_content(const fs::path& path, const LoadOptions& options) {
  // Errors in content are diagnostics, never exceptions; this catch is the last guard for
  // what the file system or the allocator may still throw, so `mingle check` and the game
  // report instead of crashing.
  try {
    return load_unguarded(path, options);
  } catch (const std::exception& e) {
    LoadResult failed;
    failed.diagnostics.push_back({Severity::Error, "E0101",
                                  {path.lexically_normal().generic_string(), 0, 0},
                                  std::string("the content could not be read: ") + e.what(),
                                  ""});
    return failed;
  }
}

}  // namespace mingle
