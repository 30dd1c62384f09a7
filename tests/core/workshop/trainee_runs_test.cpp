// Shared machines (issue 23, point 8): whose past runs are shown to whom, which attempt a new
// run is and whether it counts, and the briefing's words for it.
#include "core/workshop/trainee_runs.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace mingle;

namespace {

RunOwner run(std::string player, std::string workshop, std::string scenario = "harbour-reception") {
  return RunOwner{std::move(player), std::move(workshop), std::move(scenario)};
}

}  // namespace

TEST_CASE("a trainee's name is the same however its spaces and capitals were typed") {
  CHECK(same_trainee("Ann Lee", "Ann Lee"));
  CHECK(same_trainee("  ann   LEE ", "Ann Lee"));
  CHECK(same_trainee("Ann\tLee", "ann lee"));
  CHECK_FALSE(same_trainee("Ann Lee", "Anne Lee"));
  CHECK_FALSE(same_trainee("Ann Lee", "AnnLee"));
  // Letters beyond ASCII are compared as typed (no guess at their capitals).
  CHECK(same_trainee("Zoë", "zoë"));
  CHECK_FALSE(same_trainee("Zoë", "Zoe"));
  // Nobody is no one's namesake: an empty or blank name matches nothing, itself included.
  CHECK_FALSE(same_trainee("", ""));
  CHECK_FALSE(same_trainee("   ", ""));
  CHECK(trainee_key("  Ann   LEE ") == "ann lee");
}

TEST_CASE("in a workshop, a trainee sees only their own runs there, and none before typing a name") {
  const std::vector<RunOwner> runs = {
      run("Ann Lee", "Spring group B"),  run("Bo Chen", "Spring group B"), run("ann lee", "Spring group B"),
      run("Ann Lee", "Autumn group A"),  run("Ann Lee", ""),               run("", "Spring group B"),
      run("", ""),
  };
  auto shown = [&](const RunViewer& v) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < runs.size(); ++i)
      if (run_shown_to(runs[i], v)) out.push_back(i);
    return out;
  };
  CHECK(shown({"Spring group B", ""}).empty());     // at the title: nobody has typed a name yet
  CHECK(shown({"Spring group B", "   "}).empty());  // a blank name is no name
  CHECK(shown({"Spring group B", "Ann Lee"}) == std::vector<std::size_t>{0, 2});
  CHECK(shown({"Spring group B", "Bo Chen"}) == std::vector<std::size_t>{1});
  CHECK(shown({"Spring group B", "Cleo"}).empty());
  CHECK(shown({"Autumn group A", "ANN LEE"}) == std::vector<std::size_t>{3});
}

TEST_CASE("outside a workshop, the runs played outside any workshop are shown, never a trainee's") {
  const std::vector<RunOwner> runs = {run("Ann Lee", "Spring group B"), run("Sam", ""), run("", ""),
                                      run("Bo Chen", "Spring group B")};
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < runs.size(); ++i)
    if (run_shown_to(runs[i], RunViewer{"", ""})) shown.push_back(i);
  CHECK(shown == std::vector<std::size_t>{1, 2});
  // A name typed outside a workshop changes nothing: it is the staff member's own computer.
  CHECK(run_shown_to(runs[1], RunViewer{"", "Someone else"}));
  CHECK_FALSE(run_shown_to(runs[0], RunViewer{"", "Ann Lee"}));
}

TEST_CASE("the attempt number counts the trainee's earlier runs of this scenario in this workshop") {
  const RunOwner now = run("Ann Lee", "Spring group B");
  CHECK(next_attempt({}, now, WorkshopMode::Assessed).number == 1);
  const std::vector<RunOwner> earlier = {
      run("Ann Lee", "Spring group B"),                 // hers: counts
      run(" ann lee", "Spring group B"),                // hers, typed differently: counts
      run("Bo Chen", "Spring group B"),                 // someone else's
      run("Ann Lee", "Autumn group A"),                 // another workshop
      run("Ann Lee", ""),                               // practice at her desk, outside any workshop
      run("Ann Lee", "Spring group B", "gala-dinner"),  // another scenario
  };
  const Attempt a = next_attempt(earlier, now, WorkshopMode::Assessed);
  CHECK(a.number == 3);
  CHECK_FALSE(a.counted);
  CHECK(next_attempt(earlier, run("Bo Chen", "Spring group B"), WorkshopMode::Assessed).number == 2);
  CHECK(next_attempt(earlier, run("Cleo", "Spring group B"), WorkshopMode::Assessed).number == 1);
}

TEST_CASE("assessed mode counts the first attempt only, and practice mode every one") {
  CHECK(attempt_counts(WorkshopMode::Assessed, 1));
  CHECK_FALSE(attempt_counts(WorkshopMode::Assessed, 2));
  CHECK_FALSE(attempt_counts(WorkshopMode::Assessed, 7));
  CHECK(attempt_counts(WorkshopMode::Practice, 1));
  CHECK(attempt_counts(WorkshopMode::Practice, 2));
  const std::vector<RunOwner> one = {run("Ann", "W")};
  CHECK(next_attempt(one, run("Ann", "W"), WorkshopMode::Practice).counted);
  CHECK(next_attempt({}, run("Ann", "W"), WorkshopMode::Assessed).counted);
}

TEST_CASE("the briefing says which try this is and whether it counts, in plain words") {
  const std::string first = attempt_words(WorkshopMode::Assessed, {1, true});
  CHECK(first.rfind("This is your first try", 0) == 0);
  CHECK(first.find("the one that counts") != std::string::npos);

  const std::string second = attempt_words(WorkshopMode::Assessed, {2, false});
  CHECK(second.rfind("This is your second try.", 0) == 0);
  CHECK(second.find("practice") != std::string::npos);
  CHECK(second.find("your first try is the one that counts") != std::string::npos);

  CHECK(attempt_words(WorkshopMode::Assessed, {3, false}).rfind("This is your third try.", 0) == 0);
  CHECK(attempt_words(WorkshopMode::Assessed, {10, false}).rfind("This is your tenth try.", 0) == 0);
  CHECK(attempt_words(WorkshopMode::Assessed, {12, false}).rfind("This is try number 12.", 0) == 0);

  const std::string practice = attempt_words(WorkshopMode::Practice, {2, true});
  CHECK(practice.rfind("This is your second try.", 0) == 0);
  CHECK(practice.find("every try counts") != std::string::npos);
  CHECK(practice.find("first try is the one") == std::string::npos);

  // A continued run keeps what its note said, even where that differs from the mode's rule
  // (a workshop file changed between the two halves): the words follow `counted`.
  CHECK(attempt_words(WorkshopMode::Assessed, {2, true}).find("counts") != std::string::npos);
  CHECK(attempt_words(WorkshopMode::Assessed, {2, true}).find("for practice") == std::string::npos);
  CHECK(attempt_words(WorkshopMode::Assessed, {1, false}).find("doesn't count") != std::string::npos);
  // Nonsense from a note (0, negative) reads as a first try.
  CHECK(attempt_words(WorkshopMode::Practice, {0, true}).rfind("This is your first try", 0) == 0);
}
