#include "net/lrs_client.h"

#include <curl/curl.h>

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

int progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* abandon = static_cast<const std::atomic<bool>*>(user);
  return abandon && abandon->load() ? 1 : 0;
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
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, t.connect_timeout_ms);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, t.timeout_ms);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool>*>(t.abandon));
  if (post_body) {
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, post_body->c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(post_body->size()));
  }
  const CURLcode rc = curl_easy_perform(curl);
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
