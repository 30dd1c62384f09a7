// mingle_icon DIR: writes the game's icon (app/icon.h, drawn by our code) as the PNGs a desktop
// menu looks for, DIR/<N>x<N>/apps/mingle.png for the usual sizes of the hicolor theme.
// scripts/build-deb.sh runs it; nothing it writes is committed.
#include "app/platform/icon.h"

#include <SFML/Graphics/Image.hpp>

#include <filesystem>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: mingle_icon DIR   (writes DIR/<N>x<N>/apps/mingle.png)\n";
    return 2;
  }
  for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
    const mingle::app::IconImage icon = mingle::app::draw_icon(size);
    const std::string name = std::to_string(size) + "x" + std::to_string(size);
    const std::filesystem::path dir = std::filesystem::path(argv[1]) / name / "apps";
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    sf::Image image;
    image.create(static_cast<unsigned>(size), static_cast<unsigned>(size), icon.rgba.data());
    if (ec || !image.saveToFile((dir / "mingle.png").string())) {
      std::cerr << "mingle_icon: could not write " << (dir / "mingle.png").string() << "\n";
      return 1;
    }
  }
  return 0;
}
