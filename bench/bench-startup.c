/* bench-startup.c — exec → first frame, and memory, against a minimal window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-startup CALIBRD MINIMAL_WINDOW [RUNS]
 *
 * Runs the real calibrd, with the shared large database as its data
 * (XDG_DATA_HOME), and bench/minimal-window (an AdwApplicationWindow with
 * a header bar and a label) in turns, under the display this runs in
 * (tests/headless.sh: Xvfb, the cairo renderer, a private D-Bus session).
 * Each child is started with CALIBRD_BENCH_FIRST_FRAME set, so it prints
 * "first-frame <monotonic µs>" to stderr when its window's frame clock
 * has painted the first frame (the hook in cal-window.c); the monotonic
 * clock is shared by every process, so that time minus the time before
 * the spawn is exec → first frame. Two seconds later its resident memory
 * is read from /proc, and it is stopped.
 *
 * Calibrd runs with its default settings (it opens on the Jobs section),
 * and once more reopening on the Stories section (10,000 stories), which
 * shows what the first section costs, and on an empty database, which
 * shows what the window itself costs.
 *
 * Targets: Calibrd's median ≤ 1.5 × the minimal window's; RSS ≤ 60 MB.
 */

#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <gio/gio.h>

#include "cal-bench.h"
#include "cal-bench-db.h"

typedef struct
{
  double first_frame_ms;
  double rss_mb;
} Run;

/* @section: NULL for the default settings (Calibrd opens on Jobs), or the
 * section to reopen, written where GSettings' keyfile backend reads it. */
static Run
run_once (const char *program,
          const char *data_home,
          const char *config_home,
          const char *section)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;
  gint64 frame = 0;
  Run run = { -1, -1 };

  g_subprocess_launcher_setenv (launcher, "CALIBRD_BENCH_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config_home, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSK_RENDERER", "cairo", FALSE);
  g_subprocess_launcher_setenv (launcher, "GDK_DEBUG", "gl-disable", FALSE);
  if (section != NULL)
    {
      g_autofree char *dir = g_build_filename (config_home, "glib-2.0", "settings", NULL);
      g_autofree char *keyfile = g_build_filename (dir, "keyfile", NULL);
      g_autofree char *contents = g_strdup_printf ("[com/calibrd/App]\nlast-section='%s'\n", section);

      if (g_mkdir_with_parents (dir, 0700) != 0 || !g_file_set_contents (keyfile, contents, -1, &error))
        g_error ("cannot write %s", keyfile);
      g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
    }

  start = cal_bench_now ();
  child = g_subprocess_launcher_spawn (launcher, &error, program, NULL);
  if (child == NULL)
    g_error ("%s: %s", program, error->message);

  lines = g_data_input_stream_new (g_subprocess_get_stderr_pipe (child));
  while (frame == 0)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (lines, NULL, NULL, &error);

      if (line == NULL)
        g_error ("%s ended before its first frame%s%s", program,
                 error != NULL ? ": " : "", error != NULL ? error->message : "");
      if (g_str_has_prefix (line, "first-frame "))
        frame = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
      else
        g_printerr ("%s: %s\n", program, line);
    }
  run.first_frame_ms = (frame - start) / 1000.0;

  /* Memory once start-up work deferred to idle time has run too. */
  g_usleep (2 * G_USEC_PER_SEC);
  run.rss_mb = cal_bench_rss_mb (atoi (g_subprocess_get_identifier (child)));

  g_subprocess_send_signal (child, SIGTERM);
  if (!g_subprocess_wait (child, NULL, &error))
    g_error ("%s: %s", program, error->message);
  return run;
}

int
main (int   argc,
      char *argv[])
{
  const char *data_home;
  g_autofree char *config_home = NULL;
  g_autoptr(CalBenchSamples) app_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) app_rss = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) stories_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) stories_rss = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) empty_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) empty_rss = cal_bench_samples_new ();
  g_autofree char *empty_home = NULL;
  g_autoptr(CalBenchSamples) minimal_ms = cal_bench_samples_new ();
  g_autoptr(CalBenchSamples) minimal_rss = cal_bench_samples_new ();
  g_autoptr(GError) error = NULL;
  guint runs;

  if (argc < 3)
    {
      g_printerr ("usage: bench-startup CALIBRD MINIMAL_WINDOW [RUNS]\n");
      return 2;
    }
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    g_error ("no display: run it under tests/headless.sh");
  runs = argc > 3 ? (guint) atoi (argv[3]) : 11;

  data_home = cal_bench_db_get_data_home ();
  config_home = g_dir_make_tmp ("calibrd-bench-config-XXXXXX", &error);
  if (config_home == NULL)
    g_error ("%s", error->message);
  /* A new user's empty database: what the window itself costs. */
  empty_home = g_dir_make_tmp ("calibrd-bench-empty-XXXXXX", &error);
  if (empty_home == NULL)
    g_error ("%s", error->message);

  /* One run of each first, not counted: it fills the page cache, as for
   * any start after the first of the day. Then the two in turns, so that
   * a burst of load from elsewhere hits both alike. */
  run_once (argv[1], data_home, config_home, NULL);
  run_once (argv[2], data_home, config_home, NULL);
  for (guint i = 0; i < runs; i++)
    {
      Run app = run_once (argv[1], data_home, config_home, NULL);
      Run stories = run_once (argv[1], data_home, config_home, "stories");
      Run empty = run_once (argv[1], empty_home, config_home, NULL);
      Run minimal = run_once (argv[2], data_home, config_home, NULL);

      cal_bench_samples_add (stories_ms, stories.first_frame_ms);
      cal_bench_samples_add (stories_rss, stories.rss_mb);
      cal_bench_samples_add (empty_ms, empty.first_frame_ms);
      cal_bench_samples_add (empty_rss, empty.rss_mb);
      cal_bench_samples_add (app_ms, app.first_frame_ms);
      cal_bench_samples_add (app_rss, app.rss_mb);
      cal_bench_samples_add (minimal_ms, minimal.first_frame_ms);
      cal_bench_samples_add (minimal_rss, minimal.rss_mb);
    }

  cal_bench_note ("start-up", "%u runs each, in turns, under %s with GSK_RENDERER=%s; "
                  "calibrd on %u stories, %u jobs, %u practices, %u plans",
                  runs, g_getenv ("DISPLAY"), g_getenv ("GSK_RENDERER") != NULL ? g_getenv ("GSK_RENDERER") : "cairo",
                  CAL_BENCH_DB_STORIES, CAL_BENCH_DB_JOBS, CAL_BENCH_DB_PRACTICES, CAL_BENCH_DB_PLANS);
  cal_bench_row ("start-up", "calibrd: exec to first frame", app_ms, "ms", NULL);
  cal_bench_row ("start-up", "calibrd reopening on Stories: first frame", stories_ms, "ms", NULL);
  cal_bench_row ("start-up", "calibrd, empty database: first frame", empty_ms, "ms", NULL);
  cal_bench_row ("start-up", "minimal window: exec to first frame", minimal_ms, "ms", NULL);
  cal_bench_value ("start-up", "ratio of medians, calibrd / minimal",
                   cal_bench_samples_median (app_ms) / cal_bench_samples_median (minimal_ms), "x", "<= 1.5");
  cal_bench_value ("start-up", "ratio of p95s, calibrd / minimal",
                   cal_bench_samples_p95 (app_ms) / cal_bench_samples_p95 (minimal_ms), "x", NULL);
  cal_bench_row ("start-up", "calibrd: RSS 2 s after the first frame", app_rss, "MB", "<= 60");
  cal_bench_row ("start-up", "calibrd reopening on Stories: RSS", stories_rss, "MB", NULL);
  cal_bench_row ("start-up", "calibrd, empty database: RSS", empty_rss, "MB", NULL);
  cal_bench_row ("start-up", "minimal window: RSS 2 s after first frame", minimal_rss, "MB", NULL);

  cal_bench_rm_rf (config_home);
  cal_bench_rm_rf (empty_home);
  cal_bench_db_cleanup ();
  return 0;
}
