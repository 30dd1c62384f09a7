#include "app/debrief_scene.h"

#include "app/app.h"
#include "app/room_scene.h"
#include "app/theme.h"
#include "core/sim/views.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <imgui.h>

#include <algorithm>

namespace mingle::app {
namespace {

const ImVec4 kHeading(1.0f, 0.77f, 0.47f, 1.0f);

void backdrop(sf::RenderWindow& window) {
  sf::RectangleShape bg(sf::Vector2f(window.getSize()));
  bg.setFillColor(theme::kWall);
  window.draw(bg);
}

void begin_page(const char* id) {
  const ImGuiIO& io = ImGui::GetIO();
  theme::next_window_centred(std::min(1100.0f, io.DisplaySize.x - 40), io.DisplaySize.y - 40);
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
}

}  // namespace

DebriefScene::DebriefScene(App& app, std::shared_ptr<GameSession> session, int event_no)
    : app_(app),
      session_(std::move(session)),
      view_(sim::debrief_view(session_->campaign(), session_->run(), event_no)) {}

bool DebriefScene::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Return) {
    go_on();
    return true;
  }
  return false;
}

void DebriefScene::go_on() {
  const sim::RunState& run = session_->run();
  if (run.phase == sim::Phase::FollowUp)
    app_.scenes().replace(std::make_unique<FollowUpScene>(app_, session_));
  else if (run.phase == sim::Phase::Event)
    app_.scenes().replace(std::make_unique<RoomScene>(app_, session_));
  else
    app_.return_to_title();
}

void DebriefScene::draw(sf::RenderWindow& window, float) { backdrop(window); }

void DebriefScene::ui() {
  begin_page("##debrief");
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(kHeading, "Debrief: %s", view_.title.c_str());
  ImGui::PopFont();
  ImGui::Text("Enjoyment %d   ·   Value %d", view_.enjoyment, view_.value);
  ImGui::Separator();

  const float half = ImGui::GetContentRegionAvail().x * 0.5f - 8.0f;
  ImGui::BeginChild("##left", ImVec2(half, -50), false);
  ImGui::TextColored(kHeading, "What went well");
  if (view_.went_well.empty()) ImGui::TextDisabled("A quiet evening. That's a start.");
  for (const auto& w : view_.went_well) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", w.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(kHeading, "Next time, try");
  if (view_.to_try.empty()) ImGui::TextDisabled("Nothing missed that we noticed. Well done.");
  for (const auto& t : view_.to_try) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", t.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(kHeading, "Over the evening");
  if (view_.enjoyment_curve.size() >= 2) {
    ImGui::PlotLines("Enjoyment", view_.enjoyment_curve.data(), static_cast<int>(view_.enjoyment_curve.size()),
                     0, nullptr, FLT_MAX, FLT_MAX, ImVec2(half - 120, 70));
    ImGui::PlotLines("Value", view_.value_curve.data(), static_cast<int>(view_.value_curve.size()), 0, nullptr,
                     FLT_MAX, FLT_MAX, ImVec2(half - 120, 70));
  } else {
    ImGui::TextDisabled("Too short an evening to draw.");
  }
  ImGui::Spacing();
  ImGui::TextColored(kHeading, "The ideas you practised");
  for (const auto& idea : view_.ideas) {
    ImGui::TextColored(idea.exercised ? ImVec4(0.55f, 0.85f, 0.55f, 1) : ImVec4(0.7f, 0.66f, 0.62f, 1), "%s %s",
                       idea.exercised ? "[x]" : "[ ]", sim::idea_title(idea.idea));
    ImGui::Indent();
    ImGui::TextWrapped("%s", idea.evidence.c_str());
    ImGui::Unindent();
  }
  // Progress across attempts: what changed since the last time this player played it.
  const auto changes = app_.since_last_attempt(session_->campaign(), session_->run());
  if (!changes.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "Since your last attempt");
    for (const auto& line : changes) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", line.c_str());
    }
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##right", ImVec2(0, -50), false);
  ImGui::TextColored(kHeading, "What you found");
  if (view_.found.empty()) ImGui::TextDisabled("Nothing this time.");
  for (const auto& f : view_.found) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", f.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(kHeading, "The people");
  for (const auto& p : view_.people) {
    ImGui::Text("%s", p.name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", p.organisation.c_str());
    ImGui::Indent();
    ImGui::Text("%s%s", rung_title(p.rung), p.spoke_this_event ? "" : "  (you didn't speak this time)");
    if (!p.how.empty()) ImGui::TextWrapped("%s", p.how.c_str());
    ImGui::Unindent();
  }
  ImGui::Spacing();
  ImGui::TextColored(kHeading, "Your choices, with the coach's notes");
  if (view_.choices.empty()) ImGui::TextDisabled("No conversations this time.");
  for (const auto& c : view_.choices) {
    ImGui::TextWrapped("%s, with %s: \"%s\"", c.clock.c_str(), c.person_name.c_str(), c.text.c_str());
    if (!c.coach.empty()) {
      ImGui::Indent();
      ImGui::TextColored(ImVec4(0.8f, 0.9f, 0.7f, 1.0f), "Coach:");
      ImGui::SameLine();
      ImGui::TextWrapped("%s", c.coach.c_str());
      ImGui::Unindent();
    }
  }
  if (!view_.asks.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(kHeading, "Your asks, and what counted");
    for (const auto& a : view_.asks) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", a.c_str());
    }
  }
  ImGui::EndChild();
  const sim::Phase phase = session_->run().phase;
  const char* label = phase == sim::Phase::FollowUp ? "Continue to the weeks after  (Return)"
                      : phase == sim::Phase::Event  ? "On to the next event  (Return)"
                                                    : "Finish and return to the title  (Return)";
  if (ImGui::Button(label, ImVec2(420, 0))) go_on();
  ImGui::End();
}

FollowUpScene::FollowUpScene(App& app, std::shared_ptr<GameSession> session)
    : app_(app), session_(std::move(session)) {}

void FollowUpScene::draw(sf::RenderWindow& window, float) { backdrop(window); }

bool FollowUpScene::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Return) {
    go_on();
    return true;
  }
  return false;
}

void FollowUpScene::go_on() {
  const auto r = session_->send("next");
  if (r.ok && session_->run().phase == sim::Phase::Event)
    app_.scenes().replace(std::make_unique<RoomScene>(app_, session_));
  else if (r.ok)
    app_.return_to_title();
  else
    refusal_ = r.reason;
}

void FollowUpScene::ui() {
  const Campaign& c = session_->campaign();
  const sim::RunState& run = session_->run();
  begin_page("##followup");
  const auto& step = c.steps[std::min(run.step, c.steps.size() - 1)];
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(kHeading, "%s", step.after ? step.after->title.c_str() : "After the event");
  ImGui::PopFont();
  if (step.after && !step.after->text.empty()) ImGui::TextWrapped("%s", step.after->text.c_str());
  ImGui::Separator();
  ImGui::TextColored(kHeading, "Follow-ups you agreed");
  bool any = false;
  for (const auto& f : run.follow_ups) {
    if (f.event_no != run.event_no()) continue;
    any = true;
    const Person* p = sim::find_person(c, run, f.person);
    const std::string who = p ? p->name : f.person;
    ImGui::PushID(f.person.c_str());
    if (f.done) {
      ImGui::BulletText("%s: %s (done)", who.c_str(), f.topic.c_str());
    } else {
      ImGui::BulletText("%s: %s", who.c_str(), f.topic.c_str());
      ImGui::SameLine();
      if (ImGui::Button("Follow up")) {
        const auto r = session_->send("follow-up " + f.person);
        if (r.ok) messages_.insert(messages_.end(), r.messages.begin(), r.messages.end());
        else refusal_ = r.reason;
      }
    }
    ImGui::PopID();
  }
  if (!any) ImGui::TextDisabled("None this time. A follow-up agreed in the room is how a contact becomes useful.");
  ImGui::Spacing();
  ImGui::TextColored(kHeading, "Invitations");
  ImGui::TextDisabled("Each step asks a little more of the other person, and of you.");
  for (const auto& [id, rel] : run.people) {
    if (!rel.met()) continue;
    const Person* p = sim::find_person(c, run, id);
    if (!p) continue;
    ImGui::PushID(id.c_str());
    ImGui::Text("%s", p->name.c_str());
    static const std::pair<const char*, const char*> kAsks[] = {
        {"coffee", "Coffee"}, {"lunch", "Lunch"}, {"drinks", "Drinks"}, {"personal", "Something personal"}};
    for (const auto& [kind, label] : kAsks) {
      ImGui::SameLine();
      if (ImGui::SmallButton(label)) {
        const auto r = session_->send(std::string("invite ") + id + " " + kind);
        if (r.ok) messages_.insert(messages_.end(), r.messages.begin(), r.messages.end());
        else refusal_ = r.reason;
      }
    }
    ImGui::PopID();
  }
  ImGui::Spacing();
  for (const auto& m : messages_) ImGui::TextWrapped("%s", m.c_str());
  if (!refusal_.empty()) ImGui::TextColored(ImVec4(1, 0.7f, 0.5f, 1), "%s", refusal_.c_str());
  ImGui::Spacing();
  const bool last = run.step + 1 >= c.steps.size();
  if (ImGui::Button(last ? "Finish  (Return)" : "Go on to the next event  (Return)", ImVec2(400, 0))) go_on();
  ImGui::End();
}

}  // namespace mingle::app
