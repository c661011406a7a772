/* crash-writer.c — a helper process for the store's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   crash-writer --autosave DB LOG INTERVAL_MS
 *       Edits one story and one job every few milliseconds through
 *       CalAutosave until it is killed. Before each edit it appends
 *       "N MONOTONIC_USEC" to LOG (write(2), so a SIGKILL loses nothing
 *       that was logged), where N is the number the edit writes.
 *   crash-writer --hold-lock DB MSEC
 *       Takes the database's write lock, prints "locked", holds it.
 */

#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cal-autosave.h"
#include "cal-store.h"

typedef struct
{
  CalStory *story;
  CalJob   *job;
  int       log_fd;
  guint64   counter;
} Writer;

static gboolean
edit_once (gpointer user_data)
{
  Writer *w = user_data;
  g_autofree char *line = NULL;
  g_autofree char *text = NULL;

  w->counter++;
  line = g_strdup_printf ("%" G_GUINT64_FORMAT " %" G_GINT64_FORMAT "\n", w->counter, g_get_monotonic_time ());
  if (write (w->log_fd, line, strlen (line)) != (gssize) strlen (line))
    g_error ("Cannot write the log");

  text = g_strdup_printf ("edit %" G_GUINT64_FORMAT, w->counter);
  cal_story_set_action (w->story, text);
  cal_job_set_title (w->job, text);

  return G_SOURCE_CONTINUE;
}

static int
run_autosave (const char *db_path,
              const char *log_path,
              guint       interval)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (db_path, &error);
  g_autoptr(CalAutosave) autosave = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GListModel) stories = NULL;
  g_autoptr(GListModel) jobs = NULL;
  Writer w = { 0 };

  if (store == NULL)
    g_error ("%s", error->message);

  /* A second run continues the same story and job. */
  stories = cal_store_list_stories (store, &error);
  jobs = cal_store_list_jobs (store, &error);
  if (g_list_model_get_n_items (stories) > 0)
    {
      g_autoptr(CalStory) summary = g_list_model_get_item (stories, 0);

      w.story = cal_store_get_story (store, cal_story_get_id (summary), &error);
      w.job = g_list_model_get_item (jobs, 0);
      w.counter = g_ascii_strtoull (cal_story_get_action (w.story) + strlen ("edit "), NULL, 10);
    }
  else
    {
      w.story = cal_story_new ();
      cal_story_set_title (w.story, "Crash test");
      w.job = cal_job_new ();
      cal_job_set_company (w.job, "Crash test");
    }

  w.log_fd = g_open (log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (w.log_fd < 0)
    g_error ("Cannot open %s", log_path);

  autosave = cal_autosave_new (store, NULL);
  cal_autosave_set_interval (autosave, interval);
  cal_autosave_watch (autosave, w.story);
  cal_autosave_watch (autosave, w.job);

  g_timeout_add (3, edit_once, &w);
  g_main_loop_run (loop);

  return EXIT_FAILURE;
}

static int
run_hold_lock (const char *db_path,
               guint       msec)
{
  sqlite3 *db = NULL;

  if (sqlite3_open (db_path, &db) != SQLITE_OK ||
      sqlite3_exec (db, "BEGIN IMMEDIATE; INSERT INTO tags (name) VALUES ('held');", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_printerr ("crash-writer: %s\n", sqlite3_errmsg (db));
      return EXIT_FAILURE;
    }

  g_print ("locked\n");
  fflush (stdout);
  g_usleep ((gulong) msec * 1000);

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return EXIT_SUCCESS;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 5 && g_str_equal (argv[1], "--autosave"))
    return run_autosave (argv[2], argv[3], (guint) atoi (argv[4]));
  if (argc == 4 && g_str_equal (argv[1], "--hold-lock"))
    return run_hold_lock (argv[2], (guint) atoi (argv[3]));

  g_printerr ("usage: crash-writer --autosave DB LOG INTERVAL_MS | --hold-lock DB MSEC\n");
  return 2;
}
