/* test-json-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "cal-comp-csv.h"
#include "cal-interop.h"
#include "cal-json-export.h"
#include "cal-store.h"
#include "cal-store-private.h"

typedef struct
{
  char *dir;
  char *source_dir;
  char *target_dir;
  char *json;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("calibrd-json-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->source_dir = g_build_filename (f->dir, "source", NULL);
  f->target_dir = g_build_filename (f->dir, "target", NULL);
  f->json = g_build_filename (f->dir, "export.json", NULL);
  g_assert_cmpint (g_mkdir (f->source_dir, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (f->target_dir, 0755), ==, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->source_dir);
  g_free (f->target_dir);
  g_free (f->json);
}

static CalStore *
open_store (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "calibrd.db", NULL);
  g_autoptr(GError) error = NULL;
  CalStore *store = cal_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

#define SAVE(store, object) G_STMT_START { \
    g_autoptr(GError) save_error = NULL; \
    g_assert_true (cal_store_save ((store), (object), &save_error)); \
    g_assert_no_error (save_error); \
  } G_STMT_END

static char *
write_recording (CalStore   *store,
                 const char *name,
                 gsize       size)
{
  g_autofree char *dir = cal_store_dup_recordings_dir (store);
  g_autofree char *bytes = g_malloc (size);
  char *path = g_build_filename (dir, name, NULL);

  for (gsize i = 0; i < size; i++)
    bytes[i] = (char) (i * 7 + 3);
  memcpy (bytes, "OggS", 4);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, bytes, size, NULL));
  return path;
}

/* Something in every table, ids with gaps, links every way. */
static void
fill (CalStore *store,
      gboolean  with_missing_recording)
{
  g_autoptr(CalJob) gone = cal_job_new ();
  g_autoptr(CalJob) job = cal_job_new ();
  g_autoptr(CalJob) job2 = cal_job_new ();
  g_autoptr(CalProcess) process = cal_process_new ();
  g_autoptr(CalOffer) offer = cal_offer_new ();
  g_autoptr(CalRound) round1 = cal_round_new ();
  g_autoptr(CalRound) loop_round = cal_round_new ();
  g_autoptr(CalQuestion) q_bank = cal_question_new ();
  g_autoptr(CalQuestion) q_predicted = cal_question_new ();
  g_autoptr(CalQuestion) q_own = cal_question_new ();
  g_autoptr(CalStory) story1 = cal_story_new ();
  g_autoptr(CalStory) story2 = cal_story_new ();
  g_autoptr(CalPractice) practice = cal_practice_new ();
  g_autoptr(CalPractice) practice2 = cal_practice_new ();
  g_autoptr(CalPlan) plan = cal_plan_new ();
  g_autoptr(CalPlanItem) item1 = cal_plan_item_new ();
  g_autoptr(CalPlanItem) item2 = cal_plan_item_new ();
  g_autoptr(CalCv) cv = cal_cv_new ();
  g_autoptr(GPtrArray) points = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_comp_point_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *audio = NULL;
  const char *tags1[] = { "leadership", "Zürich", NULL };
  const char *tags2[] = { "zürich", "incident", NULL };
  CalCompPoint *point;

  cal_job_set_company (gone, "Deleted Co");
  SAVE (store, gone);
  g_assert_true (cal_store_delete_job (store, cal_job_get_id (gone), &error));

  cal_job_set_company (job, "Acme");
  cal_job_set_title (job, "Staff Engineer");
  cal_job_set_track (job, "backend-engineer");
  cal_job_set_level (job, "staff");
  cal_job_set_location (job, "Berlin");
  cal_job_set_remote (job, "hybrid");
  cal_job_set_source_text (job, "We build payments.\n\nYou will lead… “quotes” ✓");
  cal_job_set_analysis (job, "{\"skills\":{\"required\":[\"Go\"]}}");
  cal_job_set_overrides (job, "{\"level\":\"staff\"}");
  SAVE (store, job);
  cal_job_set_company (job2, "Globex");
  SAVE (store, job2);

  cal_process_set_job_id (process, cal_job_get_id (job));
  cal_process_set_stage (process, "applied");
  cal_process_set_started_on (process, "2024-02-01");
  cal_process_set_recruiter_name (process, "Dana");
  cal_process_set_recruiter_email (process, "dana@example.com");
  cal_process_set_notes (process, "Warm intro");
  SAVE (store, process);
  cal_process_set_stage (process, "onsite");
  cal_process_set_next_step (process, "System design");
  cal_process_set_next_step_due (process, "2024-03-04");
  SAVE (store, process);

  cal_offer_set_process_id (offer, cal_process_get_id (process));
  cal_offer_set_base_salary (offer, 185000.5);
  cal_offer_set_bonus (offer, 0.1);
  cal_offer_set_equity (offer, 1e6 / 3);
  cal_offer_set_currency (offer, "EUR");
  cal_offer_set_vesting_years (offer, 4);
  cal_offer_set_cliff_months (offer, 12);
  cal_offer_set_benefits (offer, "Pension 5 %");
  SAVE (store, offer);

  cal_round_set_process_id (round1, cal_process_get_id (process));
  cal_round_set_job_id (round1, cal_job_get_id (job));
  cal_round_set_position (round1, 2);
  cal_round_set_kind (round1, "system-design");
  cal_round_set_title (round1, "Design a ledger");
  cal_round_set_date (round1, "2024-03-04");
  SAVE (store, round1);
  cal_round_set_job_id (loop_round, cal_job_get_id (job2));
  cal_round_set_kind (loop_round, "behavioral");
  SAVE (store, loop_round);

  cal_question_set_text (q_bank, "Tell me about a conflict.");
  cal_question_set_source (q_bank, "bank");
  SAVE (store, q_bank);
  cal_question_set_text (q_predicted, "Design a payments ledger.");
  cal_question_set_source (q_predicted, "predicted");
  cal_question_set_job_id (q_predicted, cal_job_get_id (job));
  cal_question_set_why (q_predicted, "The JD says “ledger”.");
  SAVE (store, q_predicted);
  cal_question_set_text (q_own, "Why Acme?");
  cal_question_set_source (q_own, "own");
  SAVE (store, q_own);

  cal_story_set_title (story1, "Payments outage");
  cal_story_set_situation (story1, "Cards failed.\n\nFor 40 minutes.");
  cal_story_set_result (story1, "Back in 40 min; no repeat in 14 months.");
  cal_story_set_target_level (story1, "staff");
  cal_story_set_tags (story1, tags1);
  SAVE (store, story1);
  cal_story_set_title (story2, "Mentoring");
  cal_story_set_tags (story2, tags2);
  SAVE (store, story2);
  g_assert_true (cal_store_link_story_question (store, cal_story_get_id (story1), cal_question_get_id (q_bank), &error));
  g_assert_true (cal_store_link_story_question (store, cal_story_get_id (story1), cal_question_get_id (q_predicted), &error));
  g_assert_true (cal_store_link_story_question (store, cal_story_get_id (story2), cal_question_get_id (q_bank), &error));
  g_assert_no_error (error);

  audio = write_recording (store, "attempt-1.ogg", 40000);
  cal_practice_set_question_id (practice, cal_question_get_id (q_bank));
  cal_practice_set_question_text (practice, "Tell me about a conflict.");
  cal_practice_set_story_id (practice, cal_story_get_id (story1));
  cal_practice_set_job_id (practice, cal_job_get_id (job));
  cal_practice_set_audio_path (practice, audio);
  cal_practice_set_duration (practice, 93.25);
  cal_practice_set_transcript (practice, "{\"text\":\"so um\"}");
  cal_practice_set_report (practice, "{\"wpm\":141}");
  cal_practice_set_mode (practice, "answer");
  SAVE (store, practice);
  cal_practice_set_question_text (practice2, "Free practice");
  if (with_missing_recording)
    cal_practice_set_audio_path (practice2, "/nonexistent/calibrd/gone.ogg");
  SAVE (store, practice2);

  cal_plan_set_job_id (plan, cal_job_get_id (job));
  cal_plan_set_title (plan, "First 90 days — Acme");
  SAVE (store, plan);
  cal_plan_item_set_plan_id (item1, cal_plan_get_id (plan));
  cal_plan_item_set_phase (item1, "learn");
  cal_plan_item_set_title (item1, "Meet the payments team");
  cal_plan_item_set_priority (item1, 1);
  SAVE (store, item1);
  cal_plan_item_set_plan_id (item2, cal_plan_get_id (plan));
  cal_plan_item_set_phase (item2, "act");
  cal_plan_item_set_position (item2, 3);
  cal_plan_item_set_title (item2, "Ship the reconciliation job");
  cal_plan_item_set_rationale (item2, "Finance asked twice.");
  cal_plan_item_set_priority (item2, 3);
  SAVE (store, item2);

  cal_cv_set_text (cv, "Jane Doe\nStaff Engineer\n");
  cal_cv_set_file_name (cv, "cv.pdf");
  SAVE (store, cv);

  point = g_new0 (CalCompPoint, 1);
  point->company = g_strdup ("Acme");
  point->level = g_strdup ("L6");
  point->base = 180000;
  point->bonus = 20000.75;
  point->equity_per_year = 50000;
  point->currency = g_strdup ("EUR");
  g_ptr_array_add (points, point);
  g_assert_true (cal_comp_points_replace (store, "levels.csv", points, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------------------------ */
/* Table-by-table content, read with plain SQL and independent of the
 * exporter: ids become positions, references become the position of the
 * row they point to (tags their name), recordings their bytes' hash. */

static GHashTable *
positions_of (sqlite3    *db,
              const char *table)
{
  GHashTable *map = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s ORDER BY id", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (map, g_memdup2 (&id, sizeof id), g_strdup_printf ("#%" G_GINT64_FORMAT, n++));
    }
  sqlite3_finalize (stmt);
  return map;
}

static char *
tag_name (sqlite3 *db,
          gint64   id)
{
  sqlite3_stmt *stmt = NULL;
  char *name = NULL;

  sqlite3_prepare_v2 (db, "SELECT name FROM tags WHERE id = ?1", -1, &stmt, NULL);
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return name;
}

static gint
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static GPtrArray *
dump_table (sqlite3    *db,
            const char *table)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) maps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_hash_table_unref);
  g_autofree char *fk_sql = g_strdup_printf ("PRAGMA foreign_key_list(%s)", table);
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  gboolean has_id = FALSE;

  g_assert_cmpint (sqlite3_prepare_v2 (db, fk_sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *target = (const char *) sqlite3_column_text (stmt, 2);

      g_hash_table_insert (refs, g_strdup ((const char *) sqlite3_column_text (stmt, 3)), g_strdup (target));
      if (!g_hash_table_contains (maps, target))
        g_hash_table_insert (maps, g_strdup (target), positions_of (db, target));
    }
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (int c = 0; c < sqlite3_column_count (stmt); c++)
    has_id = has_id || g_str_equal (sqlite3_column_name (stmt, c), "id");
  sqlite3_finalize (stmt);
  g_free (sql);
  sql = has_id ? g_strdup_printf ("SELECT * FROM %s ORDER BY id", table) : g_strdup_printf ("SELECT * FROM %s", table);

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      GString *row = g_string_new (NULL);

      for (int c = 0; c < sqlite3_column_count (stmt); c++)
        {
          const char *column = sqlite3_column_name (stmt, c);
          const char *target = g_hash_table_lookup (refs, column);
          const char *text = (const char *) sqlite3_column_text (stmt, c);

          if (g_str_equal (column, "id"))
            continue;
          g_string_append_printf (row, "%s=", column);
          if (sqlite3_column_type (stmt, c) == SQLITE_NULL)
            g_string_append (row, "NULL");
          else if (target != NULL && g_str_equal (target, "tags"))
            {
              g_autofree char *name = tag_name (db, sqlite3_column_int64 (stmt, c));

              g_string_append (row, name);
            }
          else if (target != NULL)
            {
              gint64 id = sqlite3_column_int64 (stmt, c);

              g_string_append (row, g_hash_table_lookup (g_hash_table_lookup (maps, target), &id));
            }
          else if (g_str_equal (column, "audio_path") && *text != '\0')
            {
              g_autofree char *contents = NULL;
              gsize length = 0;

              if (g_file_get_contents (text, &contents, &length, NULL))
                {
                  g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (guchar *) contents, length);

                  g_string_append_printf (row, "file:%s", sum);
                }
              else
                g_string_append (row, "missing");
            }
          else
            g_string_append (row, text);
          g_string_append_c (row, '|');
        }
      g_ptr_array_add (rows, g_string_free (row, FALSE));
    }
  sqlite3_finalize (stmt);

  /* Link tables and tags have no order of their own. */
  if (!has_id || g_str_equal (table, "tags"))
    g_ptr_array_sort (rows, compare_rows);
  return rows;
}

static GPtrArray *
data_tables (sqlite3 *db)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  return tables;
}

static void
assert_same_content (CalStore *a,
                     CalStore *b)
{
  sqlite3 *db_a = cal_store_get_connection (a);
  sqlite3 *db_b = cal_store_get_connection (b);
  g_autoptr(GPtrArray) tables = data_tables (db_a);

  g_assert_cmpuint (tables->len, >=, 15);
  for (guint t = 0; t < tables->len; t++)
    {
      const char *table = g_ptr_array_index (tables, t);
      g_autoptr(GPtrArray) rows_a = dump_table (db_a, table);
      g_autoptr(GPtrArray) rows_b = dump_table (db_b, table);

      g_test_message ("table %s: %u rows", table, rows_a->len);
      g_assert_cmpuint (rows_a->len, >, 0);
      g_assert_cmpuint (rows_a->len, ==, rows_b->len);
      for (guint r = 0; r < rows_a->len; r++)
        g_assert_cmpstr (g_ptr_array_index (rows_a, r), ==, g_ptr_array_index (rows_b, r));
    }
}

static void
assert_empty (CalStore *store)
{
  sqlite3 *db = cal_store_get_connection (store);
  g_autoptr(GPtrArray) tables = data_tables (db);
  g_autofree char *recordings = cal_store_dup_recordings_dir (store);
  g_autoptr(GDir) dir = g_dir_open (recordings, 0, NULL);

  for (guint t = 0; t < tables->len; t++)
    {
      g_autoptr(GPtrArray) rows = dump_table (db, g_ptr_array_index (tables, t));

      g_assert_cmpuint (rows->len, ==, 0);
    }
  g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
}

/* ------------------------------------------------------------------ */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CalStore) source = open_store (f->source_dir);
  g_autoptr(CalStore) target = open_store (f->target_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *target_recordings = cal_store_dup_recordings_dir (target);
  g_autofree char *copied = g_build_filename (f->dir, "export.json.recordings", "attempt-1.ogg", NULL);
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(CalPractice) practice = NULL;
  CalJsonCounts counts;

  fill (source, FALSE);

  g_assert_true (cal_json_export_write (source, f->json, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.rows[CAL_JSON_SECTION_JOBS], ==, 2);
  g_assert_cmpuint (counts.rows[CAL_JSON_SECTION_PROCESS_EVENTS], ==, 2);
  g_assert_cmpuint (counts.rows[CAL_JSON_SECTION_PLAN_ITEMS], ==, 2);
  g_assert_cmpuint (counts.recordings, ==, 1);
  g_assert_cmpuint (counts.missing_recordings, ==, 0);
  g_assert_true (g_file_test (copied, G_FILE_TEST_IS_REGULAR));

  g_assert_true (cal_json_import_read (target, f->json, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.rows[CAL_JSON_SECTION_STORIES], ==, 2);
  g_assert_cmpuint (counts.recordings, ==, 1);

  assert_same_content (source, target);

  /* The recording now lives with the new database. */
  practices = cal_store_list_practices (target, 0, 0, &error);
  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(CalPractice) p = g_list_model_get_item (practices, i);

      if (*cal_practice_get_audio_path (p) != '\0')
        practice = g_steal_pointer (&p);
    }
  g_assert_nonnull (practice);
  g_assert_true (g_str_has_prefix (cal_practice_get_audio_path (practice), target_recordings));
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CalStore) source = open_store (f->source_dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *second = g_build_filename (f->dir, "again.json", NULL);
  g_autofree char *a = NULL, *b = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *practice;
  CalJsonCounts counts;

  fill (source, TRUE);
  g_assert_true (cal_json_export_write (source, f->json, &counts, &error));
  g_assert_cmpuint (counts.missing_recordings, ==, 1);
  /* Twice to the same path: no stale recordings, same bytes. */
  g_assert_true (cal_json_export_write (source, f->json, NULL, &error));
  g_assert_true (cal_json_export_write (source, second, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->json, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &b, NULL, NULL));
  /* Only the recordings folder's name differs. */
  {
    g_autoptr(GRegex) regex = g_regex_new ("(export|again)\\.json\\.recordings", 0, 0, NULL);
    g_autofree char *na = g_regex_replace_literal (regex, a, -1, 0, "X", 0, NULL);
    g_autofree char *nb = g_regex_replace_literal (regex, b, -1, 0, "X", 0, NULL);

    g_assert_cmpstr (na, ==, nb);
  }

  g_assert_true (json_parser_load_from_data (parser, a, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "calibrd-export");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  practice = json_array_get_object_element (json_object_get_array_member (root, "practices"), 0);
  g_assert_cmpstr (json_object_get_string_member (practice, "recording"), ==, "export.json.recordings/attempt-1.ogg");
  g_assert_false (json_object_has_member (practice, "audio_path"));
  practice = json_array_get_object_element (json_object_get_array_member (root, "practices"), 1);
  g_assert_true (json_object_get_null_member (practice, "recording"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
    json_array_get_object_element (json_object_get_array_member (root, "stories"), 0), "question_ids")), ==, 2);
}

/* Every column of the live schema appears in the file, so that a new
 * migration cannot silently leave data out of the export. */
static void
test_covers_schema (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CalStore) source = open_store (f->source_dir);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = cal_store_get_connection (source);
  JsonObject *root;

  fill (source, FALSE);
  g_assert_true (cal_json_export_write (source, f->json, NULL, &error));
  g_assert_true (json_parser_load_from_file (parser, f->json, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  for (guint i = 0; i < CAL_JSON_N_SECTIONS; i++)
    {
      const char *table = cal_json_section_name (i);
      g_autofree char *sql = g_strdup_printf ("PRAGMA table_info(%s)", table);
      JsonObject *first = json_array_get_object_element (json_object_get_array_member (root, table), 0);
      sqlite3_stmt *stmt = NULL;

      g_assert_nonnull (first);
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *column = (const char *) sqlite3_column_text (stmt, 1);

          if (g_str_equal (column, "audio_path"))
            column = "recording";
          if (!json_object_has_member (first, column))
            g_error ("column %s.%s is not in the export", table, column);
        }
      sqlite3_finalize (stmt);
    }
}

static void
test_not_empty (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CalStore) source = open_store (f->source_dir);
  g_autoptr(CalStore) target = open_store (f->target_dir);
  g_autoptr(CalStory) mine = cal_story_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stories = NULL;

  fill (source, FALSE);
  g_assert_true (cal_json_export_write (source, f->json, NULL, &error));
  cal_story_set_title (mine, "Already here");
  SAVE (target, mine);

  g_assert_false (cal_json_import_read (target, f->json, NULL, &error));
  g_assert_error (error, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_NOT_EMPTY);
  g_assert_nonnull (strstr (error->message, "stories: 1"));
  g_assert_nonnull (strstr (error->message, "Nothing was changed"));

  stories = cal_store_list_stories (target, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
  {
    g_autoptr(GListModel) jobs = cal_store_list_jobs (target, NULL);
    g_autofree char *recordings = cal_store_dup_recordings_dir (target);

    g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 0);
    g_assert_false (g_file_test (recordings, G_FILE_TEST_EXISTS));
  }
}

static void
expect_refusal (CalStore    *target,
                const char  *path,
                const char  *contents,
                gssize       length,
                GQuark       domain,
                int          code,
                const char  *message_part)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_assert_false (cal_json_import_read (target, path, NULL, &error));
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” is not in “%s”", message_part, error->message);
  assert_empty (target);
}

static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(CalStore) source = open_store (f->source_dir);
  g_autoptr(CalStore) target = open_store (f->target_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *bad = g_build_filename (f->dir, "bad.json", NULL);
  g_autofree char *broken = NULL;
  static const char binary[] = { 'P', 'K', '\3', '\4', '\0', '\xff', '\xfe', '\1' };
  JsonObject *root, *item;

  expect_refusal (target, bad, "{\n  \"format\": \"calibrd-export\",\n  \"version\": 1,,\n}\n", -1,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "line 3, column");
  expect_refusal (target, bad, binary, sizeof binary,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "not a text file");
  expect_refusal (target, bad, "{\"format\": \"calibrd-export\", \"version\": 2, \"jobs\": []}", -1,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_TOO_NEW, "newer Calibrd (export version 2)");
  expect_refusal (target, bad, "[1, 2, 3]", -1,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "not a Calibrd export");
  expect_refusal (target, bad, "{\"format\": \"calibrd-export\", \"version\": 1, "
                               "\"processes\": [{\"id\": 1, \"job_id\": 7}]}", -1,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "refers to jobs id 7");
  expect_refusal (target, bad, "{\"format\": \"calibrd-export\", \"version\": 1, "
                               "\"jobs\": [{\"id\": 1, \"company\": 5}]}", -1,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "“company” of jobs[0] must be text");
  expect_refusal (target, bad, "{\"format\": \"calibrd-export\", \"version\": 1, "
                               "\"practices\": [{\"id\": 1, \"recording\": \"../../etc/passwd\"}]}", -1,
                  CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "not a path inside");

  /* A value that only the database's own rules catch, after the
   * recordings were copied: still nothing changed, no file left. */
  fill (source, FALSE);
  g_assert_true (cal_json_export_write (source, f->json, NULL, &error));
  g_assert_true (json_parser_load_from_file (parser, f->json, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  item = json_array_get_object_element (json_object_get_array_member (root, "plan_items"), 1);
  json_object_set_string_member (item, "phase", "someday");
  json_generator_set_root (generator, json_parser_get_root (parser));
  broken = json_generator_to_data (generator, NULL);
  expect_refusal (target, bad, broken, -1, CAL_INTEROP_ERROR, CAL_INTEROP_ERROR_INVALID, "plan_items[1]");

  /* And the good file still goes in afterwards. */
  g_assert_true (cal_json_import_read (target, f->json, NULL, &error));
  g_assert_no_error (error);
  assert_same_content (source, target);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/json-export/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  g_test_add ("/json-export/deterministic", Fixture, NULL, fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/json-export/covers-schema", Fixture, NULL, fixture_set_up, test_covers_schema, fixture_tear_down);
  g_test_add ("/json-export/not-empty", Fixture, NULL, fixture_set_up, test_not_empty, fixture_tear_down);
  g_test_add ("/json-export/bad-files", Fixture, NULL, fixture_set_up, test_bad_files, fixture_tear_down);

  return g_test_run ();
}
