/* test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <linux/fs.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cal-store.h"
#include "cal-store-migrations.h"
#include "cal-store-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("calibrd-store-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->path = g_build_filename (f->dir, "calibrd.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static gint64
raw_count (sqlite3    *db,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static CalStory *
make_story (const char *title,
            const char *action)
{
  CalStory *story = cal_story_new ();
  const char *tags[] = { "conflict", "leadership", NULL };

  cal_story_set_title (story, title);
  cal_story_set_situation (story, "Our checkout service fell over every Friday.");
  cal_story_set_task (story, "I had to make releases safe again.");
  cal_story_set_action (story, action);
  cal_story_set_result (story, "Incidents dropped by 80% within a quarter.");
  cal_story_set_target_level (story, "senior");
  cal_story_set_track (story, "backend-engineer");
  cal_story_set_tags (story, tags);
  return story;
}

/* ------------------------------------------------------------------ */

static void
test_open_creates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *nested_dir = g_build_filename (f->dir, "data", "calibrd", NULL);
  g_autofree char *nested = g_build_filename (nested_dir, "calibrd.db", NULL);
  g_autoptr(CalStore) store = cal_store_open (nested, &error);
  g_autofree char *recordings = NULL;
  struct stat st;
  sqlite3 *db;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_null (cal_store_get_recovered_path (store));
  g_assert_cmpstr (cal_store_get_path (store), ==, nested);

  g_assert_cmpint (g_stat (nested_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  recordings = cal_store_dup_recordings_dir (store);
  g_assert_true (g_str_has_prefix (recordings, nested_dir));

  cal_store_lock (store);
  db = cal_store_get_connection (store);
  g_assert_cmpint (raw_count (db, "PRAGMA user_version"), ==, cal_store_get_schema_version ());
  g_assert_cmpint (raw_count (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (raw_count (db, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);
  cal_store_unlock (store);
}

static void
test_migrations_from_every_version (Fixture       *f,
                                    gconstpointer  data)
{
  int latest = cal_store_migrations_get_latest ();

  g_assert_cmpint (latest, >=, 2);

  for (int from = 0; from < latest; from++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CalStore) store = NULL;
      g_autoptr(CalJob) job = NULL;
      g_autoptr(GListModel) found = NULL;
      g_autofree char *path = g_strdup_printf ("%s/v%d.db", f->dir, from);
      sqlite3 *db = raw_open (path);

      g_assert_true (cal_store_migrations_apply (db, from, &error));
      g_assert_no_error (error);
      g_assert_cmpint (raw_count (db, "PRAGMA user_version"), ==, from);

      /* Data written by an older version must survive the upgrade. */
      if (from >= 1)
        g_assert_cmpint (sqlite3_exec (db, "INSERT INTO jobs (id, company, title, source_text) "
                                           "VALUES (7, 'Acme', 'Staff Engineer', 'Own the billing platform')",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      if (from >= 2)
        g_assert_cmpint (sqlite3_exec (db, "INSERT INTO stories (id, title, action) "
                                           "VALUES (3, 'Billing migration', 'I planned a zero-downtime cutover')",
                                       NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      store = cal_store_open (path, &error);
      g_assert_no_error (error);

      cal_store_lock (store);
      g_assert_cmpint (raw_count (cal_store_get_connection (store), "PRAGMA user_version"), ==, latest);
      g_assert_cmpint (raw_count (cal_store_get_connection (store),
                                  "SELECT count(*) FROM sqlite_master WHERE name IN "
                                  "('jobs', 'processes', 'process_events', 'offers', 'rounds', 'stories', "
                                  "'tags', 'story_tags', 'questions', 'story_questions', 'practices', "
                                  "'plans', 'plan_items', 'cvs', 'stories_fts', 'jobs_fts')"),
                       ==, 16);
      cal_store_unlock (store);

      if (from >= 1)
        {
          job = cal_store_get_job (store, 7, &error);
          g_assert_no_error (error);
          g_assert_cmpstr (cal_job_get_company (job), ==, "Acme");

          found = cal_store_search_jobs (store, "billing", 10, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
          g_clear_object (&found);
        }
      if (from >= 2)
        {
          found = cal_store_search_stories (store, "cutover", 10, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
        }
    }
}

/* Every stored property of a model, compared one by one. */
static void
assert_same_properties (gpointer a,
                        gpointer b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *sa = NULL;
      g_autofree char *sb = NULL;

      if (g_str_equal (pspecs[i]->name, "dirty"))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      sa = g_strdup_value_contents (&va);
      sb = g_strdup_value_contents (&vb);
      if (g_strcmp0 (sa, sb) != 0)
        g_error ("%s:%s differs: %s vs %s", G_OBJECT_TYPE_NAME (a), pspecs[i]->name, sa, sb);
    }
}

/* Sets every content property to a value derived from @seed, leaving
 * references (…-id) and bookkeeping alone. */
static void
fill_object (gpointer    object,
             const char *seed)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  for (guint i = 0; i < n; i++)
    {
      const char *name = pspecs[i]->name;

      if (pspecs[i]->value_type == G_TYPE_STRING)
        {
          g_autofree char *value = g_strdup_printf ("%s “%s” ✓", name, seed);

          if (g_str_equal (name, "source"))
            g_object_set (object, name, CAL_IS_QUESTION (object) ? "predicted" : value, NULL);
          else if (g_str_equal (name, "phase"))
            g_object_set (object, name, "diagnose", NULL);
          else
            g_object_set (object, name, value, NULL);
        }
      else if (pspecs[i]->value_type == G_TYPE_INT)
        g_object_set (object, name, g_str_equal (name, "priority") ? 3 : 4, NULL);
      else if (pspecs[i]->value_type == G_TYPE_DOUBLE)
        g_object_set (object, name, 1234.5, NULL);
    }
}

typedef gboolean   (*SaveFunc)   (CalStore *, gpointer, GError **);
typedef gpointer   (*GetFunc)    (CalStore *, gint64, GError **);
typedef gboolean   (*DeleteFunc) (CalStore *, gint64, GError **);

static void
check_crud (CalStore   *store,
            gpointer    object,
            SaveFunc    save,
            GetFunc     get,
            DeleteFunc  delete)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) loaded = NULL;
  g_autoptr(GObject) again = NULL;
  gint64 id;

  fill_object (object, "first");
  g_assert_true (cal_model_get_dirty (object));
  g_assert_true (save (store, object, &error));
  g_assert_no_error (error);
  id = cal_model_get_id (object);
  g_assert_cmpint (id, >, 0);
  g_assert_false (cal_model_get_dirty (object));

  loaded = get (store, id, &error);
  g_assert_no_error (error);
  g_assert_false (cal_model_get_dirty (loaded));
  assert_same_properties (object, loaded);

  /* Update in place keeps the id. */
  fill_object (loaded, "second");
  g_assert_true (cal_model_get_dirty (loaded));
  g_assert_true (save (store, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cal_model_get_id (loaded), ==, id);
  again = get (store, id, &error);
  g_assert_no_error (error);
  assert_same_properties (loaded, again);

  g_assert_true (delete (store, id, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = get (store, id, &error);
  g_assert_null (again);
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (delete (store, id, &error));
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_NOT_FOUND);
}

static void
test_crud_every_entity (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(CalProcess) process = cal_process_new ();
  g_autoptr(CalPlan) plan = cal_plan_new ();
  g_autoptr(CalOffer) offer = cal_offer_new ();
  g_autoptr(CalRound) round = cal_round_new ();
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(CalQuestion) question = cal_question_new ();
  g_autoptr(CalPractice) practice = cal_practice_new ();
  g_autoptr(CalPlanItem) item = cal_plan_item_new ();
  g_autoptr(CalCv) cv = cal_cv_new ();

  g_assert_no_error (error);

  check_crud (store, job, (SaveFunc) cal_store_save_job, (GetFunc) cal_store_get_job,
              cal_store_delete_job);

  /* Parents for the rows that refer to them. */
  cal_job_set_id (job, 0);
  g_assert_true (cal_store_save_job (store, job, &error));
  cal_process_set_job_id (process, cal_job_get_id (job));
  g_assert_true (cal_store_save_process (store, process, &error));
  cal_plan_set_job_id (plan, cal_job_get_id (job));
  g_assert_true (cal_store_save_plan (store, plan, &error));
  g_assert_no_error (error);

  check_crud (store, process, (SaveFunc) cal_store_save_process, (GetFunc) cal_store_get_process,
              cal_store_delete_process);
  cal_process_set_id (process, 0);
  g_assert_true (cal_store_save_process (store, process, &error));

  cal_offer_set_process_id (offer, cal_process_get_id (process));
  check_crud (store, offer, (SaveFunc) cal_store_save_offer, (GetFunc) cal_store_get_offer,
              cal_store_delete_offer);
  cal_round_set_process_id (round, cal_process_get_id (process));
  cal_round_set_job_id (round, cal_job_get_id (job));
  check_crud (store, round, (SaveFunc) cal_store_save_round, (GetFunc) cal_store_get_round,
              cal_store_delete_round);
  check_crud (store, story, (SaveFunc) cal_store_save_story, (GetFunc) cal_store_get_story,
              cal_store_delete_story);
  cal_question_set_job_id (question, cal_job_get_id (job));
  check_crud (store, question, (SaveFunc) cal_store_save_question, (GetFunc) cal_store_get_question,
              cal_store_delete_question);
  cal_practice_set_job_id (practice, cal_job_get_id (job));
  check_crud (store, practice, (SaveFunc) cal_store_save_practice, (GetFunc) cal_store_get_practice,
              cal_store_delete_practice);
  /* The newest practice alone: none, then the one saved last. */
  {
    g_autoptr(CalPractice) none = cal_store_get_last_practice (store, &error);
    g_autoptr(CalPractice) older = cal_practice_new ();
    g_autoptr(CalPractice) last = NULL;

    g_assert_no_error (error);
    g_assert_null (none);
    cal_practice_set_job_id (older, cal_job_get_id (job));
    g_assert_true (cal_store_save_practice (store, older, &error));
    cal_practice_set_id (practice, 0);
    g_assert_true (cal_store_save_practice (store, practice, &error));
    last = cal_store_get_last_practice (store, &error);
    g_assert_no_error (error);
    g_assert_nonnull (last);
    g_assert_cmpint (cal_practice_get_id (last), ==, cal_practice_get_id (practice));
    g_assert_true (cal_store_delete_practice (store, cal_practice_get_id (practice), &error));
    g_assert_true (cal_store_delete_practice (store, cal_practice_get_id (older), &error));
  }
  check_crud (store, plan, (SaveFunc) cal_store_save_plan, (GetFunc) cal_store_get_plan,
              cal_store_delete_plan);
  cal_plan_set_id (plan, 0);
  g_assert_true (cal_store_save_plan (store, plan, &error));
  cal_plan_item_set_plan_id (item, cal_plan_get_id (plan));
  check_crud (store, item, (SaveFunc) cal_store_save_plan_item, (GetFunc) cal_store_get_plan_item,
              cal_store_delete_plan_item);
  check_crud (store, cv, (SaveFunc) cal_store_save_cv, (GetFunc) cal_store_get_cv,
              cal_store_delete_cv);
}

static void
test_lists_and_links (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(CalProcess) process = cal_process_new ();
  g_autoptr(CalPlan) plan = cal_plan_new ();
  g_autoptr(CalStory) story = make_story ("Release train", "I set up canaries.");
  g_autoptr(CalQuestion) question = cal_question_new ();
  g_autoptr(CalQuestion) bank = cal_question_new ();
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CalRound) first = NULL;
  g_autoptr(CalPlanItem) head = NULL;
  g_auto(GStrv) tags = NULL;
  const char *phases[] = { "act", "learn", "diagnose" };

  g_assert_no_error (error);
  cal_job_set_company (job, "Acme");
  g_assert_true (cal_store_save_job (store, job, &error));
  cal_process_set_job_id (process, cal_job_get_id (job));
  g_assert_true (cal_store_save_process (store, process, &error));

  for (int i = 2; i >= 0; i--)
    {
      g_autoptr(CalRound) round = cal_round_new ();
      g_autofree char *title = g_strdup_printf ("Round %d", i);

      cal_round_set_process_id (round, cal_process_get_id (process));
      cal_round_set_position (round, i);
      cal_round_set_title (round, title);
      g_assert_true (cal_store_save_round (store, round, &error));
    }
  list = cal_store_list_rounds (store, cal_process_get_id (process), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpstr (cal_round_get_title (first), ==, "Round 0");
  g_clear_object (&list);

  cal_plan_set_job_id (plan, cal_job_get_id (job));
  g_assert_true (cal_store_save_plan (store, plan, &error));
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autoptr(CalPlanItem) item = cal_plan_item_new ();

      cal_plan_item_set_plan_id (item, cal_plan_get_id (plan));
      cal_plan_item_set_phase (item, phases[i]);
      cal_plan_item_set_title (item, phases[i]);
      g_assert_true (cal_store_save_plan_item (store, item, &error));
    }
  list = cal_store_list_plan_items (store, cal_plan_get_id (plan), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  head = g_list_model_get_item (list, 0);
  g_assert_cmpstr (cal_plan_item_get_phase (head), ==, "learn");
  g_clear_object (&list);

  /* The list of plans counts every plan's items in one query. */
  {
    g_autoptr(GHashTable) counts = cal_store_count_plan_items (store, &error);
    gint64 plan_id = cal_plan_get_id (plan);
    gint64 other_id = plan_id + 1000;

    g_assert_no_error (error);
    g_assert_nonnull (counts);
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &plan_id)), ==, 3);
    g_assert_null (g_hash_table_lookup (counts, &other_id));
  }

  /* The schema refuses a phase it does not know. */
  {
    g_autoptr(CalPlanItem) bad = cal_plan_item_new ();

    cal_plan_item_set_plan_id (bad, cal_plan_get_id (plan));
    cal_plan_item_set_phase (bad, "someday");
    g_assert_false (cal_store_save_plan_item (store, bad, &error));
    g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_INVALID);
    g_assert_cmpint (cal_plan_item_get_id (bad), ==, 0);
    g_assert_true (cal_plan_item_get_dirty (bad));
    g_clear_error (&error);
  }

  g_assert_true (cal_store_save_story (store, story, &error));
  cal_question_set_text (question, "Tell me about a time you improved reliability.");
  cal_question_set_source (question, "predicted");
  cal_question_set_job_id (question, cal_job_get_id (job));
  g_assert_true (cal_store_save_question (store, question, &error));
  cal_question_set_text (bank, "Why this company?");
  cal_question_set_source (bank, "bank");
  g_assert_true (cal_store_save_question (store, bank, &error));
  g_assert_no_error (error);

  list = cal_store_list_questions (store, 0, "bank", &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = cal_store_list_questions (store, cal_job_get_id (job), NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  g_assert_true (cal_store_link_story_question (store, cal_story_get_id (story), cal_question_get_id (question), &error));
  g_assert_true (cal_store_link_story_question (store, cal_story_get_id (story), cal_question_get_id (question), &error));
  list = cal_store_list_stories_for_question (store, cal_question_get_id (question), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = cal_store_list_questions_for_story (store, cal_story_get_id (story), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  g_assert_true (cal_store_unlink_story_question (store, cal_story_get_id (story), cal_question_get_id (question), &error));
  list = cal_store_list_questions_for_story (store, cal_story_get_id (story), &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  tags = cal_store_list_tags (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (tags, ((const char *[]) { "conflict", "leadership", NULL }));

  /* Deleting the job takes its process, rounds and predicted questions
   * with it; the plan stays, without its job. */
  g_assert_true (cal_store_delete_job (store, cal_job_get_id (job), &error));
  list = cal_store_list_processes (store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  list = cal_store_list_rounds (store, 0, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);
  list = cal_store_list_questions (store, 0, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);
  list = cal_store_list_plans (store, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&head);
  {
    g_autoptr(CalPlan) kept = g_list_model_get_item (list, 0);

    g_assert_cmpint (cal_plan_get_job_id (kept), ==, 0);
  }
}

static void
test_process_events (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalProcess) process = cal_process_new ();
  g_autoptr(GListModel) events = NULL;
  g_autoptr(CalProcessEvent) last = NULL;

  g_assert_no_error (error);

  cal_process_set_stage (process, "applied");
  g_assert_true (cal_store_save_process (store, process, &error));
  cal_process_set_notes (process, "Sent a thank-you note.");
  g_assert_true (cal_store_save_process (store, process, &error));
  cal_process_set_stage (process, "onsite");
  g_assert_true (cal_store_save_process (store, process, &error));
  g_assert_no_error (error);

  events = cal_store_list_process_events (store, cal_process_get_id (process), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 2);
  last = g_list_model_get_item (events, 1);
  g_assert_cmpstr (cal_process_event_get_from_stage (last), ==, "applied");
  g_assert_cmpstr (cal_process_event_get_to_stage (last), ==, "onsite");
  g_assert_cmpint (cal_process_event_get_created (last), >, 0);
}

static void
test_story_summaries (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalStory) story = make_story ("Checkout outage", "I introduced feature flags.");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CalStory) summary = NULL;
  g_autoptr(CalStory) full = NULL;

  g_assert_no_error (error);
  g_assert_true (cal_story_get_body_loaded (story));
  g_assert_true (cal_store_save_story (store, story, &error));

  list = cal_store_list_stories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  summary = g_list_model_get_item (list, 0);
  g_assert_false (cal_story_get_body_loaded (summary));
  g_assert_false (cal_story_get_dirty (summary));
  g_assert_cmpstr (cal_story_get_title (summary), ==, "Checkout outage");
  g_assert_cmpstr (cal_story_get_target_level (summary), ==, "senior");
  g_assert_cmpstr (cal_story_get_action (summary), ==, "");
  g_assert_cmpstrv (cal_story_get_tags (summary), ((const char *[]) { "conflict", "leadership", NULL }));

  /* Renaming a summary keeps the STAR text that it never loaded. */
  cal_story_set_title (summary, "Checkout outages");
  g_assert_true (cal_store_save_story (store, summary, &error));
  full = cal_store_get_story (store, cal_story_get_id (story), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_story_get_title (full), ==, "Checkout outages");
  g_assert_cmpstr (cal_story_get_action (full), ==, "I introduced feature flags.");

  /* Loading the body in place leaves the object clean and complete. */
  g_assert_true (cal_store_load_story_body (store, summary, &error));
  g_assert_true (cal_story_get_body_loaded (summary));
  g_assert_false (cal_story_get_dirty (summary));
  g_assert_cmpstr (cal_story_get_action (summary), ==, "I introduced feature flags.");
}

static guint
count_hits (CalStore   *store,
            const char *query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) hits = cal_store_search_stories (store, query, 50, &error);
  g_autoptr(GArray) ids = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (hits);

  /* The ids-only search finds the same stories in the same order. */
  ids = cal_store_search_story_ids (store, query, 50, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  g_assert_cmpuint (ids->len, ==, g_list_model_get_n_items (hits));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CalStory) hit = g_list_model_get_item (hits, i);

      g_assert_cmpint (g_array_index (ids, gint64, i), ==, cal_story_get_id (hit));
    }

  return g_list_model_get_n_items (hits);
}

static void
test_fts_sync_and_syntax (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalStory) a = make_story ("Scaling the C++ team", "I hired four engineers and mentored two leads.");
  g_autoptr(CalStory) b = make_story ("Database migration", "I moved billing to Postgres without downtime.");
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(CalStory) top = NULL;
  const char *hostile[] = {
    "c++ (team", "\"", "\"\"", "AND", "OR NOT", "*", "-", "NEAR(", "title:", "team)", "^", "{",
    "'; DROP TABLE stories; --", "  ", "", "é", "c++ team\"", "a AND (b OR",
  };

  g_assert_no_error (error);
  g_assert_true (cal_store_save_story (store, a, &error));
  g_assert_true (cal_store_save_story (store, b, &error));

  g_assert_cmpuint (count_hits (store, "postgres"), ==, 1);
  g_assert_cmpuint (count_hits (store, "mentor"), ==, 1);          /* prefix of the last word */
  g_assert_cmpuint (count_hits (store, "c++ (team"), ==, 1);
  g_assert_cmpuint (count_hits (store, "downtime billing"), ==, 1);
  g_assert_cmpuint (count_hits (store, "incidents"), ==, 2);

  /* Title matches rank first. */
  hits = cal_store_search_stories (store, "migration", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
  top = g_list_model_get_item (hits, 0);
  g_assert_cmpint (cal_story_get_id (top), ==, cal_story_get_id (b));

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    count_hits (store, hostile[i]);

  /* Updates and deletes reach the index. */
  cal_story_set_action (b, "I moved billing to MySQL.");
  g_assert_true (cal_store_save_story (store, b, &error));
  g_assert_cmpuint (count_hits (store, "postgres"), ==, 0);
  g_assert_cmpuint (count_hits (store, "mysql"), ==, 1);
  g_assert_true (cal_store_delete_story (store, cal_story_get_id (b), &error));
  g_assert_cmpuint (count_hits (store, "mysql"), ==, 0);
  g_assert_cmpuint (count_hits (store, "incidents"), ==, 1);

  cal_store_lock (store);
  g_assert_cmpint (sqlite3_exec (cal_store_get_connection (store),
                                 "INSERT INTO stories_fts (stories_fts, rank) VALUES ('integrity-check', 1)",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  cal_store_unlock (store);
}

static void
test_save_all_is_atomic (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(CalPlanItem) orphan = cal_plan_item_new ();
  CalStory *story;

  g_assert_no_error (error);
  story = make_story ("One", "Action");
  g_ptr_array_add (batch, story);
  g_ptr_array_add (batch, cal_job_new ());
  cal_job_set_company (batch->pdata[1], "Globex");
  /* A plan item needs a plan: this one makes the batch fail. */
  cal_plan_item_set_title (orphan, "Meet the team");
  g_ptr_array_add (batch, g_object_ref (orphan));

  g_assert_false (cal_store_save_all (store, batch, &error));
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing was written, and nothing pretends to be saved. */
  for (guint i = 0; i < batch->len; i++)
    {
      g_assert_cmpint (cal_model_get_id (batch->pdata[i]), ==, 0);
      g_assert_true (cal_model_get_dirty (batch->pdata[i]));
    }
  g_assert_cmpint (cal_story_get_created (story), ==, 0);
  list = cal_store_list_stories (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_clear_object (&list);

  g_ptr_array_remove_index (batch, 2);
  g_assert_true (cal_store_save_all (store, batch, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < batch->len; i++)
    {
      g_assert_cmpint (cal_model_get_id (batch->pdata[i]), >, 0);
      g_assert_false (cal_model_get_dirty (batch->pdata[i]));
    }
}

/* ------------------------------------------------------------------ */
/* Failures */

static void
check_corrupt_recovery (Fixture    *f,
                        const char *contents,
                        gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalStory) story = make_story ("After the crash", "I rebuilt it.");
  g_autofree char *moved = NULL;
  g_autofree char *basename = NULL;
  gsize moved_length = 0;

  g_assert_true (g_file_set_contents (f->path, contents, length, &error));

  g_test_expect_message ("cal-store", G_LOG_LEVEL_WARNING, "*damaged*");
  store = cal_store_open (f->path, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (cal_store_get_recovered_path (store));

  /* The old file is kept, unchanged, under a dated name. */
  basename = g_path_get_basename (cal_store_get_recovered_path (store));
  g_assert_true (g_str_has_prefix (basename, "calibrd.db.corrupt-"));
  g_assert_true (g_regex_match_simple ("^calibrd\\.db\\.corrupt-[0-9]{8}-[0-9]{6}$", basename, 0, 0));
  g_assert_true (g_file_get_contents (cal_store_get_recovered_path (store), &moved, &moved_length, &error));
  g_assert_cmpmem (moved, moved_length, contents, length);

  /* The fresh database works. */
  g_assert_true (cal_store_save_story (store, story, &error));
  g_assert_no_error (error);
}

static void
test_corrupt_garbage (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *garbage = g_malloc (8192);

  for (guint i = 0; i < 8192; i++)
    garbage[i] = (char) g_test_rand_int_range (0, 256);
  memcpy (garbage, "SQLite format 3", 16);   /* even with a valid-looking header */
  check_corrupt_recovery (f, garbage, 8192);
}

static void
test_corrupt_not_sqlite (Fixture       *f,
                         gconstpointer  data)
{
  const char *text = "# My interview notes\n\nThis is not a database.\n";

  check_corrupt_recovery (f, text, strlen (text));
}

static void
test_corrupt_truncated (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  {
    g_autoptr(CalStore) store = cal_store_open (f->path, &error);

    g_assert_no_error (error);
    for (int i = 0; i < 200; i++)
      {
        g_autoptr(CalStory) story = make_story ("Filler story", "I did a great many things at length.");

        g_assert_true (cal_store_save_story (store, story, &error));
      }
  }

  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 16384);
  g_unlink (f->path);
  check_corrupt_recovery (f, contents, length / 3);
}

static void
fill_with_stories (Fixture *f,
                   guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalStory) story = make_story ("Filler story", "I did a great many things at length.");

      g_assert_true (cal_store_save_story (store, story, &error));
    }
}

/* A big database closed cleanly skips the page-by-page check on open; a
 * truncated copy is still caught by its length. */
static void
test_corrupt_truncated_big (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  fill_with_stories (f, 200);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  g_unlink (f->path);

  cal_store_set_full_check_max_bytes (0);
  check_corrupt_recovery (f, contents, length - 4096);
  cal_store_set_full_check_max_bytes (32 * 1024 * 1024);
}

/* Damage in a page the cheap checks do not read is found while working;
 * the next start then checks every page and sets the file aside. */
static void
test_damage_found_later (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean found = FALSE;

  fill_with_stories (f, 300);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, &error));
  for (gsize i = length / 3; i < length * 2 / 3; i++)
    contents[i] = (char) g_test_rand_int_range (0, 256);
  g_assert_true (g_file_set_contents (f->path, contents, length, &error));

  cal_store_set_full_check_max_bytes (0);

  store = cal_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_null (cal_store_get_recovered_path (store));

  for (gint64 id = 1; id <= 300 && !found; id++)
    {
      g_autoptr(CalStory) story = cal_store_get_story (store, id, &error);

      if (story == NULL)
        {
          g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_CORRUPT);
          g_assert_nonnull (strstr (error->message, "damaged"));
          g_clear_error (&error);
          found = TRUE;
        }
    }
  g_assert_true (found);
  g_clear_object (&store);

  g_test_expect_message ("cal-store", G_LOG_LEVEL_WARNING, "*damaged*");
  store = cal_store_open (f->path, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (cal_store_get_recovered_path (store));
  list = cal_store_list_stories (store, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);

  cal_store_set_full_check_max_bytes (32 * 1024 * 1024);
}

static void
test_too_new (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", cal_store_get_schema_version () + 1);
  gsize before_length, after_length;
  g_autoptr(CalStore) store = NULL;
  sqlite3 *db = raw_open (f->path);
  struct stat st_before, st_after;

  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = WAL; CREATE TABLE future (x); INSERT INTO future VALUES (1);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_true (g_file_get_contents (f->path, &before, &before_length, NULL));
  g_assert_cmpint (g_stat (f->path, &st_before), ==, 0);

  store = cal_store_open (f->path, &error);
  g_assert_null (store);
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));

  g_assert_true (g_file_get_contents (f->path, &after, &after_length, NULL));
  g_assert_cmpint (g_stat (f->path, &st_after), ==, 0);
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpint (st_before.st_mtim.tv_sec, ==, st_after.st_mtim.tv_sec);
  g_assert_cmpint (st_before.st_mtim.tv_nsec, ==, st_after.st_mtim.tv_nsec);
}

static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalStory) saved = make_story ("Saved first", "I saved it.");
  g_autoptr(CalStory) story = make_story ("Blocked", "I waited.");
  g_autoptr(CalStory) check = NULL;
  const char *helper = g_test_get_filename (G_TEST_BUILT, "crash-writer", NULL);
  const char *argv[] = { helper, "--hold-lock", f->path, "3000", NULL };
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  gint64 start;

  g_assert_no_error (error);
  g_assert_true (cal_store_save_story (store, saved, &error));

  /* Another process takes the write lock and says when it has it. */
  holder = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_cmpstr (line, ==, "locked");

  cal_store_set_busy_timeout (store, 300);
  start = g_get_monotonic_time ();
  g_assert_false (cal_store_save_story (store, story, &error));
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "in use by another program"));
  /* It waited for the lock before giving up. */
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 250 * 1000);
  g_assert_cmpint (cal_story_get_id (story), ==, 0);
  g_assert_true (cal_story_get_dirty (story));
  g_clear_error (&error);

  /* Reading still works while another process writes (WAL). */
  check = cal_store_get_story (store, cal_story_get_id (saved), &error);
  g_assert_no_error (error);
  g_clear_object (&check);

  g_subprocess_force_exit (holder);
  g_subprocess_wait (holder, NULL, NULL);

  cal_store_set_busy_timeout (store, 5000);
  g_assert_true (cal_store_save_story (store, story, &error));
  g_assert_no_error (error);
}

static void
test_full (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GListModel) list = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *db;
  gint64 pages;
  guint saved = 0;

  g_assert_no_error (error);

  /* A disk that has room for only a few more pages. */
  cal_store_lock (store);
  db = cal_store_get_connection (store);
  pages = raw_count (db, "PRAGMA page_count");
  sql = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 12);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  cal_store_unlock (store);

  for (int i = 0; i < 2000; i++)
    g_string_append (big, "I led the design review and wrote the migration plan. ");

  for (;;)
    {
      g_autoptr(CalStory) story = make_story ("Long story", big->str);

      if (!cal_store_save_story (store, story, &error))
        {
          g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_FULL);
          g_assert_nonnull (strstr (error->message, "full"));
          g_assert_cmpint (cal_story_get_id (story), ==, 0);
          g_assert_true (cal_story_get_dirty (story));
          break;
        }
      saved++;
      g_assert_cmpuint (saved, <, 100);
    }

  /* What was saved before is all there and whole. */
  g_clear_error (&error);
  list = cal_store_list_stories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, saved);
  cal_store_lock (store);
  g_assert_cmpint (raw_count (cal_store_get_connection (store),
                              "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), ==, 1);
  cal_store_unlock (store);
}

/* Makes @path unwritable even for root: the immutable attribute stops
 * everyone; an ordinary user is stopped by the mode bits. */
static gboolean
set_read_only (const char *path,
               gboolean    read_only)
{
  if (geteuid () == 0)
    {
      int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
      int flags = 0;
      gboolean ok;

      if (fd < 0)
        return FALSE;
      ok = ioctl (fd, FS_IOC_GETFLAGS, &flags) == 0;
      if (ok)
        {
          flags = read_only ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
          ok = ioctl (fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
      close (fd);
      return ok;
    }

  return g_chmod (path, read_only ? (g_file_test (path, G_FILE_TEST_IS_DIR) ? 0500 : 0400)
                                  : (g_file_test (path, G_FILE_TEST_IS_DIR) ? 0700 : 0600)) == 0;
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = make_story ("Kept", "I kept it.");
  g_autoptr(CalStore) reopened = NULL;
  g_autoptr(CalStory) loaded = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "new.db", NULL);
  gint64 id;

  {
    g_autoptr(CalStore) store = cal_store_open (f->path, &error);

    g_assert_no_error (error);
    g_assert_true (cal_store_save_story (store, story, &error));
    id = cal_story_get_id (story);
  }

  if (!set_read_only (f->path, TRUE) || !set_read_only (f->dir, TRUE))
    {
      set_read_only (f->path, FALSE);
      g_test_skip ("This file system cannot make files read-only");
      return;
    }

  /* An existing database on a read-only disk… */
  reopened = cal_store_open (f->path, &error);
  g_assert_null (reopened);
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "cannot write"));
  g_clear_error (&error);

  /* …and a new one in a read-only folder. */
  reopened = cal_store_open (missing, &error);
  g_assert_null (reopened);
  g_assert_error (error, CAL_STORE_ERROR, CAL_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  set_read_only (f->dir, FALSE);
  set_read_only (f->path, FALSE);

  /* Nothing was lost. */
  reopened = cal_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_null (cal_store_get_recovered_path (reopened));
  loaded = cal_store_get_story (reopened, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_story_get_title (loaded), ==, "Kept");
}

/* The Jobs list reads summaries: the same jobs, in the same order, as the
 * full lists, with what a row shows and nothing of the description. */
static void
test_job_summaries (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(GListModel) full = NULL;
  g_autoptr(GListModel) summaries = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(GListModel) found_full = NULL;
  g_autoptr(CalJobSummary) first = NULL;
  static const char * const titles[] = { "Backend Engineer", "Site Reliability Engineer", "Data Engineer" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(CalJob) job = cal_job_new ();

      cal_job_set_company (job, i == 1 ? "PostHog" : "Acme");
      cal_job_set_title (job, titles[i]);
      cal_job_set_level (job, "senior");
      cal_job_set_track (job, "backend-engineer");
      cal_job_set_source_text (job, i == 1 ? "Keep the ingestion pipeline up" : "Own the billing platform");
      cal_job_set_analysis (job, "{\"level\": \"senior\"}");
      g_assert_true (cal_store_save_job (store, job, &error));
      g_assert_no_error (error);
    }

  full = cal_store_list_jobs (store, &error);
  g_assert_no_error (error);
  summaries = cal_store_list_job_summaries (store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_true (g_list_model_get_item_type (summaries) == CAL_TYPE_JOB_SUMMARY);
  g_assert_cmpuint (g_list_model_get_n_items (summaries), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (summaries), ==, g_list_model_get_n_items (full));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CalJob) job = g_list_model_get_item (full, i);
      g_autoptr(CalJobSummary) summary = g_list_model_get_item (summaries, i);

      g_assert_cmpint (cal_job_summary_get_id (summary), ==, cal_job_get_id (job));
      g_assert_cmpstr (cal_job_summary_get_company (summary), ==, cal_job_get_company (job));
      g_assert_cmpstr (cal_job_summary_get_title (summary), ==, cal_job_get_title (job));
      g_assert_cmpstr (cal_job_summary_get_level (summary), ==, "senior");
      g_assert_cmpstr (cal_job_summary_get_track (summary), ==, "backend-engineer");
      g_assert_cmpint (cal_job_summary_get_updated (summary), ==, cal_job_get_updated (job));
    }

  /* A search matches the description too, like cal_store_search_jobs(). */
  found = cal_store_list_job_summaries (store, "billing", 10, &error);
  g_assert_no_error (error);
  found_full = cal_store_search_jobs (store, "billing", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, g_list_model_get_n_items (found_full));
  g_clear_object (&found);
  found = cal_store_list_job_summaries (store, "posthog", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  first = g_list_model_get_item (found, 0);
  g_assert_cmpstr (cal_job_summary_get_title (first), ==, "Site Reliability Engineer");
  g_clear_object (&found);

  /* The limit holds, and text that is no query finds nothing, quietly. */
  found = cal_store_list_job_summaries (store, "engineer", 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 1);
  g_clear_object (&found);
  found = cal_store_list_job_summaries (store, "\"*(", 10, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/store/open/creates", test_open_creates);
  ADD ("/store/migrations/from-every-version", test_migrations_from_every_version);
  ADD ("/store/crud/every-entity", test_crud_every_entity);
  ADD ("/store/job/summaries", test_job_summaries);
  ADD ("/store/lists-and-links", test_lists_and_links);
  ADD ("/store/process/events", test_process_events);
  ADD ("/store/story/summaries", test_story_summaries);
  ADD ("/store/fts/sync-and-syntax", test_fts_sync_and_syntax);
  ADD ("/store/save-all/atomic", test_save_all_is_atomic);
  ADD ("/store/failure/corrupt-garbage", test_corrupt_garbage);
  ADD ("/store/failure/corrupt-not-sqlite", test_corrupt_not_sqlite);
  ADD ("/store/failure/corrupt-truncated", test_corrupt_truncated);
  ADD ("/store/failure/corrupt-truncated-big", test_corrupt_truncated_big);
  ADD ("/store/failure/damage-found-later", test_damage_found_later);
  ADD ("/store/failure/too-new", test_too_new);
  ADD ("/store/failure/busy", test_busy);
  ADD ("/store/failure/full", test_full);
  ADD ("/store/failure/read-only", test_read_only);

  return g_test_run ();
}
