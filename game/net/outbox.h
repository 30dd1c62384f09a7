#pragma once
// The on-disk queue of statements waiting for the learning record store. Each statement is one
// file, written atomically (core/util/atomic_file.h) before anything tries to send it, so a
// crash, a closed lid or a day without network loses nothing; it is removed only once the LRS
// has said it holds it. A statement the LRS refuses (a 4xx about the statement itself) is moved
// to rejected/ with the LRS's own message beside it, never dropped.
//
//   <dir>/pending/<ms since 1970>-<sequence>-<statement id>.json
//   <dir>/rejected/<same name>.json and <same name>.txt (why)
//   <dir>/sent/<same name>.json      delivered: what this computer sent, so that
//                                    `mingle sync --verify` can check the LRS still holds it
#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace mingle::net {

struct QueuedStatement {
  std::filesystem::path file;
  std::string id;    // the statement's UUID
  std::string text;  // the statement as JSON
};

class Outbox {
 public:
  explicit Outbox(std::filesystem::path dir);
  const std::filesystem::path& dir() const { return dir_; }

  // Queues statements, in order. False with a sentence in error if one could not be written
  // (the ones before it are queued).
  bool add(const std::vector<nlohmann::json>& statements, std::string& error);
  // Up to `max` waiting statements, oldest first. Files that cannot be read or parsed are moved
  // aside to rejected/ with a note.
  std::vector<QueuedStatement> pending(std::size_t max) const;
  // The LRS holds it: it leaves the queue for sent/ (removed outright if it cannot be moved).
  void remove(const QueuedStatement&) const;
  // What this computer has sent (sent/), oldest first; files that cannot be read are skipped.
  std::vector<QueuedStatement> sent() const;
  // A sent statement the LRS does not hold after all: back into the queue, to go again.
  bool requeue(const QueuedStatement&, std::string& error) const;
  // The LRS refused it: keep it aside with the reason.
  bool reject(const QueuedStatement&, const std::string& reason, std::string& error) const;

  std::size_t pending_count() const;
  // False, with a sentence, when the queue exists but cannot be read (then "nothing waits"
  // would be a guess, never said).
  bool readable(std::string& error) const;
  std::size_t rejected_count() const;

 private:
  std::filesystem::path dir_;
};

// The default queue for an LRS: $XDG_DATA_HOME/mingle/outbox/<host and path of the endpoint>.
// Empty when the player has no data folder of their own (core/util/xdg.h says why).
std::filesystem::path default_outbox_dir(const std::string& endpoint);

}  // namespace mingle::net
