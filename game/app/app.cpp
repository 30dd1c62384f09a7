#include "app/app.h"

#include "app/platform/icon.h"
#include "app/platform/signals.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"
#include "app/scenes/debrief_scene.h"
#include "app/room/room_scene.h"
#include "app/scenes/title_scene.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"
#include "core/sim/save.h"
#include "core/util/paths.h"

#include <SFML/System/Clock.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/VideoMode.hpp>

#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <new>
#include <random>
#include <string>
#include <thread>

namespace mingle::app {

App::App(const GuiOptions& options) : options_(options) {
  if (!options.settings_file.empty()) {
    SettingsLoad loaded = load_settings(options.settings_file);
    for (const auto& note : loaded.notes) std::cerr << "mingle: settings: " << note << "\n";
    settings_ = loaded.settings;
  }
  create_window(settings_.fullscreen);

  const auto font_file = theme::ui_font_file();
  fonts_ = imgui_sfml::init(window_, font_file, 22.0f, 34.0f);
  text_log_open();
  if (!options_.layout_dump.empty()) {
    std::string error;
    if (!layout_dump_.open(options_.layout_dump, error)) std::cerr << "mingle: the layout dump: " << error << "\n";
  }
  theme::set_look(settings_.ui_scale, settings_.high_contrast, settings_.reduced_motion);
  theme::apply_imgui_style(settings_.ui_scale, settings_.high_contrast);
  ImGui::GetIO().FontGlobalScale = settings_.ui_scale * settings_.text_scale;
  has_title_font_ = !font_file.empty() && title_font_.loadFromFile(font_file.string());

  if (sound_.start()) sound_.set_volume(settings_.volume, settings_.muted);
  // A workshop's mode decides the coaching, for this session only (the settings file keeps the
  // player's own choice).
  if (options_.workshop) settings_.practice_mode = options_.workshop->mode == WorkshopMode::Practice;

  scenes_.push(std::make_unique<TitleScene>(*this));
  scenes_.apply_pending();
  if (!options_.replay.empty()) {
    // --replay: a run played back, with pause, step and speed.
    std::string error;
    if (!start_replay(error)) {
      std::cerr << "mingle: " << error << "\n";
      start_failed_ = true;
      request_quit();
    }
    scenes_.apply_pending();
  } else if (!options_.load.empty()) {
    // --load: straight into a saved game. Problems go to the terminal; the title stays up.
    std::string error;
    if (!continue_game(options_.load, error)) std::cerr << "mingle: " << error << "\n";
    scenes_.apply_pending();
  } else if (!options_.scenario.empty()) {
    // --scenario: straight into the room. Problems go to the terminal; the title stays up.
    for (const auto& problem : start_game(options_.scenario, ""))
      std::cerr << "mingle: " << problem << "\n";
    scenes_.apply_pending();
  }
}

std::vector<std::string> App::start_game(const std::filesystem::path& content, const std::string& player) {
  const LoadResult loaded = load_content(content);
  std::vector<std::string> problems;
  for (const auto& d : loaded.diagnostics)
    if (d.severity == Severity::Error && problems.size() < 8) problems.push_back(format_gcc(d));
  if (!loaded.ok() || !loaded.campaign || loaded.campaign->steps.empty()) {
    if (problems.empty()) problems.push_back(content.string() + " holds no event to play.");
    problems.insert(problems.begin(), "This content can't be played yet ('mingle check " + content.string() +
                                          "' lists every problem):");
    return problems;
  }
  std::uint64_t seed = options_.seed ? *options_.seed : std::random_device{}();
  if (options_.workshop && options_.workshop->seed) seed = *options_.workshop->seed;
  sim::RunState run = sim::start_run(*loaded.campaign, seed);
  SessionFiles files;
  files.save = options_.save_file;
  if (!options_.results_file.empty()) {
    files.results = options_.results_file;
  } else if (!options_.results_dir.empty()) {
    files.results = new_results_file(options_.results_dir, loaded.campaign->id, std::time(nullptr));
  }
  last_player_ = player;
  session_ = std::make_shared<GameSession>(*loaded.campaign, std::move(run),
                                           std::filesystem::absolute(content).string(), player, files);
  attach_workshop(content, false);
  scenes_.reset(std::make_unique<RoomScene>(*this, session_));
  return {};
}

bool App::has_saved_game() const {
  std::error_code ec;
  return !options_.save_file.empty() && std::filesystem::exists(options_.save_file, ec);
}

std::string App::saved_game_player() const {
  std::string text, error;
  if (!has_saved_game() || !sim::read_save_file(options_.save_file, text, error)) return {};
  const sim::SaveHeader header = sim::read_save_header(text);
  return header.ok ? header.info.player : std::string();
}

bool App::continue_game(std::string& error) {
  std::error_code ec;
  if (options_.save_file.empty() || !std::filesystem::exists(options_.save_file, ec)) {
    error = "there is no saved game at " + options_.save_file.string();
    return false;
  }
  return continue_game(options_.save_file, error);
}

bool App::continue_game(const std::filesystem::path& save_file, std::string& error) {
  // The one save format (core/sim/save.h): a save from the terminal resumes here too.
  auto fail = [&](std::string why) {
    while (!why.empty() && why.back() == '.') why.pop_back();
    error = std::move(why);
    return false;
  };
  std::string text;
  if (!sim::read_save_file(save_file, text, error)) return fail(error);
  const sim::SaveHeader header = sim::read_save_header(text);
  if (!header.ok) return fail(save_file.string() + ": " + header.error);
  if (header.info.content.empty())
    return fail(save_file.string() + " does not say which scenario it plays (a save from an early terminal "
                "version); load it with 'mingle play --text SCENARIO' and 'load FILE' instead");
  const LoadResult loaded = load_content(header.info.content);
  if (!loaded.ok() || !loaded.campaign || loaded.campaign->steps.empty())
    return fail("the saved game's scenario (" + header.info.content + ") no longer loads; 'mingle check' says why");
  sim::LoadedRun run = sim::load_run(*loaded.campaign, text);
  if (!run.state) return fail(run.error);
  for (const auto& note : run.notes) std::cerr << "mingle: " << note << "\n";
  if (sim::status_view(*loaded.campaign, *run.state).phase == sim::Phase::Finished) return fail("the saved game is already finished: start a new one");
  SessionFiles files;
  files.save = save_file;
  files.results = options_.results_file.empty() && !options_.results_dir.empty()
                      ? options_.results_dir / (loaded.campaign->id + "-continued.json")
                      : options_.results_file;
  last_player_ = header.info.player;
  session_ = std::make_shared<GameSession>(*loaded.campaign, std::move(*run.state), header.info.content,
                                           header.info.player, files);
  attach_workshop(header.info.content, true);
  if (sim::status_view(session_->campaign(), session_->run()).phase == sim::Phase::FollowUp)
    scenes_.reset(std::make_unique<FollowUpScene>(*this, session_));
  else
    scenes_.reset(std::make_unique<RoomScene>(*this, session_));
  return true;
}

void App::return_to_title() {
  suspend_workshop_run();
  session_.reset();  // already saved after its last command
  scenes_.reset(std::make_unique<TitleScene>(*this));
}

App::~App() { imgui_sfml::shutdown(); }

void App::create_window(bool fullscreen) {
  sf::ContextSettings context;
  context.antialiasingLevel = 0;  // multisampling costs a software renderer dearly; shapes are large and soft anyway
  const sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
  if (fullscreen) {
    window_.create(desktop, kWindowTitle, sf::Style::Fullscreen, context);
  } else {
    window_.create(sf::VideoMode(options_.width, options_.height), kWindowTitle, sf::Style::Default, context);
    // Centre on the desktop ourselves: without a window manager (a bare X server, Xvfb) SFML's
    // own placement can leave part of the window off the screen.
    window_.setPosition({std::max(0, static_cast<int>(desktop.width) - static_cast<int>(options_.width)) / 2,
                         std::max(0, static_cast<int>(desktop.height) - static_cast<int>(options_.height)) / 2});
  }
  // The same icon the desktop menu shows (app/icon.h), for the task bar and the window's title.
  static const IconImage icon = draw_icon(64);
  window_.setIcon(static_cast<unsigned>(icon.size), static_cast<unsigned>(icon.size), icon.rgba.data());
  window_.setVerticalSyncEnabled(true);
  window_.setKeyRepeatEnabled(true);
}

void App::change_settings(const Settings& settings, bool save) {
  if (settings.fullscreen != settings_.fullscreen) create_window(settings.fullscreen);
  theme::set_look(settings.ui_scale, settings.high_contrast, settings.reduced_motion);
  if (settings.ui_scale != settings_.ui_scale || settings.high_contrast != settings_.high_contrast)
    theme::apply_imgui_style(settings.ui_scale, settings.high_contrast);
  settings_ = settings;
  ImGui::GetIO().FontGlobalScale = settings_.ui_scale * settings_.text_scale;
  sound_.set_volume(settings_.volume, settings_.muted);
  if (!save || options_.settings_file.empty()) return;
  std::string error;
  if (!save_settings(options_.settings_file, settings_, error))
    std::cerr << "mingle: your settings apply now but could not be saved: " << error << "\n";
}

void App::handle_events() {
  sf::Event event;
  while (window_.pollEvent(event)) {
    imgui_sfml::process_event(event);
    if (event.type == sf::Event::Closed) {
      request_quit();
      continue;
    }
    if (event.type == sf::Event::Resized) {
      // One pixel stays one pixel: the view grows with the window (nothing is stretched) and
      // every panel re-anchors to the new size on the next frame.
      window_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                             static_cast<float>(event.size.height))));
    }
    if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::F11) {
      // F11 toggles fullscreen anywhere, and the choice is kept like the Settings box.
      Settings s = settings_;
      s.fullscreen = !s.fullscreen;
      change_settings(s, /*save=*/true);
      continue;
    }
    const bool keyboard = event.type == sf::Event::KeyPressed ||
                          event.type == sf::Event::KeyReleased ||
                          event.type == sf::Event::TextEntered;
    const bool mouse = event.type == sf::Event::MouseButtonPressed ||
                       event.type == sf::Event::MouseButtonReleased ||
                       event.type == sf::Event::MouseWheelScrolled;
    if (replay_ && replay_event(event)) continue;  // a replay is watched, not played
    if (!gate_.pass(event)) continue;  // a screen's first moment, or a spent key
    if (mouse) {
      pending_mouse_.push_back(event);  // see deliver_mouse()
      continue;
    }
    if (keyboard && imgui_sfml::wants_keyboard()) continue;  // the UI has it (a text field)
    if (Scene* top = scenes_.top()) top->handle_event(event);
  }
}

void App::deliver_mouse() {
  // Called after the UI's new frame: WantCaptureMouse now knows the pointer's latest place.
  std::vector<sf::Event> events;
  events.swap(pending_mouse_);
  for (const auto& event : events) {
    if (imgui_sfml::wants_mouse()) continue;  // a panel under the pointer has it
    if (Scene* top = scenes_.top()) top->handle_event(event);
  }
}

int App::run() {
  sf::Clock clock;
  float accumulator = 0.0f;
  // --bench-frames: how long each frame's work takes (events, updates, UI, drawing, display),
  // for docs/benchmarks.md. Measured, never asserted: the machines are noisy.
  std::vector<float> frame_ms;
  if (options_.bench_frames > 0) {
    window_.setVerticalSyncEnabled(false);
    frame_ms.reserve(static_cast<std::size_t>(options_.bench_frames));
  }
  const float startup_ms = started_.getElapsedTime().asSeconds() * 1000.0f;
  // Whatever goes wrong inside a frame (even running out of memory) ends the game like
  // closing it: the run is saved and its results written, with a sentence on the terminal.
  std::string failure;
  try {
    while (window_.isOpen() && !quit_requested_) {
      sf::Clock frame_clock;
      if (quit_signal_received()) request_quit();
      handle_events();

      const float frame = clock.restart().asSeconds();
      accumulator += std::min(frame, 0.25f);  // after a stall, catch up at most a quarter second
      while (accumulator >= kStep) {
        sound_.set_crowd(0.0f);  // the room and the title raise the murmur in their update;
                                 // any other screen (a debrief, the season) lets it fade out
        if (Scene* top = scenes_.top()) top->update(kStep);
        sound_.update(kStep);
        accumulator -= kStep;
      }
      const float alpha = accumulator / kStep;

      imgui_sfml::new_frame(window_, frame);
      deliver_mouse();
      if (replay_) {
        // Before the screen's own panels, so the room frames people clear of it. Its words (the
        // commands, with their ids) are not the player's text: it is not in MINGLE_TEXT_LOG.
        update_replay(frame);
        draw_replay_panel();
      }
      if (Scene* top = scenes_.top()) top->ui();
      draw_workshop_status(frame);
      if (replay_) draw_replay_end();  // how a replayed run ended: shown as the game's own text
      text_log_frame_end();
      window_.clear(theme::kWall);
      scenes_.draw(window_, alpha);
      imgui_sfml::render(window_);
      layout_dump_.end_frame(settings_.ui_scale * settings_.text_scale);
      window_.display();

      scenes_.apply_pending();
      if (scenes_.empty()) request_quit();
      gate_.tick(frame);  // real time: a slow frame does not stretch a screen's first moment
      if (scenes_.top() != gated_top_) {
        gated_top_ = scenes_.top();
        gate_.opened();
      }
      if (options_.bench_frames > 0) {
        frame_ms.push_back(frame_clock.getElapsedTime().asSeconds() * 1000.0f);
        if (static_cast<int>(frame_ms.size()) >= options_.bench_frames) request_quit();
      } else {
        // No faster than a 60 Hz display: where vertical sync is not available (a virtual
        // display, some drivers) a quick frame waits out the rest of its sixtieth of a second
        // instead of drawing again at once, so a game left open does not keep a core busy.
        // With vertical sync, display() has already waited and this waits for nothing.
        const sf::Time spent = frame_clock.getElapsedTime();
        if (spent < kFrameTime) sf::sleep(kFrameTime - spent);
      }
    }
  } catch (const std::bad_alloc&) {
    failure = "the game ran out of memory";
  } catch (const std::exception& e) {
    failure = std::string("something went wrong inside the game: ") + e.what();
  }
  if (!failure.empty()) std::cerr << "mingle: " << failure << ". Your game is saved as it stood.\n";
  if (!frame_ms.empty()) {
    const float first = frame_ms.front();
    std::sort(frame_ms.begin(), frame_ms.end());
    auto pct = [&](float q) { return frame_ms[static_cast<std::size_t>(q * static_cast<float>(frame_ms.size() - 1))]; };
    std::cout << "frames " << frame_ms.size() << "  start-up " << startup_ms << " ms  first frame " << first
              << " ms  p50 " << pct(0.5f) << " ms  p99 " << pct(0.99f) << " ms  max " << frame_ms.back() << " ms\n";
  }
  layout_dump_.close();
  // Every way out comes through here: the window's close button, Quit, SIGTERM, SIGINT. The
  // run is saved as it stands (Continue resumes it) and the results are written.
  if (session_) {
    prepare_to_close();
    session_->close(!failure.empty()           ? failure
                    : replay_                  ? replay_stop_reason()
                    : quit_signal_received() ? "the game was asked to stop"
                                             : "the player closed the game");
    // A save or results file that could not be written on the way out: said, and exit 1.
    for (const auto& problem : session_->take_problems()) {
      std::cerr << "mingle: " << problem << "\n";
      if (failure.empty()) failure = problem;
    }
  }
  finish_workshop();
  window_.close();
  return failure.empty() && !start_failed_ ? 0 : 1;
}

namespace {
// On a machine without a GPU, Mesa's software renderer (llvmpipe) draws each frame with as many
// threads as there are cores, each taking the next band of the screen. One more thread than
// cores keeps the bands small enough that when the system pauses one thread (the X server
// needs a core too), the others take its share instead of the frame waiting for it: on 2 cores
// it takes 2-3 ms off the slowest frames of a packed room (docs/benchmarks.md). A GPU's driver
// never reads it, and a value already set is kept.
void tune_software_renderer() {
#ifndef _WIN32  // Windows' OpenGL drivers are the vendor's, never llvmpipe
  const unsigned cores = std::thread::hardware_concurrency();
  if (cores == 0) return;
  const std::string threads = std::to_string(std::min(cores + 1, 16u));
  setenv("LP_NUM_THREADS", threads.c_str(), 0);
#endif
}
}  // namespace

int run_gui(const GuiOptions& options) {
  install_quit_signal_handlers();
  tune_software_renderer();
  App app(options);
  return app.run();
}

}  // namespace mingle::app
