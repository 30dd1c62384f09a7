#include "app/sound/sound.h"

#include "app/sound/synth.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include <chrono>
#include <ostream>
#include <thread>

#if MINGLE_SOUND
#include <AL/alc.h>
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <fcntl.h>
#include <unistd.h>
#elif defined(_WIN32)
#include "app/sound/mixer.h"
#include "app/sound/wave_out.h"

#include <mutex>
#endif

namespace mingle::app {

// How loud each cue is against the master volume (the murmur follows the crowd instead).
[[maybe_unused]] constexpr float kClickGain = 0.6f, kChimeGain = 0.7f;

#if MINGLE_SOUND
namespace {

// Asks OpenAL (which SFML plays through) for the default device before SFML does: SFML 2.5
// does not report a missing device, it prints errors on every call instead.
// ALSA and OpenAL Soft print several lines of errors while failing to find a sound card; the
// player gets our one sentence instead, so their output is set aside during the probe.
bool audio_device_available() {
  std::fflush(stderr);
  const int saved = ::dup(2);
  const int null = ::open("/dev/null", O_WRONLY);
  if (saved >= 0 && null >= 0) ::dup2(null, 2);
  ALCdevice* device = alcOpenDevice(nullptr);
  if (device) alcCloseDevice(device);
  if (saved >= 0) {
    ::dup2(saved, 2);
    ::close(saved);
  }
  if (null >= 0) ::close(null);
  return device != nullptr;
}

bool load(sf::SoundBuffer& buffer, const std::vector<std::int16_t>& samples) {
  return buffer.loadFromSamples(samples.data(), samples.size(), 1, synth::kSampleRate);
}

}  // namespace

struct SoundBoard::Voices {
  sf::SoundBuffer murmur_buffer, click_buffer, chime_buffer;
  sf::Sound murmur, click, chime;
};

bool SoundBoard::open_device() {
  if (!audio_device_available()) {
    std::cerr << "mingle: no audio device was found, so the game will be silent.\n";
    return false;
  }
  auto v = std::make_unique<Voices>();
  if (!load(v->murmur_buffer, synth::murmur(4.0f, 2024)) || !load(v->click_buffer, synth::click()) ||
      !load(v->chime_buffer, synth::chime())) {
    std::cerr << "mingle: the game's sounds could not be prepared, so it will be silent.\n";
    return false;
  }
  v->murmur.setBuffer(v->murmur_buffer);
  v->murmur.setLoop(true);
  v->murmur.setVolume(0.0f);
  v->murmur.play();
  v->click.setBuffer(v->click_buffer);
  v->chime.setBuffer(v->chime_buffer);
  voices_ = std::move(v);
  return true;
}

void SoundBoard::apply_levels() {
  voices_->click.setVolume(100.0f * kClickGain * master_);
  voices_->chime.setVolume(100.0f * kChimeGain * master_);
  voices_->murmur.setVolume(100.0f * master_ * crowd_level_);
}

void SoundBoard::play(Cue cue) { (cue == Cue::Click ? voices_->click : voices_->chime).play(); }

#elif defined(_WIN32)  // the Windows build: no OpenAL, so our own mixer plays through winmm

struct SoundBoard::Voices {
  std::mutex lock;  // the device's thread mixes while the game changes levels and plays cues
  Mixer mixer;
  int murmur = -1, click = -1, chime = -1;
  WaveOut out;  // declared last, so it stops before the mixer it reads goes away
};

bool SoundBoard::open_device() {
  auto v = std::make_unique<Voices>();
  v->murmur = v->mixer.add(synth::murmur(4.0f, 2024), true);
  v->click = v->mixer.add(synth::click(), false);
  v->chime = v->mixer.add(synth::chime(), false);
  v->mixer.set_gain(v->murmur, 0.0f);
  v->mixer.play(v->murmur);
  Voices* raw = v.get();
  if (!v->out.open(synth::kSampleRate, [raw](std::int16_t* out, std::size_t n) {
        std::lock_guard<std::mutex> hold(raw->lock);
        raw->mixer.fill(out, n);
      })) {
    std::cerr << "mingle: no audio device was found, so the game will be silent.\n";
    return false;
  }
  voices_ = std::move(v);
  return true;
}

void SoundBoard::apply_levels() {
  std::lock_guard<std::mutex> hold(voices_->lock);
  voices_->mixer.set_gain(voices_->click, kClickGain * master_);
  voices_->mixer.set_gain(voices_->chime, kChimeGain * master_);
  voices_->mixer.set_gain(voices_->murmur, master_ * crowd_level_);
}

void SoundBoard::play(Cue cue) {
  std::lock_guard<std::mutex> hold(voices_->lock);
  voices_->mixer.play(cue == Cue::Click ? voices_->click : voices_->chime);
}

#else  // a build without sound (MINGLE_SOUND=OFF on a system with no sound code of ours)

struct SoundBoard::Voices {};

bool SoundBoard::open_device() {
  std::cerr << "mingle: this build of the game has no sound, so it will be silent.\n";
  return false;
}
void SoundBoard::apply_levels() {}
void SoundBoard::play(Cue) {}

#endif  // MINGLE_SOUND

SoundBoard::SoundBoard() = default;
SoundBoard::~SoundBoard() = default;

bool SoundBoard::start() {
  if (!open_device()) return false;
  active_ = true;
  set_volume(80, false);
  return true;
}

void SoundBoard::set_volume(int percent, bool muted) {
  master_ = muted ? 0.0f : static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
  if (active_) apply_levels();
}

void SoundBoard::click() {
  if (active_ && master_ > 0.0f) play(Cue::Click);
}

void SoundBoard::chime() {
  if (active_ && master_ > 0.0f) play(Cue::Chime);
}

void SoundBoard::update(float dt) {
  if (!active_) return;
  // Rise and fall over about two seconds: a room fills gradually.
  crowd_level_ += (crowd_target_ * 0.6f - crowd_level_) * std::min(1.0f, dt * 0.5f);
  apply_levels();
}

void SoundBoard::set_crowd(float fullness) { crowd_target_ = std::clamp(fullness, 0.0f, 1.0f); }

int sound_check(std::ostream& out) {
  SoundBoard board;
  if (!board.start()) return 1;  // start() has said why
  board.set_crowd(1.0f);
  board.chime();
  const auto step = std::chrono::milliseconds(20);
  for (int i = 0; i < 150; ++i) {  // three seconds: the chime, the murmur rising, the chime again
    if (i == 100) board.chime();
    board.update(0.02f);
    std::this_thread::sleep_for(step);
  }
  out << "Played a chime, the murmur of a full room and the chime again, through the default sound "
         "device. If you heard nothing, check the computer's volume; in the game, Settings has the "
         "game's own.\n";
  return 0;
}

}  // namespace mingle::app
