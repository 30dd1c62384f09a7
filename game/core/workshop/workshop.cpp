#include "core/workshop/workshop.h"

#include "core/scenario/fields.h"
#include "core/yaml/yaml_tree.h"

#include <cctype>
#include <cstdlib>

namespace fs = std::filesystem;

namespace mingle {
namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// An http(s) address with a host: enough to catch a typo before a workshop starts.
bool is_http_url(const std::string& s) {
  std::string rest;
  if (starts_with(s, "https://"))
    rest = s.substr(8);
  else if (starts_with(s, "http://"))
    rest = s.substr(7);
  else
    return false;
  if (rest.empty() || rest[0] == '/' || rest[0] == ':') return false;
  for (char ch : s)
    if (static_cast<unsigned char>(ch) <= ' ') return false;
  return true;
}

// "https://lrs.example.org:8080/xAPI/" -> "https://lrs.example.org:8080"
std::string origin_of(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const auto slash = url.find('/', scheme + 3);
  return slash == std::string::npos ? url : url.substr(0, slash);
}

// The part of a web address between "://" and the path: "user:pass@host:port".
std::string authority_of(const std::string& url) {
  const auto scheme = url.find("://");
  if (scheme == std::string::npos) return {};
  const auto end = url.find_first_of("/?#", scheme + 3);
  return url.substr(scheme + 3, end == std::string::npos ? std::string::npos : end - scheme - 3);
}

// 127.0.0.0/8, ::1 and localhost: traffic that never leaves this computer.
bool is_loopback_host(std::string host) {
  const auto colon = host.rfind(':');
  if (!host.empty() && host[0] == '[') {
    const auto close = host.find(']');
    return host.substr(0, close == std::string::npos ? host.size() : close + 1) == "[::1]";
  }
  if (colon != std::string::npos) host = host.substr(0, colon);
  for (char& ch : host) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return host == "localhost" || starts_with(host, "127.");
}

std::optional<std::string> read_url(const YNode& v, std::string_view key, Diagnostics& d) {
  auto text = read_text(v, key, d);
  if (!text) return std::nullopt;
  if (!is_http_url(*text)) {
    d.add("E0203", v.pos,
          "'" + std::string(key) + "' must be a web address starting with https:// or http://",
          "for example 'https://lrs.example.org/xAPI/'");
    return std::nullopt;
  }
  // A user name or password inside the address would travel into folder names, statements and
  // messages; the address itself is never repeated here.
  if (authority_of(*text).find('@') != std::string::npos) {
    d.add("E0214", v.pos,
          "'" + std::string(key) + "' holds a user name or password (the part before '@'); an address must not",
          "write the address without it, put the user name in 'key' and the password in an environment "
          "variable named by 'secret_env' (docs/workshops.md)");
    return std::nullopt;
  }
  return text;
}

void read_lrs(const YNode& node, Workshop& w, Diagnostics& d) {
  MapReader m(node, "the learning record store ('lrs')",
              {"endpoint", "key", "secret", "secret_env"}, d);
  if (!m.ok()) return;
  LrsConfig lrs;
  bool ok = true;
  if (auto v = m.require("endpoint", "the xAPI address your LRS gives, e.g. "
                                     "'https://lrs.example.org/xAPI/'")) {
    if (auto url = read_url(*v, "endpoint", d)) {
      lrs.endpoint = *url;
      if (lrs.endpoint.back() != '/') lrs.endpoint += '/';
      if (starts_with(lrs.endpoint, "http://") && !is_loopback_host(authority_of(lrs.endpoint)))
        d.add("W0215", v->pos,
              "the learning record store is reached by plain http://, so its key and secret and every "
              "trainee's records cross the network unencrypted",
              "use the https:// address your LRS gives; plain http:// is only safe on this computer "
              "(localhost, 127.0.0.1)");
    } else {
      ok = false;
    }
  } else {
    ok = false;
  }
  if (auto v = m.require("key", "the key (user name) your LRS gave for Mingle"))
    lrs.key = read_text(*v, "key", d).value_or("");
  else
    ok = false;
  const YNode* secret = m.get("secret");
  const YNode* secret_env = m.get("secret_env");
  if (secret && secret_env) {
    // Name the keys only: the secret itself is never repeated in a message.
    d.add("E0211", m.key_node("secret_env")->pos,
          "'secret' and 'secret_env' cannot be used together in 'lrs'",
          "keep 'secret_env' (the name of an environment variable holding the secret) and remove "
          "'secret', so the secret stays out of the file");
    ok = false;
  } else if (secret) {
    if (!secret->is_scalar() || secret->text.empty()) {
      d.add("E0203", secret->pos, "'secret' must be text", "or name a variable with 'secret_env'");
      ok = false;
    } else {
      lrs.secret = secret->text;
    }
  } else if (secret_env) {
    if (auto name = read_text(*secret_env, "secret_env", d)) {
      bool word = !name->empty();
      for (char ch : *name)
        word = word && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_');
      if (!word) {
        d.add("E0203", secret_env->pos,
              "'secret_env' must be the name of an environment variable (letters, digits and _)",
              "for example 'secret_env: MINGLE_LRS_SECRET'");
        ok = false;
      } else {
        lrs.secret_env = *name;
      }
    } else {
      ok = false;
    }
  } else {
    d.add("E0204", m.pos(), "'lrs' needs 'secret' or 'secret_env'",
          "write 'secret_env: MINGLE_LRS_SECRET' and set that variable where Mingle runs");
    ok = false;
  }
  if (ok) w.lrs = lrs;
}

}  // namespace

const char* to_string(WorkshopMode m) { return m == WorkshopMode::Assessed ? "assessed" : "practice"; }

bool is_workshop_file(const fs::path& p) {
  const std::string name = p.filename().string();
  const std::string suffix = ".workshop.yaml";
  return name == "workshop.yaml" ||
         (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0);
}

WorkshopLoad load_workshop(const fs::path& file) {
  WorkshopLoad out;
  Diagnostics d;
  const std::string display = file.lexically_normal().generic_string();
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    d.add("E0101", {display, 0, 0}, "no such workshop file");
    out.diagnostics = d.take();
    return out;
  }
  auto root = read_yaml_file(file, display, YamlLimits{}, d);
  if (root && root->is_null()) {
    d.add("E0110", {display, 1, 1}, "the file is empty",
          "a workshop names at least 'title', 'scenario' and 'mode'; see docs/workshops.md");
    root.reset();
  }
  if (root) {
    MapReader m(*root, "the workshop", {"title", "scenario", "mode", "seed", "home_page", "lrs"}, d);
    if (m.ok()) {
      Workshop w;
      w.file = file;
      if (auto v = m.require("title")) w.title = read_text(*v, "title", d).value_or("");
      if (auto v = m.require("scenario", "the scenario or campaign folder to play, written from "
                                         "this file's folder, e.g. 'scenario: harbour-reception'")) {
        if (auto s = read_text(*v, "scenario", d)) {
          w.scenario = *s;
          w.scenario_path = file.parent_path() / *s;
          if (!fs::exists(w.scenario_path, ec))
            d.add("E0101", v->pos, "there is no scenario at '" + *s + "' (looked in '" +
                                       w.scenario_path.lexically_normal().generic_string() + "')",
                  "write the path from this file's folder");
        }
      }
      if (auto v = m.require("mode", "'practice' (coaching as you play, retries welcome) or "
                                     "'assessed' (coaching in the debrief, the first attempt counts)")) {
        auto mode = read_word<WorkshopMode>(
            *v, "mode", "mode",
            [](const std::string& t) -> std::optional<WorkshopMode> {
              if (t == "practice") return WorkshopMode::Practice;
              if (t == "assessed") return WorkshopMode::Assessed;
              return std::nullopt;
            },
            {"practice", "assessed"}, d);
        if (mode) w.mode = *mode;
      }
      if (auto v = m.get("seed")) {
        auto n = v->is_scalar() && !v->quoted ? parse_integer(v->text) : std::nullopt;
        if (!n || *n < 0)
          d.add(n ? "E0208" : "E0203", v->pos, "'seed' must be a whole number, 0 or more",
                "any number will do; everyone in the workshop then meets the same chances");
        else
          w.seed = static_cast<std::uint64_t>(*n);
      }
      if (auto v = m.get("home_page")) {
        if (auto url = read_url(*v, "home_page", d)) w.home_page = *url;
      }
      if (auto v = m.get("lrs")) read_lrs(*v, w, d);
      if (w.home_page.empty() && w.lrs) w.home_page = origin_of(w.lrs->endpoint);
      if (w.home_page.empty()) w.home_page = "https://mingle.invalid";
      out.workshop = w;
    }
  }
  out.diagnostics = d.take();
  sort_diagnostics(out.diagnostics);
  return out;
}

std::vector<Diagnostic> WorkshopContent::diagnostics() const {
  std::vector<Diagnostic> all = workshop.diagnostics;
  all.insert(all.end(), content.diagnostics.begin(), content.diagnostics.end());
  return all;
}

WorkshopContent load_workshop_content(const fs::path& file) {
  WorkshopContent out;
  out.workshop = load_workshop(file);
  std::error_code ec;
  if (out.workshop.workshop && fs::exists(out.workshop.workshop->scenario_path, ec))
    out.content = load_content(out.workshop.workshop->scenario_path);
  return out;
}

std::string lrs_secret(const LrsConfig& lrs, std::string& error) {
  if (!lrs.secret.empty()) return lrs.secret;
  if (lrs.secret_env.empty()) {
    error = "the workshop names no LRS secret";
    return {};
  }
  const char* v = std::getenv(lrs.secret_env.c_str());
  if (!v || !*v) {
    error = "the environment variable " + lrs.secret_env +
            " (named by the workshop's 'secret_env') is not set";
    return {};
  }
  return v;
}

}  // namespace mingle
