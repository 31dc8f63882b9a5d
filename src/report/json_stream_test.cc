#include "report/json_stream.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace factlint {
namespace {

std::string DumpWhole(const OrderedJson& j) {
  return j.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

// Writes `skeleton` with `elements` streamed where its placeholder stands,
// and the same document built whole, for comparison.
struct Both {
  std::string streamed;
  std::string whole;
};

Both Write(const std::vector<OrderedJson>& elements,
           const std::function<OrderedJson(OrderedJson array)>& skeleton) {
  std::ostringstream out;
  WriteStreamedJson(skeleton(StreamedArrayPlaceholder()), elements.size(),
                    [&](size_t i) { return elements[i]; }, out);
  OrderedJson array = OrderedJson::array();
  for (const OrderedJson& e : elements) array.push_back(e);
  return {out.str(), DumpWhole(skeleton(array))};
}

std::vector<OrderedJson> Elements() {
  OrderedJson a;
  a["rule"] = "fact-conflict";
  a["message"] = "525 家, but\n524 \"elsewhere\"";  // a line end inside a string
  a["location"] = {{"path", "a.md"}, {"line", 12}};
  a["notes"] = OrderedJson::array();
  a["fixes"] = OrderedJson::array({{{"replacement", "524"}}});
  OrderedJson b;
  b["rule"] = "fact-share";
  b["message"] = std::string("invalid \xff byte");
  b["empty"] = OrderedJson::object();
  b["none"] = nullptr;
  return {a, b, OrderedJson(3), OrderedJson::array({1, 2})};
}

TEST(JsonStreamTest, SameBytesAsTheWholeDocumentAtTheTop) {
  auto top = [](OrderedJson array) {
    OrderedJson doc;
    doc["version"] = 1;
    doc["diagnostics"] = std::move(array);
    doc["summary"] = {{"errors", 1}, {"warnings", 0}};
    return doc;
  };
  Both one = Write(Elements(), top);
  EXPECT_EQ(one.streamed, one.whole);
  Both single = Write({Elements()[0]}, top);
  EXPECT_EQ(single.streamed, single.whole);
}

TEST(JsonStreamTest, SameBytesWhenTheArrayIsNestedDeep) {
  auto sarif_like = [](OrderedJson array) {
    OrderedJson run;
    run["tool"] = {{"driver", {{"name", "factlint"}}}};
    run["results"] = std::move(array);
    OrderedJson doc;
    doc["version"] = "2.1.0";
    doc["runs"] = OrderedJson::array({std::move(run)});
    return doc;
  };
  Both both = Write(Elements(), sarif_like);
  EXPECT_EQ(both.streamed, both.whole);
  EXPECT_NE(both.streamed.find("\n          \"rule\": \"fact-conflict\""), std::string::npos)
      << both.streamed;
}

TEST(JsonStreamTest, AnEmptyArrayIsWrittenAsTheWholeDocumentWritesIt) {
  auto last = [](OrderedJson array) {
    OrderedJson doc;
    doc["results"] = std::move(array);
    return doc;
  };
  Both both = Write({}, last);
  EXPECT_EQ(both.streamed, both.whole);
  EXPECT_EQ(both.streamed, "{\n  \"results\": []\n}\n");
}

TEST(JsonStreamTest, MakesEachElementOnlyWhenItIsWritten) {
  OrderedJson doc;
  doc["list"] = StreamedArrayPlaceholder();
  std::ostringstream out;
  std::vector<size_t> asked;
  WriteStreamedJson(doc, 3, [&](size_t i) {
    asked.push_back(i);
    // The elements before this one are already written.
    if (i > 0) {
      EXPECT_NE(out.str().find("\n    " + std::to_string(i - 1)), std::string::npos);
    }
    return OrderedJson(i);
  }, out);
  EXPECT_EQ(asked, (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(out.str(), "{\n  \"list\": [\n    0,\n    1,\n    2\n  ]\n}\n");
}

}  // namespace
}  // namespace factlint
