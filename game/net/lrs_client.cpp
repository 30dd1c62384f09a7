#include "net/lrs_client.h"

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <mutex>

namespace mingle::net {
namespace {

void global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t collect(char* data, size_t size, size_t n, void* user) {
  static_cast<std::string*>(user)->append(data, size * n);
  return size * n;
}

// Runs one transfer through a multi handle, looking at `abandon` every 50 ms, so that a caller
// who gives up (the game closing, a signal) is never kept waiting on a silent server.
CURLcode run_abandonable(CURL* curl, const std::atomic<bool>* abandon) {
  CURLM* multi = curl_multi_init();
  if (!multi) return CURLE_FAILED_INIT;
  curl_multi_add_handle(multi, curl);
  CURLcode result = CURLE_ABORTED_BY_CALLBACK;
  int running = 1;
  while (!(abandon && abandon->load())) {
    if (curl_multi_perform(multi, &running) != CURLM_OK) {
      result = CURLE_FAILED_INIT;
      break;
    }
    if (running == 0) {
      int left = 0;
      result = CURLE_RECV_ERROR;
      while (CURLMsg* msg = curl_multi_info_read(multi, &left))
        if (msg->msg == CURLMSG_DONE && msg->easy_handle == curl) result = msg->data.result;
      break;
    }
    curl_multi_poll(multi, nullptr, 0, 50, nullptr);
  }
  curl_multi_remove_handle(multi, curl);
  curl_multi_cleanup(multi);
  return result;
}

HttpReply perform(const LrsTarget& t, const std::string& url, const std::string* post_body) {
  global_init();
  HttpReply reply;
  CURL* curl = curl_easy_init();
  if (!curl) {
    reply.error = "libcurl could not start";
    return reply;
  }
  struct curl_slist* headers = nullptr;
  headers = curl_slist_append(headers, "X-Experience-API-Version: 1.0.3");
  headers = curl_slist_append(headers, "Content-Type: application/json");
  headers = curl_slist_append(headers, "Accept: application/json");
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
  curl_easy_setopt(curl, CURLOPT_USERNAME, t.key.c_str());
  curl_easy_setopt(curl, CURLOPT_PASSWORD, t.secret.c_str());
  long connect_ms = t.connect_timeout_ms, total_ms = t.timeout_ms;
  if (t.deadline != std::chrono::steady_clock::time_point{}) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(t.deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      reply.error = "no time left to wait for an answer";
      curl_easy_cleanup(curl);
      curl_slist_free_all(headers);
      return reply;
    }
    connect_ms = std::min<long>(connect_ms, static_cast<long>(left.count()));
    total_ms = std::min<long>(total_ms, static_cast<long>(left.count()));
  }
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, connect_ms);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, total_ms);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  if (post_body) {
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, post_body->c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(post_body->size()));
  }
  const CURLcode rc = run_abandonable(curl, t.abandon);
  if (rc == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
  } else {
    reply.status = 0;
    reply.error = errbuf[0] ? errbuf : curl_easy_strerror(rc);
  }
  curl_slist_free_all(headers);
  curl_easy_cleanup(curl);
  return reply;
}

}  // namespace

HttpReply http_post_statements(const LrsTarget& t, const std::string& body) {
  return perform(t, t.endpoint + "statements", &body);
}

HttpReply http_get(const LrsTarget& t, const std::string& path) { return perform(t, t.endpoint + path, nullptr); }

Delivery classify(const HttpReply& r) {
  if (r.status >= 200 && r.status < 300) return Delivery::Delivered;
  if (r.status == 0 || r.status >= 500) return Delivery::Wait;
  if (r.status == 401 || r.status == 403 || r.status == 404 || r.status == 408 || r.status == 429)
    return Delivery::Wait;
  return Delivery::Refused;
}

std::string reply_message(const HttpReply& r) {
  if (r.status == 0) return r.error.empty() ? std::string("no answer") : r.error;
  std::string msg;
  auto j = nlohmann::json::parse(r.body, nullptr, false);
  if (j.is_object()) {
    if (j.contains("message") && j["message"].is_string()) msg = j["message"].get<std::string>();
    if (j.contains("warnings") && j["warnings"].is_array())
      for (const auto& w : j["warnings"])
        if (w.is_string()) msg += (msg.empty() ? "" : "; ") + w.get<std::string>();
  }
  if (msg.empty()) msg = r.body.substr(0, 300);
  for (char& ch : msg)
    if (ch == '\n' || ch == '\r') ch = ' ';
  return std::to_string(r.status) + ": " + msg;
}

bool fetch_statements(const LrsTarget& t, const std::string& query, std::vector<nlohmann::json>& out,
                      std::string& error) {
  std::string next = "statements?limit=500" + (query.empty() ? std::string() : "&" + query);
  for (int page = 0; page < 10000 && !next.empty(); ++page) {
    const HttpReply r = http_get(t, next);
    if (r.status != 200) {
      error = "the LRS did not give its statements (" + reply_message(r) + ")";
      return false;
    }
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (!j.is_object() || !j.contains("statements") || !j["statements"].is_array()) {
      error = "the LRS's answer was not a list of statements";
      return false;
    }
    for (auto& st : j["statements"]) out.push_back(std::move(st));
    next.clear();
    if (j.contains("more") && j["more"].is_string() && !j["more"].get<std::string>().empty()) {
      // 'more' is a path from the server's root, e.g. /xAPI/statements?cursor=…; keep what
      // follows "statements".
      const std::string more = j["more"].get<std::string>();
      const auto at = more.rfind("statements");
      if (at != std::string::npos) next = more.substr(at);
    }
  }
  return true;
}

}  // namespace mingle::net
