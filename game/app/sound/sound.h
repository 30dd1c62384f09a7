#pragma once
// The game's sound: a crowd murmur that follows how full the room is, UI clicks and a chime.
// Everything is synthesised at start-up (synth.h). On Linux SFML's audio (OpenAL) plays it; on
// Windows, which has no OpenAL in our build, our own mixer (mixer.h) plays through winmm
// (wave_out.h). With no audio device — test machines, many training-room laptops — it says so
// once and stays silent; SFML is then never asked to play, so it prints no OpenAL or ALSA errors.
#include <iosfwd>
#include <memory>

namespace mingle::app {

class SoundBoard {
 public:
  SoundBoard();
  ~SoundBoard();

  // Opens the default audio device; false (and silent from then on) if there is none.
  bool start();
  bool active() const { return active_; }

  void set_volume(int percent, bool muted);   // 0..100
  void set_crowd(float fullness);             // 0 empty .. 1 packed: the murmur's level
  void click();
  void chime();
  void update(float dt);                      // eases the murmur toward its target level

 private:
  // What each way of playing (SFML audio, winmm, none) does; the board's logic is shared.
  enum class Cue { Click, Chime };
  bool open_device();   // makes voices_, or says why not (once) and returns false
  void apply_levels();  // the voices' volumes from master_ and crowd_level_
  void play(Cue);

  bool active_ = false;
  float master_ = 0.8f;
  float crowd_target_ = 0.0f, crowd_level_ = 0.0f;
  // Created only once a device is known to exist: constructing any SFML audio object opens
  // the device, and with none SFML would complain on every call.
  struct Voices;
  std::unique_ptr<Voices> voices_;
};

// `mingle --sound-check`: plays the cues for three seconds through the default device and says
// so; 1 (after saying why) when there is no device or no sound in this build.
int sound_check(std::ostream& out);

}  // namespace mingle::app
