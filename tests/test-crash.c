/* test-crash.c — a crash loses at most the last autosave interval
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cal-store.h"
#include "cal-store-private.h"

#define INTERVAL_MS 200
/* Room for the write itself (an fsync on a slow disk) after the timer. */
#define SLACK_MS 400

static guint64
stored_counter (const char *text)
{
  g_assert_true (g_str_has_prefix (text, "edit "));
  return g_ascii_strtoull (text + strlen ("edit "), NULL, 10);
}

static void
test_crash_keeps_old_edits (void)
{
  g_autofree char *dir = g_dir_make_tmp ("calibrd-crash-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "calibrd.db", NULL);
  g_autofree char *log_path = g_build_filename (dir, "edits.log", NULL);
  const char *helper = g_test_get_filename (G_TEST_BUILT, "crash-writer", NULL);
  g_autofree char *interval = g_strdup_printf ("%d", INTERVAL_MS);
  const guint run_ms[] = { 1300, 700, 1900 };
  guint64 previous = 0;

  for (guint round = 0; round < G_N_ELEMENTS (run_ms); round++)
    {
      const char *argv[] = { helper, "--autosave", db_path, log_path, interval, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GSubprocess) child = NULL;
      g_autoptr(CalStore) store = NULL;
      g_autoptr(GListModel) stories = NULL;
      g_autoptr(GListModel) jobs = NULL;
      g_autoptr(CalStory) summary = NULL;
      g_autoptr(CalStory) story = NULL;
      g_autoptr(CalJob) job = NULL;
      g_autofree char *log = NULL;
      g_auto(GStrv) lines = NULL;
      guint64 story_counter, job_counter, must_have = 0, last_logged = 0;
      gint64 killed_at;

      child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_usleep (run_ms[round] * 1000);

      killed_at = g_get_monotonic_time ();
      g_subprocess_send_signal (child, SIGKILL);
      g_subprocess_wait (child, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (g_subprocess_get_if_exited (child));

      /* The database is whole… */
      store = cal_store_open (db_path, &error);
      g_assert_no_error (error);
      g_assert_null (cal_store_get_recovered_path (store));
      cal_store_lock (store);
      {
        sqlite3_stmt *stmt = NULL;

        g_assert_cmpint (sqlite3_prepare_v2 (cal_store_get_connection (store), "PRAGMA integrity_check",
                                             -1, &stmt, NULL), ==, SQLITE_OK);
        g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
        g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
        sqlite3_finalize (stmt);
      }
      cal_store_unlock (store);

      stories = cal_store_list_stories (store, &error);
      jobs = cal_store_list_jobs (store, &error);
      g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
      summary = g_list_model_get_item (stories, 0);
      story = cal_store_get_story (store, cal_story_get_id (summary), &error);
      job = g_list_model_get_item (jobs, 0);

      story_counter = stored_counter (cal_story_get_action (story));
      job_counter = stored_counter (cal_job_get_title (job));

      /* …both objects were written in the same transaction… */
      g_assert_cmpuint (story_counter, ==, job_counter);

      /* …and every edit older than the interval (plus the write) is in. */
      g_assert_true (g_file_get_contents (log_path, &log, NULL, &error));
      lines = g_strsplit (log, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          guint64 n;
          gint64 at;

          if (sscanf (lines[i], "%" G_GUINT64_FORMAT " %" G_GINT64_FORMAT, &n, &at) != 2)
            continue;
          last_logged = MAX (last_logged, n);
          if (at < killed_at - (INTERVAL_MS + SLACK_MS) * 1000)
            must_have = MAX (must_have, n);
        }

      g_test_message ("round %u: %" G_GUINT64_FORMAT " edits logged, %" G_GUINT64_FORMAT
                      " stored, %" G_GUINT64_FORMAT " required",
                      round, last_logged, story_counter, must_have);
      g_assert_cmpuint (must_have, >, previous);
      g_assert_cmpuint (story_counter, >=, must_have);
      g_assert_cmpuint (story_counter, <=, last_logged);
      previous = story_counter;
    }

  g_unlink (log_path);
  for (guint i = 0; i < 3; i++)
    {
      const char *suffix[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (db_path, suffix[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash/keeps-old-edits", test_crash_keeps_old_edits);

  return g_test_run ();
}
