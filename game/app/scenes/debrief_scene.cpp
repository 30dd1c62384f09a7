#include "app/scenes/debrief_scene.h"
#include "core/util/text_cut.h"

#include "app/app.h"
#include "app/room/room_scene.h"
#include "app/scenes/season_scene.h"
#include "app/layout_dump_file.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"
#include "app/window_words.h"
#include "core/sim/views.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace mingle::app {
namespace {

// The strip below the page's columns that holds its button, at any UI scale.
float footer_height() { return ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y + 4.0f; }


void backdrop(sf::RenderWindow& window) {
  sf::RectangleShape bg(sf::Vector2f(window.getSize()));
  bg.setFillColor(theme::kWall);
  window.draw(bg);
}

// `margin`: the space left round the page (the debrief takes all it can, to fit its moments).
void begin_page(const char* id, float width = 1100, float margin = 40) {
  const ImGuiIO& io = ImGui::GetIO();
  theme::next_window_centred(std::min(theme::px(width), io.DisplaySize.x - 40), io.DisplaySize.y - margin);
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  text_log_window();
}

}  // namespace

DebriefScene::DebriefScene(App& app, std::shared_ptr<GameSession> session, int event_no,
                           std::vector<sim::Beat> ending, std::vector<sim::Beat> after,
                           std::optional<std::pair<int, int>> in_room)
    : app_(app),
      session_(std::move(session)),
      view_(sim::debrief_view(session_->campaign(), session_->run(), event_no)),
      after_(std::move(after)),
      in_room_(in_room) {
  for (const auto& b : ending) ending_.push_back(line_for(b));
  layout_log_ = std::getenv("MINGLE_DEBRIEF_LOG") != nullptr;
}

bool DebriefScene::handle_event(const sf::Event& event) {
  if (pause_.handle_event(app_, event)) return true;
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Return) {
    go_on();
    return true;
  }
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::A) {
    show_all_ = !show_all_;
    return true;
  }
  return false;
}

void DebriefScene::go_on() {
  const sim::Phase phase = sim::status_view(session_->campaign(), session_->run()).phase;
  if (phase == sim::Phase::FollowUp)
    app_.scenes().replace(std::make_unique<FollowUpScene>(app_, session_, after_));
  else if (phase == sim::Phase::Event)
    app_.scenes().replace(std::make_unique<RoomScene>(app_, session_));
  else
    app_.return_to_title();
}

void DebriefScene::draw(sf::RenderWindow& window, float) { backdrop(window); }

namespace {

// A coach's note as the page has room for it: whole when short, else its first sentences (at
// least a line's worth) and "…"; the expander shows every note whole.
std::string short_note(const std::string& note) {
  constexpr std::size_t kWhole = 170, kAtLeast = 60;
  if (note.size() <= kWhole) return note;
  for (std::size_t at = note.find(". "); at != std::string::npos; at = note.find(". ", at + 1))
    if (at + 1 >= kAtLeast) return at + 1 < note.size() - 1 ? note.substr(0, at + 1) + " …" : note;
  return note;
}

// One moment: what happened, what it changed, the coach's note and what to try.
std::string moment_title(const sim::DebriefMoment& m) {
  if (m.said) return m.clock + ", with " + m.person_name + ": \"" + m.what + "\"";
  return (m.clock.empty() ? "" : m.clock + ": ") + m.what;
}

std::vector<std::pair<ImVec4, std::string>> moment_lines(const sim::DebriefMoment& m, const std::string& next_label) {
  std::vector<std::pair<ImVec4, std::string>> out;
  if (!m.changed.empty()) out.emplace_back(m.went_well ? theme::good_text() : theme::warning_text(), m.changed);
  if (!m.coach.empty()) out.emplace_back(theme::coach_text(), "Coach: " + short_note(m.coach));
  out.emplace_back(theme::heading_text(), next_label + ": " + m.next_time);
  return out;
}

}  // namespace

void DebriefScene::moments() {
  // The two lists flow as one down two columns, split where the columns come out most even, so
  // three rich moments of one kind and three short ones of the other still fit the page.
  struct Block {
    const char* heading = nullptr;
    const char* none = nullptr;
    const sim::DebriefMoment* moment = nullptr;
  };
  std::vector<Block> blocks;
  auto add = [&](const char* heading, const std::vector<sim::DebriefMoment>& ms, const char* none) {
    blocks.push_back({heading, nullptr, nullptr});
    if (ms.empty()) blocks.push_back({nullptr, none, nullptr});
    for (const auto& m : ms) blocks.push_back({nullptr, nullptr, &m});
  };
  add("What went well", view_.moments_well, "A quiet evening. That's a start.");
  add("Could have gone better", view_.moments_better, "Nothing we noticed. Well done.");

  const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
  const float gap = theme::px(2), indent = theme::px(12);
  const float width = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().CellPadding.x * 4) * 0.5f;
  auto height = [&](const Block& b) {
    const float line = ImGui::GetTextLineHeight() + gap;
    if (!b.moment) return line + (b.heading ? spacing.y : 0.0f);
    float h = theme::px(4) + gap + ImGui::CalcTextSize(moment_title(*b.moment).c_str(), nullptr, false, width).y + gap;
    for (const auto& [colour, text] : moment_lines(*b.moment, view_.next_time_label))
      h += ImGui::CalcTextSize(text.c_str(), nullptr, false, width - indent).y + gap;
    return h;
  };
  float total = 0.0f;
  std::vector<float> heights;
  for (const auto& b : blocks) total += heights.emplace_back(height(b));
  std::size_t split = blocks.size();
  float best = total, left = 0.0f;
  for (std::size_t k = 1; k < blocks.size(); ++k) {
    left += heights[k - 1];
    if (blocks[k - 1].heading) continue;  // a heading stays with what follows it
    const float worst = std::max(left, total - left);
    if (worst < best) best = worst, split = k;
  }

  // Each list keeps its own column (what went well on the left) when that fits the page, or
  // when even the most even split can't (a large UI scale: the page scrolls).
  std::size_t own = blocks.size();
  float own_left = 0.0f;
  for (std::size_t k = 1; k < blocks.size() && own == blocks.size(); ++k) {
    own_left += heights[k - 1];
    if (blocks[k].heading) own = k;
  }
  const float room = ImGui::GetContentRegionAvail().y;
  if (std::max(own_left, total - own_left) <= room || best > room) split = own;
  if (!ImGui::BeginTable("##moments", 2, ImGuiTableFlags_SizingStretchSame)) return;
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing.x, gap));
  ImGui::TableNextColumn();
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (i == split) ImGui::TableNextColumn();
    const Block& b = blocks[i];
    if (b.heading) {
      if (i > 0 && i != split) ImGui::Dummy(ImVec2(0, spacing.y));
      ImGui::TextColored(theme::heading_text(), "%s", b.heading);
      continue;
    }
    if (b.none) {
      ImGui::TextDisabled("%s", b.none);
      continue;
    }
    ImGui::PushID(b.moment);
    ImGui::Dummy(ImVec2(0, theme::px(4)));
    ImGui::TextWrapped("%s", moment_title(*b.moment).c_str());
    ImGui::Indent(indent);
    for (const auto& [colour, text] : moment_lines(*b.moment, view_.next_time_label)) {
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ImGui::TextWrapped("%s", text.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::Unindent(indent);
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
  ImGui::EndTable();
}

// What happened as the evening closed: how the totals moved after the HUD last showed them,
// and what took place as the time after began (meetings, answers).
void DebriefScene::evening_end() {
  if (in_room_ && (in_room_->first != view_.enjoyment || in_room_->second != view_.value)) {
    const int de = view_.enjoyment - in_room_->first, dv = view_.value - in_room_->second;
    auto signed_number = [](int v) { return (v > 0 ? "+" : "") + std::to_string(v); };
    ImGui::TextWrapped("Just before the end you had enjoyment %d and value %d. The evening's last moments added "
                       "enjoyment %s and value %s: they are listed below.",
                       in_room_->first, in_room_->second, signed_number(de).c_str(), signed_number(dv).c_str());
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  for (const auto& b : after_)
    if (b.kind != sim::BeatKind::PhaseOpened && b.kind != sim::BeatKind::PhaseText)
      ImGui::TextWrapped("%s", line_with_why(b, session_->campaign(), session_->run()).c_str());
  ImGui::PopStyleColor();
}

void DebriefScene::everything() {
  if (!ImGui::BeginTable("##everything", 2, ImGuiTableFlags_SizingStretchSame)) return;
  ImGui::TableNextColumn();
  const float half = ImGui::GetContentRegionAvail().x;
  ImGui::TextColored(theme::heading_text(), "The evening in short");
  if (view_.went_well.empty()) ImGui::TextDisabled("A quiet evening. That's a start.");
  for (const auto& w : view_.went_well) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", w.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "%s, try", view_.next_time_label.c_str());
  if (view_.to_try.empty()) ImGui::TextDisabled("Nothing missed that we noticed. Well done.");
  for (const auto& t : view_.to_try) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", t.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "Over the evening");
  if (view_.enjoyment_curve.size() >= 2) {
    // The numbers in words over each line (the shape alone would not say them).
    auto curve = [&](const char* label, const std::vector<float>& v) {
      const auto [low, high] = std::minmax_element(v.begin(), v.end());
      std::string said = "from " + std::to_string(std::lround(v.front())) + " to " + std::to_string(std::lround(v.back()));
      if (*high > std::max(v.front(), v.back())) said += ", highest " + std::to_string(std::lround(*high));
      if (*low < std::min(v.front(), v.back())) said += ", lowest " + std::to_string(std::lround(*low));
      ImGui::PlotLines(label, v.data(), static_cast<int>(v.size()), 0, said.c_str(), FLT_MAX, FLT_MAX,
                       ImVec2(half - theme::px(120), theme::px(70)));
    };
    curve("Enjoyment", view_.enjoyment_curve);
    curve("Value", view_.value_curve);
  } else {
    ImGui::TextDisabled("Too short an evening to draw.");
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "The ideas you practised");
  for (const auto& idea : view_.ideas) {
    ImGui::TextColored(idea.exercised ? theme::good_text() : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), "%s %s",
                       idea.exercised ? "[x]" : "[ ]", sim::idea_title(idea.idea));
    ImGui::Indent();
    ImGui::TextWrapped("%s", idea.evidence.c_str());
    ImGui::Unindent();
  }
  // Progress across attempts: what changed since the last time this player played it.
  const auto changes = app_.since_last_attempt(session_->campaign(), session_->run());
  if (!changes.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(theme::heading_text(), "Since your last attempt");
    for (const auto& line : changes) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", line.c_str());
    }
  }
  ImGui::TableNextColumn();
  ImGui::TextColored(theme::heading_text(), "What you found");
  if (view_.found.empty()) ImGui::TextDisabled("Nothing this time.");
  for (const auto& f : view_.found) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", f.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "The people");
  for (const auto& p : view_.people) {
    ImGui::Text("%s", p.name.c_str());
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);  // a long organisation wraps at the column's edge
    ImGui::TextDisabled("%s", p.organisation.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Indent();
    ImGui::Text("%s%s", rung_title(p.rung), p.spoke_this_event ? "" : "  (you didn't speak this time)");
    if (!p.how.empty()) ImGui::TextWrapped("%s", p.how.c_str());
    ImGui::Unindent();
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "Your choices, with the coach's notes");
  if (view_.choices.empty()) ImGui::TextDisabled("No conversations this time.");
  for (const auto& c : view_.choices) {
    ImGui::TextWrapped("%s, with %s: \"%s\"", c.clock.c_str(), c.person_name.c_str(), c.text.c_str());
    if (!c.coach.empty()) {
      ImGui::Indent();
      ImGui::TextColored(theme::coach_text(), "Coach:");
      ImGui::SameLine();
      ImGui::TextWrapped("%s", c.coach.c_str());
      ImGui::Unindent();
    }
  }
  if (!view_.asks.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(theme::heading_text(), "Your asks, and why they went as they did");
    ImGui::Checkbox("Show the details", &ask_details_);
    for (std::size_t i = 0; i < view_.asks.size(); ++i) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", view_.asks[i].c_str());
      if (ask_details_ && i < view_.ask_details.size()) {
        ImGui::Indent();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", view_.ask_details[i].c_str());
        ImGui::PopTextWrapPos();
        ImGui::Unindent();
      }
    }
  }
  ImGui::EndTable();
}

void DebriefScene::ui() {
  begin_page("##debrief", 1240, 24);
  if (pause_.open()) ImGui::BeginDisabled();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "Debrief: %s", view_.title.c_str());
  ImGui::PopFont();
  if (view_.weeks_before)
    ImGui::TextWrapped("In %s: enjoyment %s%d, value %s%d", view_.weeks_before_title.c_str(),
                       view_.weeks_enjoyment > 0 ? "+" : "", view_.weeks_enjoyment, view_.weeks_value > 0 ? "+" : "",
                       view_.weeks_value);
  ImGui::Text("This event: enjoyment %s%d, value %s%d   ·   Running total: enjoyment %d, value %d",
              view_.event_enjoyment > 0 ? "+" : "", view_.event_enjoyment, view_.event_value > 0 ? "+" : "",
              view_.event_value, view_.enjoyment, view_.value);
  if (!ending_.empty()) {
    // The last words of the evening, so a reply the player came for is never cut off unseen.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    for (const auto& line : ending_) ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
  }
  ImGui::Separator();

  // One body below the header: the moments that mattered, which fit the page at 1280×720, then
  // everything else under an expander (A opens and closes it from the keyboard).
  ImGui::BeginChild("##debrief-body", ImVec2(0, -footer_height()), false);
  layout_may_scroll();
  if (first_frame_) ImGui::SetScrollY(0.0f);
  const float body_height = ImGui::GetWindowHeight();
  moments();
  const float moments_bottom = ImGui::GetCursorPosY();
  ImGui::Spacing();
  evening_end();
  ImGui::SetNextItemOpen(show_all_, ImGuiCond_Always);
  show_all_ = ImGui::CollapsingHeader("Every choice with the coach's notes, the people and the ideas  (A)");
  if (show_all_ && !was_showing_all_) ImGui::SetScrollHereY(0.0f);  // just opened: bring it into view
  was_showing_all_ = show_all_;
  if (show_all_) everything();
  ImGui::EndChild();
  if (layout_log_ && !layout_logged_ && !first_frame_) {
    // For the GUI tests: whether the moments fit the body without scrolling, in pixels.
    std::fprintf(stderr, "debrief-layout: event %d, moments %d of %d px, %zu well, %zu better\n", view_.event_no,
                 static_cast<int>(moments_bottom), static_cast<int>(body_height), view_.moments_well.size(),
                 view_.moments_better.size());
    layout_logged_ = true;
  }
  const sim::Phase phase = sim::status_view(session_->campaign(), session_->run()).phase;
  const char* label = phase == sim::Phase::FollowUp ? "Continue to the weeks after  (Return)"
                      : phase == sim::Phase::Event  ? "On to the next event  (Return)"
                                                    : "Finish and return to the title  (Return)";
  const bool go = ImGui::Button(label, ImVec2(theme::px(420), 0));
  ImGui::SameLine();
  ImGui::TextDisabled("Esc: pause, save or quit");
  if (pause_.open()) ImGui::EndDisabled();
  ImGui::End();
  first_frame_ = false;
  pause_.ui(app_);
  if (go) go_on();
}

FollowUpScene::FollowUpScene(App& app, std::shared_ptr<GameSession> session, const std::vector<sim::Beat>& since)
    : app_(app), session_(std::move(session)) {
  for (const auto& b : since) messages_.push_back(line_with_why(b, session_->campaign(), session_->run()));
}

void FollowUpScene::draw(sf::RenderWindow& window, float) { backdrop(window); }

bool FollowUpScene::handle_event(const sf::Event& event) {
  if (pause_.handle_event(app_, event)) return true;
  if (event.type != sf::Event::KeyPressed) return false;
  // The keyboard's way to each follow-up and invitation: Up/Down to any of them and Return, or
  // the number on its button (kept while the screen is open). Return with nothing chosen goes on.
  const auto k = event.key.code;
  if (k == sf::Keyboard::Return || k == sf::Keyboard::Space) {
    const std::string chosen = list_.selected();
    if (chosen.empty()) {
      if (k == sf::Keyboard::Return) go_on();
    } else if (const auto it = keyed_.find(chosen); it != keyed_.end()) {
      send(it->second);
    }
    return true;
  }
  if (k == sf::Keyboard::Down || k == sf::Keyboard::S) {
    list_.move_down();
    return true;
  }
  if (k == sf::Keyboard::Up || k == sf::Keyboard::W) {
    list_.move_up();
    return true;
  }
  const int n = k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num9         ? k - sf::Keyboard::Num1 + 1
                : k >= sf::Keyboard::Numpad1 && k <= sf::Keyboard::Numpad9 ? k - sf::Keyboard::Numpad1 + 1
                                                                            : 0;
  if (n > 0) {
    if (const auto it = keyed_.find(list_.by_number(n)); it != keyed_.end()) send(it->second);
    return true;
  }
  return false;
}

void FollowUpScene::go_on() {
  const auto r = session_->send(sim::make_command(sim::Verb::Next));
  if (r.ok && !r.run_finished)
    app_.scenes().replace(std::make_unique<RoomScene>(app_, session_));
  else if (r.ok)
    app_.scenes().replace(std::make_unique<SeasonScene>(app_, session_));
  else
    refusal_ = cut_text(refusal_for(r));
}

void FollowUpScene::replay(const std::string& command) {
  sim::CommandResult unread;
  const auto cmd = sim::parse_command(command, unread);
  if (!cmd)
    refusal_ = cut_text(unread.reason);
  else if (cmd->verb == sim::Verb::Next)
    go_on();
  else
    send(*cmd);
}

void FollowUpScene::send(const sim::Command& command) {
  const auto r = session_->send(command);
  if (!r.ok) {
    refusal_ = cut_text(refusal_for(r));
    return;
  }
  refusal_.clear();
  for (const auto& b : r.beats) messages_.push_back(line_with_why(b, session_->campaign(), session_->run()));
}

void FollowUpScene::ui() {
  const sim::FollowUpPhaseView v = sim::follow_up_view(session_->campaign(), session_->run());
  begin_page("##followup");
  if (pause_.open()) ImGui::BeginDisabled();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "%s", v.title.c_str());
  ImGui::PopFont();
  // A fixed layout: the follow-ups and invitations scroll in the body, what each did appears
  // in a box of its own above the button, and the button stays at the bottom of the page.
  // The results box is as tall as its words (two lines at least, two fifths of the page at most),
  // so at a large UI scale the list above keeps the room to show its buttons whole.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float spacing = style.ItemSpacing.y;
  const float wrap_w = ImGui::GetContentRegionAvail().x - style.ScrollbarSize;
  float words_h = 0.0f;
  for (const auto& m : messages_) words_h += ImGui::CalcTextSize(m.c_str(), nullptr, false, wrap_w).y + spacing;
  if (!refusal_.empty()) words_h += ImGui::GetTextLineHeightWithSpacing();
  // Under the list: a separator (1 pixel), the results box, the button row; a spacing after each.
  const float page_h = ImGui::GetContentRegionAvail().y - (1.0f + ImGui::GetFrameHeight() + 3.0f * spacing) - 2.0f;
  const float results_h = std::clamp(words_h, 2.0f * ImGui::GetTextLineHeightWithSpacing(), page_h * 0.4f);
  ImGui::BeginChild("##followup-body", ImVec2(0, page_h - results_h), false);
  layout_may_scroll();
  if (first_frame_) ImGui::SetScrollY(0.0f);
  if (!v.text.empty()) ImGui::TextWrapped("%s", v.text.c_str());
  ImGui::Separator();
  // What can be acted on now, in the order shown: the list keeps each one's number.
  // Each is keyed by its command in the text language, which names it for the whole screen.
  std::vector<std::string> actionable;
  keyed_.clear();
  auto add = [&](const sim::Command& c) {
    actionable.push_back(sim::to_text(c));
    keyed_.emplace(actionable.back(), c);
  };
  for (const auto& f : v.follow_ups)
    if (!f.done && f.option.available) add(f.option.command);
  for (const auto& row : v.invites)
    for (std::size_t i = 0; i < row.invitations.size() && i < 4; ++i)
      if (row.invitations[i].available) add(row.invitations[i].command);
  list_.show(actionable);
  // A button's label with its number (a key for 1 to 9; past nine, the arrows reach it), drawn
  // as selected when the arrows chose it: a frame and a mark, unlike a hover's colour alone.
  auto keyed_label = [&](const std::string& label, const sim::Command& c) {
    const std::string command = sim::to_text(c);
    return (list_.is_selected(command) ? "> " : "") + std::to_string(list_.number(command)) + ". " + label;
  };
  auto keyed_button = [&](const std::string& label, const sim::Command& c, bool small) {
    const std::string command = sim::to_text(c);
    const bool selected = list_.is_selected(command);
    const std::string text = keyed_label(label, c);
    if (selected) {
      ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
      ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Text));
    }
    const bool pressed = small ? ImGui::SmallButton(text.c_str()) : ImGui::Button(text.c_str());
    if (selected) {
      ImGui::PopStyleColor();
      ImGui::PopStyleVar();
      if (list_scrolled_ != command) {
        ImGui::SetScrollHereY(0.5f);
        list_scrolled_ = command;
      }
    }
    return pressed;
  };
  ImGui::TextColored(theme::heading_text(), "Follow-ups you agreed");
  for (const auto& f : v.follow_ups) {
    ImGui::PushID(&f);
    if (f.done) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s: %s (done)", f.option.label.c_str(), f.topic.c_str());
    } else {
      if (f.option.available) {
        if (keyed_button("Follow up", f.option.command, false)) send(f.option.command);
      } else {
        ImGui::TextDisabled("(%s)", f.option.reason.c_str());
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s: %s", f.option.label.c_str(), f.topic.c_str());
    }
    ImGui::PopID();
  }
  if (v.follow_ups.empty())
    ImGui::TextDisabled("None this time. A follow-up agreed in the room is how a contact becomes useful.");
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "Invitations");
  ImGui::TextDisabled("Each step asks a little more of the other person, and of you.");
  for (const auto& row : v.invites) {
    ImGui::PushID(row.person->id.c_str());
    ImGui::Text("%s", row.person->name.c_str());
    static const char* kShort[] = {"Coffee", "Lunch", "Drinks", "Something personal"};
    for (std::size_t i = 0; i < row.invitations.size() && i < 4; ++i) {
      const sim::Option& o = row.invitations[i];
      // On the name's row while it fits, else on the next (at a large UI scale four "(not
      // now)" buttons are wider than the page).
      const std::string text = o.available ? keyed_label(kShort[i], o.command) : std::string(kShort[i]) + " (not now)";
      const float w = ImGui::CalcTextSize(text.c_str()).x + 2.0f * style.FramePadding.x;
      const float edge = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
      if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= edge) ImGui::SameLine();
      if (!o.available) ImGui::BeginDisabled();
      if (o.available ? keyed_button(kShort[i], o.command, true)
                      : ImGui::SmallButton((std::string(kShort[i]) + " (not now)").c_str()))
        send(o.command);
      if (!o.available) {
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", o.reason.c_str());
      }
    }
    // Why an invitation is not on offer, in words (not only a greyed button or a tooltip).
    ImGui::PushTextWrapPos(0.0f);
    for (std::size_t i = 0; i < row.invitations.size() && i < 4; ++i)
      if (!row.invitations[i].available && !row.invitations[i].reason.empty())
        ImGui::TextDisabled("   %s: %s", kShort[i], row.invitations[i].reason.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::Separator();
  ImGui::BeginChild("##followup-results", ImVec2(0, results_h), false);
  layout_may_scroll();
  if (messages_.empty() && refusal_.empty()) ImGui::TextDisabled("What your follow-ups and invitations bring shows here.");
  for (const auto& m : messages_) ImGui::TextWrapped("%s", m.c_str());
  if (!refusal_.empty()) ImGui::TextColored(theme::warning_text(), "%s", refusal_.c_str());
  if (messages_.size() != shown_messages_) {
    ImGui::SetScrollHereY(1.0f);  // the newest result in view
    shown_messages_ = messages_.size();
  }
  ImGui::EndChild();
  // The default: Return goes on while the arrows have chosen nothing else.
  const bool go_selected = list_.selected().empty();
  if (go_selected) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2.0f);
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::GetStyleColorVec4(ImGuiCol_Text));
  }
  const std::string go_label = std::string(go_selected ? "> " : "") +
                               (v.last_event ? "Finish  (Return)" : "Go on to the next event  (Return)");
  const bool go = ImGui::Button(go_label.c_str(), ImVec2(theme::px(400), 0));
  if (go_selected) {
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
  }
  ImGui::SameLine();
  // The keys in full where they fit beside the button, else in short (a large UI scale).
  const char* keys = "Up/Down: choose, Return: do it. Esc: pause, save or quit";
  if (ImGui::CalcTextSize(keys).x > ImGui::GetContentRegionAvail().x) keys = "Up/Down, Return. Esc: pause";
  ImGui::TextDisabled("%s", keys);
  if (pause_.open()) ImGui::EndDisabled();
  ImGui::End();
  first_frame_ = false;
  pause_.ui(app_);
  if (go) go_on();
}

}  // namespace mingle::app
