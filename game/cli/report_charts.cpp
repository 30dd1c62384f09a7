#include "cli/report_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

namespace mingle::cli {
namespace {

// A panel's size and margins; the trainee's charts and the cohort's are the same drawing, sized.
constexpr double kW = 300, kH = 160, kLeft = 40, kRight = 34, kTop = 22, kBottom = 32, kGap = 8;
const char* const kMeasure[2] = {"Enjoyment", "Value"};
const char* const kLineClass[2] = {"enjoy-line", "value-line"};

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

const std::vector<ReportPoint>& curve(const ReportRun& r, int measure) {
  return measure == 0 ? r.enjoyment_curve : r.value_curve;
}

// A run's value at a moment: its last point at or before it (an earlier event's last point
// when this event's first is later). Nothing when the run has no point in that event.
bool value_at(const std::vector<ReportPoint>& pts, int event, int minute, int& out) {
  bool played = false, any = false;
  for (const auto& p : pts) {
    const int m = minute_of(p.time);
    if (p.event == event) played = true;
    if (p.event < event || (p.event == event && m >= 0 && m <= minute)) {
      out = p.value;
      any = true;
    }
  }
  return played && any;
}

// Tick values from lo to hi, a round step apart, at most about five.
std::vector<int> ticks(int lo, int hi) {
  const int range = std::max(1, hi - lo);
  int step = 1;
  for (int base = 1;; base *= 10) {
    for (int m : {1, 2, 5}) {
      step = base * m;
      if (range / step <= 5) goto done;
    }
  }
done:
  std::vector<int> out;
  for (int v = static_cast<int>(std::ceil(lo / static_cast<double>(step))) * step; v <= hi; v += step) out.push_back(v);
  return out;
}

}  // namespace

int minute_of(const std::string& clock) {
  if (clock.size() != 5 || clock[2] != ':') return -1;
  for (int i : {0, 1, 3, 4})
    if (clock[static_cast<std::size_t>(i)] < '0' || clock[static_cast<std::size_t>(i)] > '9') return -1;
  return ((clock[0] - '0') * 10 + (clock[1] - '0')) * 60 + (clock[3] - '0') * 10 + (clock[4] - '0');
}

double CurveFrame::x(int event, int minute) const {
  for (const auto& b : bands)
    if (b.event == event) {
      const double f = b.to > b.from ? (minute - b.from) / static_cast<double>(b.to - b.from) : 0.5;
      return b.x0 + (b.x1 - b.x0) * std::clamp(f, 0.0, 1.0);
    }
  return kLeft;
}

double CurveFrame::y(int measure, double value) const {
  const double span = std::max(1, hi[measure] - lo[measure]);
  return kH - kBottom - (kH - kTop - kBottom) * (value - lo[measure]) / span;
}

CurveFrame curve_frame(const std::vector<ReportRun>& runs) {
  CurveFrame f;
  std::map<int, std::pair<int, int>> span;  // event -> earliest, latest minute
  bool any[2] = {false, false};
  for (const auto& r : runs)
    for (int m = 0; m < 2; ++m)
      for (const auto& p : curve(r, m)) {
        const int t = minute_of(p.time);
        if (t < 0 || p.event < 1) continue;
        auto it = span.find(p.event);
        if (it == span.end()) span[p.event] = {t, t};
        else it->second = {std::min(it->second.first, t), std::max(it->second.second, t)};
        f.lo[m] = any[m] ? std::min(f.lo[m], p.value) : std::min(0, p.value);
        f.hi[m] = any[m] ? std::max(f.hi[m], p.value) : std::max(1, p.value);
        any[m] = true;
      }
  double total = 0;
  for (const auto& [e, s] : span) total += std::max(10, s.second - s.first);
  const double width = kW - kLeft - kRight - kGap * (span.empty() ? 0 : static_cast<double>(span.size() - 1));
  double x = kLeft;
  for (const auto& [e, s] : span) {
    const double w = width * std::max(10, s.second - s.first) / total;
    f.bands.push_back({e, s.first, s.second, x, x + w});
    x += w + kGap;
  }
  return f;
}

std::vector<CohortSample> cohort_samples(const std::vector<ReportRun>& runs, const CurveFrame& frame, int measure) {
  std::vector<CohortSample> out;
  for (const auto& b : frame.bands) {
    const int step = std::max(1, (b.to - b.from) / 48);
    for (int m = b.from;; m = std::min(b.to, m + step)) {
      std::vector<int> values;
      for (const auto& r : runs) {
        int v = 0;
        if (value_at(curve(r, measure), b.event, m, v)) values.push_back(v);
      }
      if (!values.empty()) {
        std::sort(values.begin(), values.end());
        const std::size_t n = values.size();
        const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
        out.push_back({b.event, m, median, values.front(), values.back(), static_cast<int>(n)});
      }
      if (m >= b.to) break;
    }
  }
  return out;
}

std::string curve_defs(const std::vector<ReportRun>& runs, const CurveFrame& f) {
  std::ostringstream o;
  o << "<svg class=\"defs\" width=\"0\" height=\"0\" aria-hidden=\"true\" style=\"position:absolute\"><defs>";
  for (int m = 0; m < 2; ++m) {
    o << "<symbol id=\"cohort-" << m << "\" viewBox=\"0 0 " << kW << " " << kH << "\">";
    o << "<rect class=\"frame\" x=\"" << kLeft << "\" y=\"" << kTop << "\" width=\"" << kW - kLeft - kRight
      << "\" height=\"" << kH - kTop - kBottom << "\"/>";
    o << "<text class=\"panel-title\" x=\"" << kLeft << "\" y=\"14\">" << kMeasure[m] << "</text>";
    for (int v : ticks(f.lo[m], f.hi[m])) {
      const double y = f.y(m, v);
      o << "<line class=\"" << (v == 0 ? "axis" : "grid") << "\" x1=\"" << kLeft << "\" x2=\"" << kW - kRight
        << "\" y1=\"" << fmt(y) << "\" y2=\"" << fmt(y) << "\"/><text class=\"tick\" x=\"" << kLeft - 4 << "\" y=\""
        << fmt(y + 3) << "\" text-anchor=\"end\">" << v << "</text>";
    }
    for (std::size_t i = 0; i < f.bands.size(); ++i) {
      const auto& b = f.bands[i];
      char from[8], to[8];
      std::snprintf(from, sizeof from, "%02d:%02d", b.from / 60 % 24, b.from % 60);
      std::snprintf(to, sizeof to, "%02d:%02d", b.to / 60 % 24, b.to % 60);
      o << "<text class=\"tick\" x=\"" << fmt(b.x0) << "\" y=\"" << kH - kBottom + 11 << "\">" << from << "</text>";
      if (i + 1 == f.bands.size())
        o << "<text class=\"tick\" x=\"" << fmt(b.x1) << "\" y=\"" << kH - kBottom + 11 << "\" text-anchor=\"end\">" << to
          << "</text>";
      o << "<text class=\"tick\" x=\"" << fmt((b.x0 + b.x1) / 2) << "\" y=\"" << kH - kBottom + 24
        << "\" text-anchor=\"middle\">event " << b.event << "</text>";
      if (i > 0)
        o << "<line class=\"grid\" x1=\"" << fmt(b.x0 - kGap / 2) << "\" x2=\"" << fmt(b.x0 - kGap / 2) << "\" y1=\""
          << kTop << "\" y2=\"" << kH - kBottom << "\"/>";
    }
    // The range as one shape per event (highs forward, lows back), the median over it.
    const auto samples = cohort_samples(runs, f, m);
    for (const auto& b : f.bands) {
      std::string high, low, median;
      for (const auto& s : samples) {
        if (s.event != b.event) continue;
        const std::string x = fmt(f.x(s.event, s.minute));
        high += x + "," + fmt(f.y(m, s.high)) + " ";
        low = x + "," + fmt(f.y(m, s.low)) + " " + low;
        median += x + "," + fmt(f.y(m, s.median)) + " ";
      }
      if (high.empty()) continue;
      o << "<polygon class=\"range\" points=\"" << high << low << "\"/><polyline class=\"median\" points=\"" << median
        << "\"/>";
    }
    o << "</symbol>";
  }
  o << "</defs></svg>";
  return o.str();
}

std::string cohort_curves() {
  std::ostringstream o;
  o << "<div class=\"curves cohort-curves\">";
  for (int m = 0; m < 2; ++m)
    o << "<svg class=\"cohort-curve\" id=\"cohort-curve-" << m << "\" role=\"img\" aria-label=\"" << kMeasure[m]
      << " over the evening: the cohort's median and range\" width=\"" << kW * 1.6 << "\" height=\"" << kH * 1.6
      << "\" viewBox=\"0 0 " << kW << " " << kH << "\"><use href=\"#cohort-" << m << "\" width=\"" << kW
      << "\" height=\"" << kH << "\"/></svg>";
  o << "</div>";
  return o.str();
}

std::string run_curves(const ReportRun& r, const CurveFrame& f, std::size_t anchor, const std::string& label) {
  std::ostringstream o;
  o << "<svg class=\"curve\" id=\"curve-" << anchor << "\" role=\"img\" aria-label=\"" << label
    << ": enjoyment and value over the evening, over the cohort's\" width=\"" << 2 * kW + 10 << "\" height=\"" << kH
    << "\" viewBox=\"0 0 " << 2 * kW + 10 << " " << kH << "\">";
  for (int m = 0; m < 2; ++m) {
    const double dx = m * (kW + 10);
    o << "<use href=\"#cohort-" << m << "\" x=\"" << dx << "\" width=\"" << kW << "\" height=\"" << kH << "\"/>";
    std::string points;
    const ReportPoint* last = nullptr;
    for (const auto& p : curve(r, m)) {
      const int t = minute_of(p.time);
      if (t < 0) continue;
      // Steps, as the cohort's band: a value holds until the next point changes it.
      const std::string x = fmt(dx + f.x(p.event, t));
      if (last) points += x + "," + fmt(f.y(m, last->value)) + " ";
      points += x + "," + fmt(f.y(m, p.value)) + " ";
      last = &p;
    }
    if (!last) continue;
    o << "<polyline class=\"" << kLineClass[m] << "\" points=\"" << points << "\"/><text class=\"end-value\" x=\""
      << fmt(dx + f.x(last->event, minute_of(last->time)) + 3) << "\" y=\"" << fmt(f.y(m, last->value) + 4) << "\">"
      << last->value << "</text>";
  }
  o << "</svg>";
  return o.str();
}

std::string idea_grid(const std::vector<ReportRun>& runs, const std::vector<std::string>& hrefs,
                      const std::vector<std::string>& labels, const std::vector<std::string>& ideas) {
  std::ostringstream o;
  o << "<table id=\"idea-grid\" class=\"grid-table\"><thead><tr><th>Trainee</th>";
  for (const auto& idea : ideas) o << "<th class=\"idea-col\">" << html_escape(idea) << "</th>";
  o << "</tr></thead><tbody>\n";
  std::vector<int> count(ideas.size(), 0);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    o << "<tr><td><a href=\"" << hrefs[i] << "\">" << html_escape(labels[i]) << "</a></td>";
    for (std::size_t k = 0; k < ideas.size(); ++k) {
      const bool met = std::find(runs[i].ideas.begin(), runs[i].ideas.end(), ideas[k]) != runs[i].ideas.end();
      count[k] += met;
      o << (met ? "<td class=\"met\" title=\"met\">\u2713</td>" : "<td class=\"not-met\" title=\"not met\">\u00b7</td>");
    }
    o << "</tr>\n";
  }
  o << "</tbody><tfoot><tr><th>Runs that met it</th>";
  for (int n : count) o << "<th class=\"idea-count\">" << n << " of " << runs.size() << "</th>";
  o << "</tr></tfoot></table>\n";
  return o.str();
}

std::string need_table(const std::vector<ReportRun>& runs, const std::vector<std::string>& hrefs,
                       const std::vector<std::string>& labels) {
  const char* heads[] = {"Trainee", "Found what they came for", "Event", "At", "Minutes into the event"};
  std::ostringstream o;
  o << "<table id=\"need-table\" class=\"sortable\"><thead><tr>";
  for (int c = 0; c < 5; ++c)
    o << "<th>" << heads[c] << " <a class=\"sort\" href=\"#sort-need-table-" << c
      << "\" title=\"sort by this column, lowest first\">\u25b4</a><a class=\"sort\" href=\"#sort-need-table-" << c
      << "-down\" title=\"sort by this column, highest first\">\u25be</a></th>";
  o << "</tr></thead><tbody>\n";
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const ReportRun& r = runs[i];
    int start = -1;  // the event's first minute in this run: its curve's first point there
    for (const auto& p : r.enjoyment_curve)
      if (p.event == r.need_event && minute_of(p.time) >= 0) {
        start = minute_of(p.time);
        break;
      }
    const int at = minute_of(r.need_time);
    const bool timed = r.need_found && at >= 0;
    o << "<tr><td data-sort=\"" << html_escape(labels[i]) << "\"><a href=\"" << hrefs[i] << "\">"
      << html_escape(labels[i]) << "</a></td><td data-sort=\"" << (r.need_found ? 1 : 0) << "\">"
      << (r.need_found ? "yes" : "no") << "</td><td data-sort=\"" << (r.need_found ? std::to_string(r.need_event) : "")
      << "\">" << (r.need_found ? std::to_string(r.need_event) : "") << "</td><td data-sort=\""
      << (timed ? std::to_string(r.need_event * 1440 + at) : "") << "\">" << (timed ? html_escape(r.need_time) : "")
      << "</td><td data-sort=\"" << (timed && start >= 0 ? std::to_string(at - start) : "") << "\">"
      << (timed && start >= 0 ? std::to_string(at - start) : "") << "</td></tr>\n";
  }
  o << "</tbody></table>\n";
  return o.str();
}

// Numbers sort as numbers, the rest as words; empty cells (not found) go last either way.
const char* const kSortScript =
    "<script>\n"
    "(function(){function sortNow(){var m=/^#sort-([a-z-]+)-(\\d+)(-down)?$/.exec(location.hash);if(!m)return;"
    "var t=document.getElementById(m[1]);if(!t||!t.tBodies.length)return;var body=t.tBodies[0],col=+m[2],down=!!m[3];"
    "var rows=Array.prototype.slice.call(body.rows);function key(r){var c=r.cells[col];"
    "return c?c.getAttribute('data-sort')||'':''}rows.sort(function(a,b){var x=key(a),y=key(b);"
    "if(x===''||y==='')return x===y?0:x===''?1:-1;var n=+x,p=+y,d=isNaN(n)||isNaN(p)?x.localeCompare(y):n-p;"
    "return down?-d:d});rows.forEach(function(r){body.appendChild(r)});"
    "t.setAttribute('data-sorted',col+(down?'-down':''))}"
    "window.addEventListener('hashchange',sortNow);window.addEventListener('DOMContentLoaded',sortNow)})();\n"
    "</script>\n";

}  // namespace mingle::cli
