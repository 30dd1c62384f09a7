#pragma once
// The report page's pictures that compare trainees (inline SVG and tables, drawn here, no
// network): each evening on game time with axes and values, one scale for the whole cohort, the
// cohort's median and range behind each trainee's own line; which ideas each trainee met; who
// found what they came for and when, in a table the reader can sort.
#include "cli/report.h"

#include <string>
#include <vector>

namespace mingle::cli {

// The axes every curve shares: the events side by side, each as wide as its minutes (the
// earliest to the latest minute any run has in it), and one scale a measure (enjoyment, value)
// from the cohort's lowest to its highest.
struct CurveFrame {
  struct Band {
    int event = 0;
    int from = 0, to = 0;      // minutes of the day
    double x0 = 0, x1 = 0;     // where it is drawn in a panel
  };
  std::vector<Band> bands;
  int lo[2] = {0, 0}, hi[2] = {1, 1};  // [0] enjoyment, [1] value
  double x(int event, int minute) const;
  double y(int measure, double value) const;
};
CurveFrame curve_frame(const std::vector<ReportRun>& runs);

// "18:05" -> 1085; -1 when it is not a time.
int minute_of(const std::string& clock);

// The cohort at each moment: the median and the range (lowest to highest) of the runs that
// played that event, a measure at a time.
struct CohortSample {
  int event = 0, minute = 0;
  double median = 0;
  int low = 0, high = 0;
  int runs = 0;
};
std::vector<CohortSample> cohort_samples(const std::vector<ReportRun>& runs, const CurveFrame& frame, int measure);

// Once per page: the shared axes, band and median of each measure as SVG symbols.
std::string curve_defs(const std::vector<ReportRun>& runs, const CurveFrame& frame);
// The cohort's two charts, large (the symbols, with a legend).
std::string cohort_curves();
// One run's evening over the cohort's: both measures, its own line highlighted.
std::string run_curves(const ReportRun& r, const CurveFrame& frame, std::size_t anchor, const std::string& label);

// Trainee x idea: a row per run, a column per idea, and how many runs met each.
// `hrefs`: each run's link (to its section).
std::string idea_grid(const std::vector<ReportRun>& runs, const std::vector<std::string>& hrefs,
                      const std::vector<std::string>& labels, const std::vector<std::string>& ideas);
// Who found what they came for, in which event, at what time and how many minutes in;
// sortable by any column (links, and a few lines of script on the page).
std::string need_table(const std::vector<ReportRun>& runs, const std::vector<std::string>& hrefs,
                       const std::vector<std::string>& labels);
// The page's one script: sorts a table when the address ends in #sort-TABLE-COLUMN.
extern const char* const kSortScript;

}  // namespace mingle::cli
