#pragma once
// Sounds made by our own code: 16-bit mono samples computed from a seed, so the game ships no
// audio files and every run sounds the same. No SFML here, so tests can inspect the samples.
#include <cstdint>
#include <vector>

namespace mingle::app::synth {

constexpr unsigned kSampleRate = 22050;

// A loopable crowd murmur of `seconds` length: several voices, each a train of syllables
// (noise shaped by a vowel-like resonance and a soft envelope), summed and faded at the seam
// so the loop does not click.
std::vector<std::int16_t> murmur(float seconds, std::uint32_t seed);

// A short, soft UI click (a decaying two-tone blip).
std::vector<std::int16_t> click();

// A gentle two-note chime for "something good happened" (a value found, an ask accepted).
std::vector<std::int16_t> chime();

}  // namespace mingle::app::synth
