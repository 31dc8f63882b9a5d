// The progress bar: what it draws, how often, and that it erases itself.
#include "cli/progress_bar.h"

#include <fcntl.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <thread>

namespace factlint {
namespace {

// Everything written to the write end of a pipe so far.
class Pipe {
 public:
  Pipe() {
    EXPECT_EQ(pipe(fds_), 0);
    fcntl(fds_[0], F_SETFL, O_NONBLOCK);
  }
  ~Pipe() {
    close(fds_[0]);
    close(fds_[1]);
  }
  int write_end() const { return fds_[1]; }
  std::string Drain() {
    std::string out;
    char buf[256];
    for (ssize_t n; (n = read(fds_[0], buf, sizeof buf)) > 0;) out.append(buf, n);
    return out;
  }

 private:
  int fds_[2];
};

TEST(ProgressBarTest, LineShowsTheShareDone) {
  EXPECT_EQ(ProgressBar::Line(0, 4), "factlint: [..............................] 0/4 files");
  EXPECT_EQ(ProgressBar::Line(2, 4), "factlint: [###############...............] 2/4 files");
  EXPECT_EQ(ProgressBar::Line(4, 4), "factlint: [##############################] 4/4 files");
  EXPECT_EQ(ProgressBar::Line(0, 0), "factlint: [..............................] 0/0 files");
}

TEST(ProgressBarTest, DrawsAtOnceThenAtMostTenTimesASecondAndErasesItself) {
  Pipe pipe;
  {
    ProgressBar bar(pipe.write_end(), true);
    bar.Update(1, 10);
    EXPECT_EQ(pipe.Drain(), "\r" + ProgressBar::Line(1, 10) + "\x1b[K");
    bar.Update(2, 10);  // too soon: not drawn
    bar.Update(3, 10);
    EXPECT_EQ(pipe.Drain(), "");
    std::this_thread::sleep_for(ProgressBar::kInterval + std::chrono::milliseconds(20));
    bar.Update(4, 10);
    EXPECT_EQ(pipe.Drain(), "\r" + ProgressBar::Line(4, 10) + "\x1b[K");
  }  // destroyed: erased
  EXPECT_EQ(pipe.Drain(), "\r\x1b[K");
}

TEST(ProgressBarTest, AllDoneErasesAtOnce) {
  Pipe pipe;
  ProgressBar bar(pipe.write_end(), true);
  bar.Update(1, 3);
  pipe.Drain();
  bar.Update(3, 3);  // however soon
  EXPECT_EQ(pipe.Drain(), "\r\x1b[K");
  bar.Update(0, 5);  // a second set of files draws again
  EXPECT_EQ(pipe.Drain(), "\r" + ProgressBar::Line(0, 5) + "\x1b[K");
}

TEST(ProgressBarTest, DisabledWritesNothing) {
  Pipe pipe;
  {
    ProgressBar bar(pipe.write_end(), false);
    EXPECT_FALSE(bar.Callback());
    bar.Update(1, 2);
    bar.Finish();
  }
  EXPECT_EQ(pipe.Drain(), "");
}

TEST(ProgressBarTest, NothingDrawnNothingErased) {
  Pipe pipe;
  { ProgressBar bar(pipe.write_end(), true); }
  EXPECT_EQ(pipe.Drain(), "");
}

TEST(ProgressBarTest, NothingBeforeTheDelay) {
  Pipe pipe;
  ProgressBar bar(pipe.write_end(), true, std::chrono::milliseconds(150));
  bar.Update(1, 10);
  EXPECT_EQ(pipe.Drain(), "");
  std::this_thread::sleep_for(std::chrono::milliseconds(170));
  bar.Update(2, 10);
  EXPECT_EQ(pipe.Drain(), "\r" + ProgressBar::Line(2, 10) + "\x1b[K");
}

TEST(ProgressBarTest, NotWantedOnAPipeOrWhenQuiet) {
  Pipe pipe;
  EXPECT_FALSE(ProgressBar::Wanted(pipe.write_end(), false));
  EXPECT_FALSE(ProgressBar::Wanted(pipe.write_end(), true));
}

}  // namespace
}  // namespace factlint
