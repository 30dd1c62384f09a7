#include "app/sound/sound.h"

#include "app/sound/synth.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#if MINGLE_SOUND
#include <AL/alc.h>
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mingle::app {

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

SoundBoard::SoundBoard() = default;
SoundBoard::~SoundBoard() = default;

bool SoundBoard::start() {
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
  active_ = true;
  set_volume(80, false);
  return true;
}

void SoundBoard::set_volume(int percent, bool muted) {
  master_ = muted ? 0.0f : static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
  if (!active_) return;
  voices_->click.setVolume(60.0f * master_);
  voices_->chime.setVolume(70.0f * master_);
  voices_->murmur.setVolume(100.0f * master_ * crowd_level_);
}

void SoundBoard::click() {
  if (active_ && master_ > 0.0f) voices_->click.play();
}

void SoundBoard::chime() {
  if (active_ && master_ > 0.0f) voices_->chime.play();
}

void SoundBoard::update(float dt) {
  if (!active_) return;
  // Rise and fall over about two seconds: a room fills gradually.
  crowd_level_ += (crowd_target_ * 0.6f - crowd_level_) * std::min(1.0f, dt * 0.5f);
  voices_->murmur.setVolume(100.0f * master_ * crowd_level_);
}

#else  // a build without sound (MINGLE_SOUND=OFF: the Windows cross-build, for now)

struct SoundBoard::Voices {};

SoundBoard::SoundBoard() = default;
SoundBoard::~SoundBoard() = default;

bool SoundBoard::start() {
  std::cerr << "mingle: this build of the game has no sound, so it will be silent.\n";
  return false;
}

void SoundBoard::set_volume(int percent, bool muted) {
  master_ = muted ? 0.0f : static_cast<float>(std::clamp(percent, 0, 100)) / 100.0f;
}
void SoundBoard::click() {}
void SoundBoard::chime() {}
void SoundBoard::update(float) {}

#endif  // MINGLE_SOUND

void SoundBoard::set_crowd(float fullness) { crowd_target_ = std::clamp(fullness, 0.0f, 1.0f); }

}  // namespace mingle::app
