/* test-backup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cal-backup.h"
#include "cal-store.h"
#include "cal-store-migrations.h"

typedef struct
{
  char *dir;
  char *path;
  char *recordings;
  char *backup;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("calibrd-backup-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "calibrd.db", NULL);
  f->recordings = g_build_filename (f->dir, "recordings", NULL);
  f->backup = g_build_filename (f->dir, "my backup.calibrd-backup", NULL);
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
  g_free (f->recordings);
  g_free (f->backup);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

static void
assert_file_equals (const char *path,
                    const char *contents,
                    gsize       length)
{
  g_autofree char *read = NULL;
  gsize read_length = 0;

  g_assert_true (g_file_get_contents (path, &read, &read_length, NULL));
  g_assert_cmpmem (read, read_length, contents, length);
}

/* Names of the folder's entries that start with @prefix. */
static guint
count_entries (const char *dir_path,
               const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static gint64
add_story (CalStore   *store,
           const char *title)
{
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(GError) error = NULL;

  cal_story_set_title (story, title);
  cal_story_set_result (story, "Latency fell from 900 ms to 120 ms.");
  g_assert_true (cal_store_save_story (store, story, &error));
  g_assert_no_error (error);
  return cal_story_get_id (story);
}

static guint
story_count (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (path, &error);
  g_autoptr(GListModel) list = NULL;

  g_assert_no_error (error);
  list = cal_store_list_stories (store, &error);
  return g_list_model_get_n_items (list);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = cal_store_open (f->path, &error);
  g_autoptr(CalStore) restored = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *big = g_malloc (1500 * 1024);
  g_autofree char *first = g_build_filename (f->recordings, "practice-1.ogg", NULL);
  g_autofree char *nested = g_build_filename (f->recordings, "2024", "practice-2.ogg", NULL);
  g_autofree char *previous = NULL;
  g_autofree char *wal = g_strconcat (f->backup, "-wal", NULL);
  g_autofree char *basename = NULL;
  guint n_recordings = 0;
  int version = 0;
  gint64 kept_id;

  g_assert_no_error (error);
  kept_id = add_story (store, "Kept story");
  add_story (store, "Second story");

  for (gsize i = 0; i < 1500 * 1024; i++)
    big[i] = (char) g_test_rand_int_range (0, 256);
  write_file (first, "OggS first", -1);
  write_file (nested, big, 1500 * 1024);

  /* A backup taken while the store is open and in use. */
  g_assert_true (cal_backup_create (store, f->backup, &n_recordings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_recordings, ==, 2);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (f->dir, "my backup.calibrd-backup.partial"), ==, 0);
  g_assert_true (cal_backup_validate (f->backup, &version, &error));
  g_assert_cmpint (version, ==, cal_store_get_schema_version ());

  /* Life goes on: a story is deleted, another added, a recording lost. */
  g_assert_true (cal_store_delete_story (store, kept_id, &error));
  add_story (store, "Written after the backup");
  g_unlink (first);
  g_clear_object (&store);

  g_assert_true (cal_backup_restore (f->backup, f->path, &previous, &error));
  g_assert_no_error (error);

  /* The old database is kept beside the new one, whole. */
  g_assert_nonnull (previous);
  basename = g_path_get_basename (previous);
  g_assert_true (g_regex_match_simple ("^calibrd\\.db\\.before-restore-[0-9]{8}-[0-9]{6}$", basename, 0, 0));
  g_assert_cmpuint (story_count (previous), ==, 2);
  g_assert_cmpuint (count_entries (f->dir, "recordings.before-restore-"), ==, 1);
  g_assert_cmpuint (count_entries (f->dir, "calibrd.db.restore-"), ==, 0);
  g_assert_cmpuint (count_entries (f->dir, "recordings.restore-"), ==, 0);

  /* The restored state is the backup's. */
  restored = cal_store_open (f->path, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CalStory) story = cal_store_get_story (restored, kept_id, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (cal_story_get_title (story), ==, "Kept story");
  }
  hits = cal_store_search_stories (restored, "latency", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 2);
  assert_file_equals (first, "OggS first", strlen ("OggS first"));
  assert_file_equals (nested, big, 1500 * 1024);

  /* The backup's own tables did not come along. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;

    g_clear_object (&restored);
    g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'calibrd_backup%'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
    sqlite3_finalize (stmt);
    sqlite3_close (db);
  }
}

/* Tries to restore @bad over a live database and checks that nothing
 * moved. */
static void
check_refused (Fixture    *f,
               const char *bad,
               int         code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *previous = NULL;
  gsize before_length, after_length;

  g_assert_true (g_file_get_contents (f->path, &before, &before_length, NULL));

  g_assert_false (cal_backup_restore (bad, f->path, &previous, &error));
  g_assert_error (error, CAL_BACKUP_ERROR, code);
  g_assert_null (previous);

  g_assert_true (g_file_get_contents (f->path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpuint (count_entries (f->dir, "calibrd.db.before-restore-"), ==, 0);
  g_assert_cmpuint (count_entries (f->dir, "calibrd.db.restore-"), ==, 0);
  g_assert_cmpuint (count_entries (f->dir, "recordings.restore-"), ==, 0);
  g_assert_cmpuint (story_count (f->path), ==, 1);
}

static void
test_refuses_bad_files (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *garbage = g_build_filename (f->dir, "garbage.bin", NULL);
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *truncated = g_build_filename (f->dir, "truncated.backup", NULL);
  g_autofree char *foreign = g_build_filename (f->dir, "other-app.db", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.backup", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "does-not-exist", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *sql = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  {
    g_autoptr(CalStore) store = cal_store_open (f->path, &error);

    g_assert_no_error (error);
    add_story (store, "Precious");
    for (int i = 0; i < 30; i++)
      {
        g_autoptr(CalJob) job = cal_job_new ();

        cal_job_set_source_text (job, "A long job description that fills a few pages of the database file. "
                                      "A long job description that fills a few pages of the database file.");
        g_assert_true (cal_store_save_job (store, job, &error));
      }
    g_assert_true (cal_backup_create (store, f->backup, NULL, &error));
    g_assert_no_error (error);
  }

  write_file (garbage, "SQLite format 3\0\xff\xfe garbage garbage garbage", 40);
  check_refused (f, garbage, CAL_BACKUP_ERROR_INVALID);

  write_file (text, "Just some notes.\n", -1);
  check_refused (f, text, CAL_BACKUP_ERROR_INVALID);

  check_refused (f, missing, CAL_BACKUP_ERROR_INVALID);

  g_assert_true (g_file_get_contents (f->backup, &contents, &length, NULL));
  write_file (truncated, contents, length / 2);
  check_refused (f, truncated, CAL_BACKUP_ERROR_INVALID);

  /* A healthy SQLite file that is not ours. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 2; CREATE TABLE bookmarks (url TEXT);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  check_refused (f, foreign, CAL_BACKUP_ERROR_INVALID);

  /* A backup from the future. */
  write_file (newer, contents, length);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA user_version = %d", cal_store_get_schema_version () + 1);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  check_refused (f, newer, CAL_BACKUP_ERROR_TOO_NEW);
}

static void
test_refuses_unsafe_names (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *escape = g_build_filename (f->dir, "escaped.ogg", NULL);
  sqlite3 *db = NULL;

  {
    g_autoptr(CalStore) store = cal_store_open (f->path, &error);

    add_story (store, "Precious");
    g_assert_true (cal_backup_create (store, f->backup, NULL, &error));
    g_assert_no_error (error);
  }

  g_assert_cmpint (sqlite3_open (f->backup, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO calibrd_backup_files (name, data) VALUES ('../escaped.ogg', x'00')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  check_refused (f, f->backup, CAL_BACKUP_ERROR_INVALID);
  g_assert_false (g_file_test (escape, G_FILE_TEST_EXISTS));
}

static void
test_restores_older_schema (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) hits = NULL;
  g_autofree char *old = g_build_filename (f->dir, "old-copy.db", NULL);
  sqlite3 *db = NULL;

  /* A plain copy of a database from an older Calibrd. */
  g_assert_cmpint (sqlite3_open (old, &db), ==, SQLITE_OK);
  g_assert_true (cal_store_migrations_apply (db, 2, &error));
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO stories (title, action) VALUES ('Old story', 'I refactored the pager')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* No database yet: nothing to keep aside. */
  {
    g_autofree char *previous = NULL;

    g_assert_true (cal_backup_restore (old, f->path, &previous, &error));
    g_assert_no_error (error);
    g_assert_null (previous);
  }

  store = cal_store_open (f->path, &error);
  g_assert_no_error (error);
  hits = cal_store_search_stories (store, "pager", 10, &error);
  g_assert_cmpuint (g_list_model_get_n_items (hits), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/backup/round-trip", test_round_trip);
  ADD ("/backup/refuses-bad-files", test_refuses_bad_files);
  ADD ("/backup/refuses-unsafe-names", test_refuses_unsafe_names);
  ADD ("/backup/restores-older-schema", test_restores_older_schema);

  return g_test_run ();
}
