/* test-autosave.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cal-autosave.h"
#include "cal-context.h"
#include "cal-store.h"
#include "cal-store-private.h"

typedef struct
{
  char        *dir;
  char        *path;
  CalStore    *store;
  CalAutosave *autosave;
  guint        n_saved_signals;
  guint        n_saved_objects;
  guint        n_failed;
  GError      *last_error;
} Fixture;

static void
on_saved (CalAutosave *autosave,
          guint        n_objects,
          Fixture     *f)
{
  f->n_saved_signals++;
  f->n_saved_objects += n_objects;
}

static void
on_failed (CalAutosave  *autosave,
           const GError *error,
           Fixture      *f)
{
  f->n_failed++;
  g_clear_error (&f->last_error);
  f->last_error = g_error_copy (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("calibrd-autosave-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "calibrd.db", NULL);
  f->store = cal_store_open (f->path, &error);
  g_assert_no_error (error);
  f->autosave = cal_autosave_new (f->store, NULL);
  cal_autosave_set_interval (f->autosave, 100);
  g_signal_connect (f->autosave, "saved", G_CALLBACK (on_saved), f);
  g_signal_connect (f->autosave, "failed", G_CALLBACK (on_failed), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  /* A write still in flight keeps the autosave alive past this point and
   * reports to its handlers when it lands, during the next test: they must
   * not reach this fixture, which is freed. */
  if (f->autosave != NULL)
    g_signal_handlers_disconnect_by_data (f->autosave, f);
  g_clear_object (&f->autosave);
  g_clear_object (&f->store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_clear_error (&f->last_error);
  g_free (f->path);
  g_free (f->dir);
}

static gboolean
on_deadline (gpointer user_data)
{
  gboolean *expired = user_data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until @counter moves past @from. */
static void
wait_for_change (guint *counter,
                 guint  from)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (10000, on_deadline, &expired);

  while (*counter == from && !expired)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (expired);
  g_source_remove (id);
}

static void
spin (guint msec)
{
  gboolean expired = FALSE;

  g_timeout_add (msec, on_deadline, &expired);
  while (!expired)
    g_main_context_iteration (NULL, TRUE);
}

static gint64
count_rows (CalStore   *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  cal_store_lock (store);
  g_assert_cmpint (sqlite3_prepare_v2 (cal_store_get_connection (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  cal_store_unlock (store);
  return n;
}

static void
test_interval_from_settings (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autoptr(CalContext) context = NULL;
  CalAutosave *autosave;

  g_assert_cmpuint (g_settings_get_uint (settings, "autosave-interval"), ==, 2000);
  context = cal_context_new (f->store, settings);
  g_assert_true (cal_context_get_store (context) == f->store);
  g_assert_true (cal_context_get_settings (context) == settings);

  autosave = cal_context_get_autosave (context);
  g_assert_true (cal_context_get_autosave (context) == autosave);
  g_assert_cmpuint (cal_autosave_get_interval (autosave), ==, 2000);

  g_settings_set_uint (settings, "autosave-interval", 750);
  g_assert_cmpuint (cal_autosave_get_interval (autosave), ==, 750);
}

static void
test_writes_after_interval (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(CalStory) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start;

  cal_autosave_watch (f->autosave, story);
  g_assert_false (cal_autosave_get_pending (f->autosave));

  start = g_get_monotonic_time ();
  cal_story_set_title (story, "Draft");
  g_assert_true (cal_story_get_dirty (story));
  g_assert_true (cal_autosave_get_pending (f->autosave));
  /* Nothing is written while the user types… */
  g_assert_cmpint (cal_story_get_id (story), ==, 0);

  wait_for_change (&f->n_saved_signals, 0);

  /* …and everything once the interval has passed. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 100 * 1000);
  g_assert_cmpint (cal_story_get_id (story), >, 0);
  g_assert_false (cal_story_get_dirty (story));
  g_assert_false (cal_autosave_get_pending (f->autosave));
  stored = cal_store_get_story (f->store, cal_story_get_id (story), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_story_get_title (stored), ==, "Draft");

  /* Unwatched objects are left alone. */
  cal_autosave_unwatch (f->autosave, story);
  cal_story_set_title (story, "Not watched");
  g_assert_false (cal_autosave_get_pending (f->autosave));
}

static gboolean
type_a_letter (gpointer user_data)
{
  CalStory *story = user_data;
  g_autofree char *text = g_strconcat (cal_story_get_action (story), "a", NULL);

  cal_story_set_action (story, text);
  return G_SOURCE_CONTINUE;
}

static void
test_continuous_typing_is_saved (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(CalStory) story = cal_story_new ();
  guint typing;

  cal_autosave_watch (f->autosave, story);
  typing = g_timeout_add (10, type_a_letter, story);
  spin (700);
  g_source_remove (typing);

  /* Edits every 10 ms never leave a pause of 100 ms, yet they were
   * written several times. */
  g_assert_cmpuint (f->n_saved_signals, >=, 3);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM stories"), ==, 1);
}

static void
test_one_transaction (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 20; i++)
    {
      CalStory *story = cal_story_new ();
      CalJob *job = cal_job_new ();

      cal_autosave_watch (f->autosave, story);
      cal_autosave_mark (f->autosave, job);
      cal_story_set_title (story, "Story");
      g_ptr_array_add (objects, story);
      g_ptr_array_add (objects, job);
    }

  wait_for_change (&f->n_saved_signals, 0);
  g_assert_cmpuint (f->n_saved_signals, ==, 1);
  g_assert_cmpuint (f->n_saved_objects, ==, 40);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM stories"), ==, 20);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM jobs"), ==, 20);
  for (guint i = 0; i < objects->len; i++)
    g_assert_cmpint (cal_model_get_id (objects->pdata[i]), >, 0);
}

static void
test_edit_during_write (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(CalStory) stored = NULL;
  g_autoptr(GError) error = NULL;

  cal_autosave_set_interval (f->autosave, 1);
  cal_autosave_watch (f->autosave, story);

  /* Hold the store so the background write blocks half-way. */
  cal_store_lock (f->store);
  cal_story_set_title (story, "First");
  spin (50);
  g_assert_cmpint (cal_story_get_id (story), ==, 0);
  g_assert_false (cal_story_get_dirty (story));   /* handed to the writer */

  /* The user keeps typing while the first insert is under way. */
  cal_story_set_title (story, "Second");
  g_assert_true (cal_story_get_dirty (story));
  cal_store_unlock (f->store);

  g_assert_true (cal_autosave_flush (f->autosave, &error));
  g_assert_no_error (error);

  /* One row, not two, and it holds the latest text. */
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM stories"), ==, 1);
  g_assert_cmpint (cal_story_get_id (story), >, 0);
  g_assert_false (cal_story_get_dirty (story));
  g_assert_false (cal_autosave_get_pending (f->autosave));
  stored = cal_store_get_story (f->store, cal_story_get_id (story), &error);
  g_assert_cmpstr (cal_story_get_title (stored), ==, "Second");

  /* The finished background task changes nothing afterwards. */
  spin (50);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM stories"), ==, 1);
}

static void
test_flush_is_synchronous (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(GError) error = NULL;

  cal_autosave_set_interval (f->autosave, 60000);
  cal_autosave_watch (f->autosave, job);
  cal_job_set_company (job, "Initech");
  g_assert_true (cal_autosave_get_pending (f->autosave));

  g_assert_true (cal_autosave_flush (f->autosave, &error));
  g_assert_no_error (error);
  g_assert_false (cal_autosave_get_pending (f->autosave));
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM jobs WHERE company = 'Initech'"), ==, 1);

  /* Nothing to do is fine too. */
  g_assert_true (cal_autosave_flush (f->autosave, &error));
}

static void
test_failure_keeps_changes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(CalPlanItem) item = cal_plan_item_new ();
  g_autoptr(CalPlan) plan = cal_plan_new ();
  g_autoptr(GError) error = NULL;

  cal_autosave_watch (f->autosave, item);
  /* An item without its plan breaks a rule of the schema. */
  g_test_expect_message ("cal-store", G_LOG_LEVEL_WARNING, "Autosave failed*");
  cal_plan_item_set_title (item, "Meet every engineer");
  wait_for_change (&f->n_failed, 0);
  g_test_assert_expected_messages ();

  g_assert_error (f->last_error, CAL_STORE_ERROR, CAL_STORE_ERROR_INVALID);
  g_assert_cmpint (cal_plan_item_get_id (item), ==, 0);
  g_assert_true (cal_plan_item_get_dirty (item));
  g_assert_true (cal_autosave_get_pending (f->autosave));

  /* No retry storm: nothing happens until the next edit. */
  spin (300);
  g_assert_cmpuint (f->n_failed, ==, 1);

  g_assert_true (cal_store_save_plan (f->store, plan, &error));
  cal_plan_item_set_plan_id (item, cal_plan_get_id (plan));
  wait_for_change (&f->n_saved_signals, 0);
  g_assert_cmpint (cal_plan_item_get_id (item), >, 0);
  g_assert_cmpstr (cal_plan_item_get_title (item), ==, "Meet every engineer");
  g_assert_false (cal_autosave_get_pending (f->autosave));
}

static void
test_holds_application (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GApplication) app = g_application_new ("com.calibrd.AutosaveTest", G_APPLICATION_NON_UNIQUE);
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (g_application_register (app, NULL, &error));
  g_application_set_default (app);

  /* Hold and release must pair up: a release without a hold is a
   * critical, fatal under G_DEBUG=fatal-criticals. */
  cal_autosave_watch (f->autosave, story);
  cal_story_set_title (story, "Held");
  wait_for_change (&f->n_saved_signals, 0);
  cal_story_set_title (story, "Held again");
  wait_for_change (&f->n_saved_signals, 1);
  g_application_hold (app);
  g_application_release (app);

  g_application_set_default (NULL);
}

static void
test_dispose_flushes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CalCv) cv = cal_cv_new ();

  cal_autosave_set_interval (f->autosave, 60000);
  cal_autosave_mark (f->autosave, cv);
  cal_cv_set_text (cv, "Ten years of backend work.");
  g_clear_object (&f->autosave);

  g_assert_cmpint (cal_cv_get_id (cv), >, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM cvs"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/autosave/interval-from-settings", test_interval_from_settings);
  ADD ("/autosave/writes-after-interval", test_writes_after_interval);
  ADD ("/autosave/continuous-typing", test_continuous_typing_is_saved);
  ADD ("/autosave/one-transaction", test_one_transaction);
  ADD ("/autosave/edit-during-write", test_edit_during_write);
  ADD ("/autosave/flush", test_flush_is_synchronous);
  ADD ("/autosave/failure-keeps-changes", test_failure_keeps_changes);
  ADD ("/autosave/holds-application", test_holds_application);
  ADD ("/autosave/dispose-flushes", test_dispose_flushes);

  return g_test_run ();
}
