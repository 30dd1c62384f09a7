// The text command language: one command a line (docs/playing-in-a-terminal.md).
#include "core/sim/commands.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace mingle::sim {

namespace {

struct VerbWord {
  Verb verb;
  const char* word;
  int ids;  // how many ids follow (number/kind arguments are handled separately)
};
constexpr VerbWord kVerbs[] = {
    {Verb::Talk, "talk", 1},         {Verb::Choose, "choose", 0},   {Verb::Leave, "leave", 0},
    {Verb::Wait, "wait", 0},         {Verb::Go, "go", 1},           {Verb::Join, "join", 1},
    {Verb::AskIntro, "ask-intro", 2}, {Verb::Introduce, "introduce", 2},
    {Verb::Invite, "invite", 1},     {Verb::FollowUp, "follow-up", 1}, {Verb::End, "end", 0},
    {Verb::Next, "next", 0},
};

bool parse_int(const std::string& t, int& out) {
  if (t.empty() || t.size() > 6) return false;
  for (char ch : t)
    if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
  out = std::stoi(t);
  return true;
}

}  // namespace

const char* verb_word(Verb v) {
  for (const auto& w : kVerbs)
    if (w.verb == v) return w.word;
  return "?";
}

int verb_ids(Verb v) {
  for (const auto& w : kVerbs)
    if (w.verb == v) return w.ids;
  return 0;
}

const char* verb_usage(Verb v) {
  switch (v) {
    case Verb::Talk: return "talk <person>";
    case Verb::Choose: return "choose <number>";
    case Verb::Leave: return "leave";
    case Verb::Wait: return "wait <minutes>";
    case Verb::Go: return "go <zone>";
    case Verb::Join: return "join <person>";
    case Verb::AskIntro: return "ask-intro <who-introduces> <whom-to-meet>";
    case Verb::Introduce: return "introduce <person> <person>";
    case Verb::Invite: return "invite <person> <coffee|lunch|drinks|personal>";
    case Verb::FollowUp: return "follow-up <person>";
    case Verb::End: return "end";
    case Verb::Next: return "next";
  }
  return "";
}

std::optional<Command> parse_command(std::string_view line, std::string& error) {
  CommandResult refused;
  auto c = parse_command(line, refused);
  error = refused.reason;
  return c;
}

std::optional<Command> parse_command(std::string_view line, CommandResult& refused) {
  refused = CommandResult{};
  std::string& error = refused.reason;
  auto fail = [&](Refusal code, std::string why) -> std::optional<Command> {
    refused.code = code;
    error = std::move(why);
    return std::nullopt;
  };
  std::istringstream in{std::string(line)};
  std::vector<std::string> words;
  // A '#' starts a comment to the end of the line, as in a script (the explorer's witnesses say
  // "choose 2   # yes" of an ask's answer).
  for (std::string w; in >> w && w[0] != '#';) words.push_back(w);
  if (words.empty()) return std::nullopt;
  std::string head = words[0];
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (head == "followup" || head == "follow_up") head = "follow-up";
  if (head == "ask_intro" || head == "askintro") head = "ask-intro";
  const VerbWord* vw = nullptr;
  for (const auto& w : kVerbs)
    if (head == w.word) vw = &w;
  if (vw == nullptr) return fail(Refusal::UnknownCommand, "'" + words[0] + "' isn't a command I know. Type 'help' to see them all.");
  Command c;
  c.verb = vw->verb;
  const std::size_t given = words.size() - 1;
  auto wrong = [&]() { return fail(Refusal::Usage, std::string("Write it as: ") + verb_usage(c.verb) + "."); };
  switch (c.verb) {
    case Verb::Choose:
    case Verb::Wait: {
      if (given != 1 || !parse_int(words[1], c.number) || c.number < 1) return wrong();
      return c;
    }
    case Verb::Invite: {
      if (given != 2) return wrong();
      auto k = parse_ask_kind(words[2]);
      if (!k || *k == AskKind::FollowUp)
        return fail(Refusal::InviteKind,
                    "You can invite someone to coffee, lunch, drinks or personal (a personal "
                    "invitation). Follow-ups are agreed in conversation.");
      c.args.push_back(words[1]);
      c.kind = *k;
      return c;
    }
    default:
      if (given != static_cast<std::size_t>(vw->ids)) return wrong();
      for (std::size_t i = 1; i < words.size(); ++i) c.args.push_back(words[i]);
      return c;
  }
}

Command make_command(Verb verb, std::vector<std::string> ids, int number, AskKind kind) {
  Command c;
  c.verb = verb;
  c.args = std::move(ids);
  c.number = number;
  c.kind = kind;
  return c;
}

std::string to_text(const Command& c) {
  std::string out = verb_word(c.verb);
  if (c.verb == Verb::Choose || c.verb == Verb::Wait) return out + " " + std::to_string(c.number);
  for (const auto& a : c.args) out += " " + a;
  if (c.verb == Verb::Invite) out += std::string(" ") + to_string(c.kind);
  return out;
}

}  // namespace mingle::sim
