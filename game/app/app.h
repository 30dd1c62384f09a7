#pragma once
// The windowed front-end: owns the SFML window, the fixed-timestep loop and the scene stack.
//
// The loop simulates in fixed steps of kStep seconds (accumulating real time, capped so a
// stall cannot spiral) and renders once per frame with the leftover fraction as alpha, so
// game time never depends on the frame rate.
#include "app/game_session.h"
#include "app/layout_dump_file.h"
#include "app/platform/imgui_sfml.h"
#include "app/scenes/input_gate.h"
#include "app/scenes/scene.h"
#include "app/sound/sound.h"
#include "core/settings/settings.h"
#include "core/workshop/workshop.h"
#include "net/workshop_session.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mingle::app {

struct GuiOptions {
  std::filesystem::path data_dir;       // holds assets/ and dialogues/
  std::filesystem::path settings_file;  // where the player's settings are kept
  std::filesystem::path save_file;      // the run in progress, for Continue
  std::filesystem::path results_dir;    // where results files go when none is named
  std::filesystem::path results_file;   // --results: this file instead
  std::filesystem::path scenario;       // --scenario: straight into this content's room
  std::filesystem::path load;           // --load: straight into this save (kept saved there)
  std::optional<std::uint64_t> seed;    // --seed: this seed instead of a fresh one
  int bench_frames = 0;                 // --bench-frames: draw this many frames, print timings, leave
  std::optional<Workshop> workshop;     // --workshop: its scenario, mode and seed; runs go to its LRS
  std::filesystem::path replay;         // --replay: play this results file back
  float replay_speed = 1.0f;            // --replay-speed: commands per 1.5 s
  std::filesystem::path layout_dump;    // --layout-dump: each frame's layout, for the GUI tests
  unsigned width = 1280;
  unsigned height = 720;
};

// Why no window can open here, as a sentence; empty when an X display answers. The display is
// opened (and closed again) with Xlib first, so that an unreachable one is reported instead of
// aborting inside SFML. SFML 2.5 draws through X11 only: under Wayland it needs XWayland.
std::string display_problem();

// Opens the window and runs until the player quits, the window closes or a quit signal
// arrives. Returns the process exit code (0 on every orderly exit).
int run_gui(const GuiOptions& options);

class App {
 public:
  static constexpr float kStep = 1.0f / 60.0f;
  static inline const sf::Time kFrameTime = sf::microseconds(16667);  // the longest a frame waits
  static constexpr const char* kWindowTitle = "Mingle";

  explicit App(const GuiOptions& options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  int run();
  void request_quit() { quit_requested_ = true; }

  SceneStack& scenes() { return scenes_; }
  sf::RenderWindow& window() { return window_; }
  const imgui_sfml::Fonts& fonts() const { return fonts_; }
  const sf::Font& title_font() const { return title_font_; }
  bool has_title_font() const { return has_title_font_; }
  bool replaying() const { return replay_ != nullptr; }  // --replay: the screens show a run played back
  const GuiOptions& options() const { return options_; }

  // Loads content and walks into its first room. Returns the problems (diagnostics in
  // file:line:col form) when the content cannot be played; empty on success.
  std::vector<std::string> start_game(const std::filesystem::path& content, const std::string& player);
  // Resumes the saved run; false with a sentence in error when there is none or it won't load.
  bool continue_game(std::string& error);
  // Resumes the run saved in this file (by the window or the terminal), and keeps saving it there.
  bool continue_game(const std::filesystem::path& save_file, std::string& error);
  bool has_saved_game() const;
  // Whose the saved game is (the name it was started under); empty when none or unreadable.
  std::string saved_game_player() const;
  // Leaves the game in progress (it stays saved) and shows the title screen.
  void return_to_title();
  const std::string& last_player_name() const { return last_player_; }

  // Workshops and progress (app/app_workshop.cpp).
  const Workshop* workshop() const { return options_.workshop ? &*options_.workshop : nullptr; }
  // The past runs in the results folder that whoever sits here may see, newest last: in a
  // workshop only `player`'s own (none until a name is typed); outside one, the runs played
  // outside any workshop (core/workshop/trainee_runs.h).
  std::vector<net::PastRun> past_runs(const std::string& player) const;
  // For the briefing, in a workshop: which try this is and whether it counts; empty otherwise.
  std::string attempt_words() const;
  // For the debrief: what changed since the player's last attempt at this scenario.
  std::vector<std::string> since_last_attempt(const Campaign&, const sim::RunState&) const;

  SoundBoard& sound() { return sound_; }
  const Settings& settings() const { return settings_; }
  // Applies new settings at once and, if asked, saves them; a failed save is reported on
  // stderr and never stops the game.
  void change_settings(const Settings& settings, bool save);

 private:
  void handle_events();
  // Clicks and wheel turns wait for the frame's UI to learn where the pointer now is, so a
  // click on a panel the pointer has only just reached never reaches the room below too.
  void deliver_mouse();
  std::vector<sf::Event> pending_mouse_;
  void create_window(bool fullscreen);
  // Workshops: attach the workshop (statements, the results file's workshop part) to a new or
  // continued game; `continued` for a run resumed from a save.
  void attach_workshop(const std::filesystem::path& content, bool continued);
  void draw_workshop_status(float dt);
  std::filesystem::path workshop_note() const;
  void prepare_to_close();  // a workshop run closed mid-way is suspended, for Continue
  void suspend_workshop_run();  // back to the title mid-run: the same, without closing the game
  void finish_workshop();
  // Replays (app/app_replay.cpp).
  struct Replay;
  bool start_replay(std::string& error);
  void update_replay(float dt);
  bool replay_event(const sf::Event& event);  // true: the replay's controls took it
  void replay_step();
  void draw_replay_panel();
  void draw_replay_end();  // how the run ended, once every command is played (in the text log)
  std::string replay_stop_reason() const;  // why the replayed run stopped, as the file says

  GuiOptions options_;
  sf::Clock started_;  // from the window's creation, for --bench-frames' start-up time
  sf::RenderWindow window_;
  imgui_sfml::Fonts fonts_;
  sf::Font title_font_;
  bool has_title_font_ = false;
  SceneStack scenes_;
  InputGate gate_;           // a new screen's first moment, and the key that opened it (issue 22)
  Scene* gated_top_ = nullptr;  // the screen the gate last saw on top
  bool quit_requested_ = false;
  bool start_failed_ = false;  // what the command line asked for could not start (exit 1)
  Settings settings_;
  SoundBoard sound_;
  std::shared_ptr<GameSession> session_;
  std::string last_player_;
  std::shared_ptr<net::WorkshopSession> workshop_session_;
  std::optional<net::PastRun> last_attempt_;
  std::shared_ptr<Replay> replay_;
  LayoutDumpFile layout_dump_;  // --layout-dump
  std::string status_problem_;
  float status_problem_left_ = 0.0f;
};

}  // namespace mingle::app
