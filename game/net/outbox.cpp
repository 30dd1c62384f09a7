#include "net/outbox.h"

#include "core/util/atomic_file.h"
#include "core/util/xdg.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace mingle::net {
namespace {

std::vector<fs::path> json_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json" && it->is_regular_file(ec)) out.push_back(it->path());
  std::sort(out.begin(), out.end());
  return out;
}

bool read_text(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

Outbox::Outbox(fs::path dir) : dir_(std::move(dir)) {}

bool Outbox::add(const std::vector<nlohmann::json>& statements, std::string& error) {
  static std::atomic<unsigned> sequence{0};
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  for (const auto& st : statements) {
    char prefix[48];
    std::snprintf(prefix, sizeof prefix, "%015lld-%06u-", static_cast<long long>(ms),
                  sequence.fetch_add(1) % 1000000u);
    const std::string id = st.value("id", std::string("no-id"));
    const fs::path file = dir_ / "pending" / (prefix + id + ".json");
    if (!write_file_atomically(file, st.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n",
                               error))
      return false;
  }
  return true;
}

std::vector<QueuedStatement> Outbox::pending(std::size_t max) const {
  std::vector<QueuedStatement> out;
  for (const auto& f : json_files(dir_ / "pending")) {
    if (out.size() >= max) break;
    QueuedStatement q;
    q.file = f;
    std::string error;
    bool ok = read_text(f, q.text);
    if (ok) {
      auto j = nlohmann::json::parse(q.text, nullptr, false);
      ok = j.is_object() && j.contains("id") && j["id"].is_string();
      if (ok) q.id = j["id"].get<std::string>();
    }
    if (!ok) {
      reject(q, "this queued file could not be read as a statement", error);
      continue;
    }
    out.push_back(std::move(q));
  }
  return out;
}

void Outbox::remove(const QueuedStatement& q) const {
  std::error_code ec;
  fs::create_directories(dir_ / "sent", ec);
  fs::rename(q.file, dir_ / "sent" / q.file.filename(), ec);
  if (ec) fs::remove(q.file, ec);  // it must leave the queue either way: the LRS holds it
}

std::vector<QueuedStatement> Outbox::sent() const {
  std::vector<QueuedStatement> out;
  for (const auto& f : json_files(dir_ / "sent")) {
    QueuedStatement q;
    q.file = f;
    if (!read_text(f, q.text)) continue;
    auto j = nlohmann::json::parse(q.text, nullptr, false);
    if (!j.is_object() || !j.contains("id") || !j["id"].is_string()) continue;
    q.id = j["id"].get<std::string>();
    out.push_back(std::move(q));
  }
  return out;
}

bool Outbox::requeue(const QueuedStatement& q, std::string& error) const {
  std::error_code ec;
  fs::create_directories(dir_ / "pending", ec);
  fs::rename(q.file, dir_ / "pending" / q.file.filename(), ec);
  if (ec) {
    error = "couldn't put '" + q.file.string() + "' back in the queue: " + ec.message();
    return false;
  }
  return true;
}

bool Outbox::reject(const QueuedStatement& q, const std::string& reason, std::string& error) const {
  const fs::path aside = dir_ / "rejected";
  std::error_code ec;
  fs::create_directories(aside, ec);
  const std::string stem = q.file.stem().string();
  if (!write_file_atomically(aside / (stem + ".txt"), reason + "\n", error)) return false;
  fs::rename(q.file, aside / q.file.filename(), ec);
  if (ec) {
    error = "couldn't move '" + q.file.string() + "' aside: " + ec.message();
    return false;
  }
  return true;
}

bool Outbox::readable(std::string& error) const {
  const fs::path pending = dir_ / "pending";
  std::error_code ec;
  if (!fs::exists(pending, ec) && !ec) return true;  // nothing was ever queued here
  fs::directory_iterator it(pending, ec);
  if (ec) {
    error = "the queue " + pending.string() + " can't be read: " + ec.message();
    return false;
  }
  return true;
}

std::size_t Outbox::pending_count() const { return json_files(dir_ / "pending").size(); }
std::size_t Outbox::rejected_count() const { return json_files(dir_ / "rejected").size(); }

fs::path default_outbox_dir(const std::string& endpoint) {
  std::string rest = endpoint;
  const auto scheme = rest.find("://");
  if (scheme != std::string::npos) rest = rest.substr(scheme + 3);
  std::string name;
  for (unsigned char ch : rest) name += std::isalnum(ch) || ch == '.' || ch == '-' ? static_cast<char>(ch) : '_';
  while (!name.empty() && name.back() == '_') name.pop_back();
  if (name.empty()) name = "lrs";
  const fs::path data = user_data_dir();
  if (data.empty()) return {};  // no folder of the player's own: the caller says so
  return data / "outbox" / name;
}

}  // namespace mingle::net
