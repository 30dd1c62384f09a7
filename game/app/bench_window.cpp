// mingle_bench_window [FRAMES]: the floor under the game's window benchmarks, for
// docs/benchmarks.md. It opens a 1280x720 SFML window as the game does (through the same SFML,
// OpenGL driver and X server), plays a silent sound so the audio device is open, and draws one
// rectangle a frame, as fast as it can; it prints the same line as `mingle --bench-frames`.
// What it costs in memory and time is what any SFML program costs on that machine before it
// draws anything of its own: scripts/bench.sh runs it beside the game, so the game's own share
// can be read off. Measured, never asserted: the machines are noisy.
#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Clock.hpp>
#include <SFML/Window/Event.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
  const int frames = argc > 1 ? std::max(2, std::atoi(argv[1])) : 600;
  sf::Clock started;
  sf::RenderWindow window(sf::VideoMode(1280, 720), "Mingle bench");
  window.setVerticalSyncEnabled(false);
  std::vector<sf::Int16> silence(44100, 0);
  sf::SoundBuffer buffer;
  sf::Sound sound;
  if (buffer.loadFromSamples(silence.data(), silence.size(), 1, 44100)) {
    sound.setBuffer(buffer);
    sound.setLoop(true);
    sound.play();
  }
  const float startup_ms = started.getElapsedTime().asSeconds() * 1000.0f;
  sf::RectangleShape floor({1280.0f, 720.0f});
  floor.setFillColor(sf::Color(150, 110, 80));
  std::vector<float> ms;
  ms.reserve(static_cast<std::size_t>(frames));
  while (window.isOpen() && static_cast<int>(ms.size()) < frames) {
    sf::Clock frame;
    sf::Event event;
    while (window.pollEvent(event))
      if (event.type == sf::Event::Closed) window.close();
    window.clear();
    window.draw(floor);
    window.display();
    ms.push_back(frame.getElapsedTime().asSeconds() * 1000.0f);
  }
  if (ms.empty()) return 1;
  const float first = ms.front();
  std::sort(ms.begin(), ms.end());
  auto pct = [&](float q) { return ms[static_cast<std::size_t>(q * static_cast<float>(ms.size() - 1))]; };
  std::printf("frames %zu  start-up %g ms  first frame %g ms  p50 %g ms  p99 %g ms  max %g ms\n", ms.size(), startup_ms,
              first, pct(0.5f), pct(0.99f), ms.back());
  return 0;
}
