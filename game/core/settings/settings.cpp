#include "core/settings/settings.h"

#include "core/util/atomic_file.h"

#include <yaml-cpp/yaml.h>

#include <sstream>

namespace mingle {

bool Settings::operator==(const Settings& o) const {
  return ui_scale == o.ui_scale && text_scale == o.text_scale && fullscreen == o.fullscreen &&
         volume == o.volume && muted == o.muted && practice_mode == o.practice_mode &&
         high_contrast == o.high_contrast && reduced_motion == o.reduced_motion;
}

namespace {

template <typename T>
void read(const YAML::Node& root, const char* key, T& field, T lo, T hi,
          std::vector<std::string>& notes) {
  const YAML::Node n = root[key];
  if (!n) return;
  try {
    const T v = n.as<T>();
    // Written so that NaN (never equal to, below or above anything) is outside too.
    if (!(v >= lo && v <= hi)) {
      std::ostringstream s;
      s << key << ": " << v << " is outside " << lo << " to " << hi << "; using " << field;
      notes.push_back(s.str());
      return;
    }
    field = v;
  } catch (const YAML::Exception&) {
    std::ostringstream s;
    s << key << ": '" << n.Scalar() << "' is not a valid value; using " << field;
    notes.push_back(s.str());
  }
}

void read_bool(const YAML::Node& root, const char* key, bool& field, std::vector<std::string>& notes) {
  const YAML::Node n = root[key];
  if (!n) return;
  try {
    field = n.as<bool>();
  } catch (const YAML::Exception&) {
    notes.push_back(std::string(key) + ": '" + n.Scalar() + "' is not true or false; using " +
                    (field ? "true" : "false"));
  }
}

}  // namespace

SettingsLoad load_settings(const std::filesystem::path& file) {
  SettingsLoad out;
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return out;
  // A settings file is a dozen short lines; anything bigger is not one (docs/limits.md).
  std::string text, error;
  if (!read_file_capped(file, kMaxSettingsBytes, "the settings file", text, error)) {
    out.notes.push_back(error + " Using the defaults.");
    return out;
  }
  return settings_from_text(text, file.string());
}

SettingsLoad settings_from_text(const std::string& text, const std::string& file) {
  SettingsLoad out;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    out.notes.push_back(file + " could not be read (" + e.msg + "); using the defaults");
    return out;
  }
  if (!root.IsMap()) {
    if (!root.IsNull()) out.notes.push_back(file + " is not a list of settings; using the defaults");
    return out;
  }
  Settings& s = out.settings;
  read(root, "ui_scale", s.ui_scale, 0.75f, 2.0f, out.notes);
  read(root, "text_scale", s.text_scale, 0.8f, 1.6f, out.notes);
  read(root, "volume", s.volume, 0, 100, out.notes);
  read_bool(root, "fullscreen", s.fullscreen, out.notes);
  read_bool(root, "muted", s.muted, out.notes);
  read_bool(root, "practice_mode", s.practice_mode, out.notes);
  read_bool(root, "high_contrast", s.high_contrast, out.notes);
  read_bool(root, "reduced_motion", s.reduced_motion, out.notes);
  return out;
}

std::string settings_to_yaml(const Settings& s) {
  YAML::Emitter e;
  e << YAML::Comment("Mingle's settings. The game rewrites this file when you change them.");
  e << YAML::BeginMap;
  e << YAML::Key << "ui_scale" << YAML::Value << s.ui_scale;
  e << YAML::Key << "text_scale" << YAML::Value << s.text_scale;
  e << YAML::Key << "fullscreen" << YAML::Value << s.fullscreen;
  e << YAML::Key << "volume" << YAML::Value << s.volume;
  e << YAML::Key << "muted" << YAML::Value << s.muted;
  e << YAML::Key << "practice_mode" << YAML::Value << s.practice_mode;
  e << YAML::Key << "high_contrast" << YAML::Value << s.high_contrast;
  e << YAML::Key << "reduced_motion" << YAML::Value << s.reduced_motion;
  e << YAML::EndMap;
  return std::string(e.c_str()) + "\n";
}

bool save_settings(const std::filesystem::path& file, const Settings& settings, std::string& error) {
  return write_file_atomically(file, settings_to_yaml(settings), error);
}

}  // namespace mingle
