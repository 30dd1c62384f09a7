#include "core/scenario/expr.h"

#include <doctest/doctest.h>

#include <map>
#include <string>

using mingle::Expr;

namespace {

// A tiny environment: variables from a map; learned(x) is true for the ids in `learned`.
struct MapEnv : mingle::ExprEnv {
  std::map<std::string, int, std::less<>> vars;
  std::map<std::string, int, std::less<>> learned;
  int variable(std::string_view name) const override {
    auto it = vars.find(name);
    return it == vars.end() ? 0 : it->second;
  }
  int call(std::string_view fn, std::string_view arg) const override {
    if (fn != "learned") return 0;
    auto it = learned.find(arg);
    return it == learned.end() ? 0 : it->second;
  }
};

Expr parse_ok(const std::string& text) {
  Expr e;
  std::string error;
  int col = 0;
  INFO("expression: " << text);
  REQUIRE_MESSAGE(Expr::parse(text, e, error, col), error);
  return e;
}

std::pair<std::string, int> parse_error(const std::string& text) {
  Expr e;
  std::string error;
  int col = 0;
  INFO("expression: " << text);
  REQUIRE_FALSE(Expr::parse(text, e, error, col));
  return {error, col};
}

}  // namespace

TEST_CASE("the empty expression holds") {
  MapEnv env;
  CHECK(Expr{}.holds(env));
  CHECK(Expr{}.empty());
}

TEST_CASE("comparisons read variables from the environment") {
  MapEnv env;
  env.vars["regard"] = 3;
  CHECK(parse_ok("regard >= 3").holds(env));
  CHECK_FALSE(parse_ok("regard > 3").holds(env));
  CHECK(parse_ok("regard == 3").holds(env));
  CHECK(parse_ok("regard != 2").holds(env));
  CHECK(parse_ok("regard < 4").holds(env));
  CHECK_FALSE(parse_ok("regard <= 2").holds(env));
  CHECK(parse_ok("unknown_flag == 0").holds(env));
}

TEST_CASE("and binds tighter than or, not tighter than and") {
  MapEnv env;
  env.vars["a"] = 1;
  CHECK(parse_ok("a or b and c").holds(env));          // a or (b and c)
  CHECK_FALSE(parse_ok("(a or b) and c").holds(env));
  CHECK(parse_ok("not b and a").holds(env));           // (not b) and a
  CHECK_FALSE(parse_ok("not (a and a)").holds(env));
}

TEST_CASE("arithmetic and negative numbers") {
  MapEnv env;
  env.vars["rapport"] = 2;
  CHECK(parse_ok("rapport + 1 == 3").evaluate(env) == 1);
  CHECK(parse_ok("rapport - 5").evaluate(env) == -3);
  CHECK(parse_ok("-rapport").evaluate(env) == -2);
  CHECK(parse_ok("1000000000 + 1000000000 + 1000000000").evaluate(env) == 2147483647);
}

TEST_CASE("calls pass an id, and ids may hold dashes") {
  MapEnv env;
  env.learned["priya-did-a-migration"] = 1;
  CHECK(parse_ok("learned(priya-did-a-migration)").holds(env));
  CHECK_FALSE(parse_ok("learned(someone-else)").holds(env));
  CHECK(parse_ok("true and not false").holds(env));
}

TEST_CASE("references list every name and call with its column") {
  Expr e = parse_ok("regard >= 2 and learned(x-y)");
  auto refs = e.references();
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].name == "regard");
  CHECK_FALSE(refs[0].is_call);
  CHECK(refs[0].column == 1);
  CHECK(refs[1].is_call);
  CHECK(refs[1].name == "learned");
  CHECK(refs[1].arg == "x-y");
  CHECK(refs[1].column == 17);
}

TEST_CASE("mistakes are reported with a column and a sentence") {
  CHECK(parse_error("regard >=").second == 10);
  CHECK(parse_error("(regard > 1").first.find("')'") != std::string::npos);
  CHECK(parse_error("regard = 3").first.find("'=='") != std::string::npos);
  CHECK(parse_error("regard = 3").second == 8);
  CHECK(parse_error("regard > 1 )").second == 12);
  CHECK(parse_error("learned()").first.find("one id") != std::string::npos);
  CHECK(parse_error("and x").first.find("needs a value") != std::string::npos);
  CHECK(parse_error("").second == 1);
  CHECK(parse_error("99999999999").first.find("too large") != std::string::npos);
}

TEST_CASE("pathological input is refused, not followed") {
  CHECK(parse_error(std::string(500, '(') + "1" + std::string(500, ')')).first.find("nested") !=
        std::string::npos);
  std::string chain = "1";
  for (int i = 0; i < 5000; ++i) chain += " + 1";
  CHECK(parse_error(chain).first.find("too long") != std::string::npos);
  std::string nots;
  for (int i = 0; i < 1000; ++i) nots += "not ";
  CHECK(parse_error(nots + "x").first.find("nested") != std::string::npos);
}
