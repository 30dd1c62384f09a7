#pragma once
// Talking to a learning record store over HTTP(S) with libcurl: posting statements and reading
// them back. xAPI 1.0.3, HTTP Basic auth. Every call is bounded in time, and a caller can
// abandon one in flight (the sender does when the game closes).
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <string>
#include <vector>

namespace mingle::net {

struct LrsTarget {
  std::string endpoint;  // the xAPI base, ending in '/'
  std::string key, secret;
  long connect_timeout_ms = 5000;
  long timeout_ms = 15000;
  const std::atomic<bool>* abandon = nullptr;  // set: the call in flight gives up (within 50 ms)
  // When set: no call waits past it (each timeout is cut to what is left).
  std::chrono::steady_clock::time_point deadline{};
};

struct HttpReply {
  long status = 0;          // 0: no answer (no network, refused, timed out)
  std::string body;
  std::string error;        // libcurl's reason when status is 0
};

HttpReply http_post_statements(const LrsTarget&, const std::string& json_array);
HttpReply http_get(const LrsTarget&, const std::string& path_and_query);  // relative to endpoint

// What a reply means for the statements sent.
enum class Delivery {
  Delivered,  // 2xx: the LRS holds them
  Wait,       // no answer, 5xx, 408, 429, or a problem of access (401, 403, 404): try later
  Refused,    // another 4xx: the statements themselves are wrong
};
Delivery classify(const HttpReply&);
// The LRS's own message from a reply, in one line ("409: <message>").
std::string reply_message(const HttpReply&);

// Every statement the LRS holds that matches the query (e.g. "registration=..."), following
// 'more' links. False with a sentence in error when it cannot be read.
bool fetch_statements(const LrsTarget&, const std::string& query, std::vector<nlohmann::json>& out,
                      std::string& error);

}  // namespace mingle::net
