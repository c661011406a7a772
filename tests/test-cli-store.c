/* test-cli-store.c — calibrd-cli story, backup and restore, as a user runs them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "cal-autosave.h"
#include "cal-store.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("calibrd-cli-store-XXXXXX", NULL);
  f->db = g_build_filename (f->dir, "data", "calibrd.db", NULL);
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
  g_free (f->db);
}

/* Runs calibrd-cli --db DB ARGS… with @input on stdin; returns the exit
 * status and the output. */
static int
run_cli (Fixture     *f,
         const char  *input,
         char       **out,
         char       **err,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("CALIBRD_CLI");
  const char *arg;
  va_list args;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, input != NULL ? input : "", NULL, out, err, &error));
  g_assert_no_error (error);

  return g_subprocess_get_exit_status (process);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static const char *story_md =
  "# Scaling the C++ team\n"
  "\n"
  "## Situation\nWe were two engineers for a product used by forty teams.\n\n"
  "## Task\nI had to grow the team without slowing delivery.\n\n"
  "## Action\nI rewrote the interview loop and mentored two leads.\n\n"
  "## Result\nWe hired four engineers in a quarter and shipped on time.\n";

static void
test_story_add_list_search (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) added = NULL;
  g_autoptr(JsonNode) listed = NULL;
  g_autoptr(JsonNode) found = NULL;
  JsonObject *object;
  JsonObject *star;
  gint64 id;

  g_assert_cmpint (run_cli (f, story_md, &out, &err, "--json", "story", "add", "-", "--tag", "hiring",
                            "--level", "staff", NULL), ==, 0);
  added = parse (out);
  object = json_node_get_object (added);
  id = json_object_get_int_member (object, "id");
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (json_object_get_string_member (object, "title"), ==, "Scaling the C++ team");
  g_assert_cmpstr (json_object_get_string_member (object, "target_level"), ==, "staff");
  star = json_object_get_object_member (object, "star");
  g_assert_true (json_object_get_boolean_member (star, "situation"));
  g_assert_true (json_object_get_boolean_member (star, "result"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Plain text: the first line is the title. */
  g_assert_cmpint (run_cli (f, "Calm under fire\nThe pager went off at 3 am and I led the call.\n",
                            &out, &err, "story", "add", "-", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "Calm under fire"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "--json", "story", "list", NULL), ==, 0);
  listed = parse (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (listed)), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "--json", "story", "search", "c++ (team", NULL), ==, 0);
  found = parse (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (found)), ==, 1);
  object = json_array_get_object_element (json_node_get_array (found), 0);
  g_assert_cmpint (json_object_get_int_member (object, "id"), ==, id);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* An empty story is refused and nothing is written. */
  g_assert_cmpint (run_cli (f, "", &out, &err, "story", "add", "-", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "empty"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, &out, &err, "story", "list", NULL), ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (g_strstrip (out), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 2);
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "story", "frobnicate", NULL), ==, 2);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *backup = g_build_filename (f->dir, "backup.calibrd", NULL);
  g_autofree char *notes = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) result = NULL;
  JsonObject *object;

  /* Nothing to back up yet. */
  g_assert_cmpint (run_cli (f, NULL, &out, &err, "backup", "-o", backup, NULL), ==, 1);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, story_md, &out, &err, "story", "add", "-", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "--json", "backup", "-o", backup, NULL), ==, 0);
  result = parse (out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (result), "path"), ==, backup);
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&result, json_node_unref);

  g_assert_cmpint (run_cli (f, "Second story\nMore text.\n", &out, &err, "story", "add", "-", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Not a backup: refused, nothing replaced. */
  g_assert_true (g_file_set_contents (notes, "Just notes.\n", -1, NULL));
  g_assert_cmpint (run_cli (f, NULL, &out, &err, "restore", notes, NULL), ==, 1);
  g_assert_nonnull (strstr (err, "not a usable Calibrd backup"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, &out, &err, "--json", "story", "list", NULL), ==, 0);
  result = parse (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (result)), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&result, json_node_unref);

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "--json", "restore", backup, NULL), ==, 0);
  result = parse (out);
  object = json_node_get_object (result);
  g_assert_true (g_file_test (json_object_get_string_member (object, "previous"), G_FILE_TEST_IS_REGULAR));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&result, json_node_unref);

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "--json", "story", "list", NULL), ==, 0);
  result = parse (out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (result)), ==, 1);
}

/* Starts crash-writer, which takes the database's write lock the way
 * another program writing to it would, and returns once it holds it. */
static GSubprocess *
hold_lock (Fixture    *f,
           guint       msec)
{
  const char *helper = g_test_get_filename (G_TEST_BUILT, "crash-writer", NULL);
  g_autofree char *duration = g_strdup_printf ("%u", msec);
  const char *argv[] = { helper, "--hold-lock", f->db, duration, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;

  holder = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder));
  line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");

  return g_steal_pointer (&holder);
}

static char *
story_titles (Fixture *f)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (f, NULL, &out, &err, "story", "list", NULL), ==, 0);
  return g_steal_pointer (&out);
}

/* The app holds the write lock for less than the CLI's busy timeout (5 s):
 * the CLI waits for it and then writes. */
static void
test_cli_waits_for_lock (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *titles = NULL;
  gint64 start, waited;

  g_assert_cmpint (run_cli (f, story_md, &out, &err, "story", "add", "-", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  holder = hold_lock (f, 1500);
  start = g_get_monotonic_time ();
  g_assert_cmpint (run_cli (f, "Waited my turn\nThe app was saving, so I waited for it.\n",
                            &out, &err, "story", "add", "-", NULL), ==, 0);
  waited = g_get_monotonic_time () - start;
  g_test_message ("the CLI waited %" G_GINT64_FORMAT " ms", waited / 1000);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "Waited my turn"));
  /* It really was held up by the lock, and did not give up on it. */
  g_assert_cmpint (waited, >=, 1000 * 1000);

  g_subprocess_wait_check (holder, NULL, &error);
  g_assert_no_error (error);

  titles = story_titles (f);
  g_assert_nonnull (strstr (titles, "Scaling the C++ team"));
  g_assert_nonnull (strstr (titles, "Waited my turn"));
}

/* The app holds the write lock for longer than the CLI will wait: the CLI
 * fails with a message that says why, and writes nothing. */
static void
test_cli_gives_up_on_lock (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GSubprocess) holder = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 start, waited;

  g_assert_cmpint (run_cli (f, story_md, &out, &err, "story", "add", "-", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  before = story_titles (f);

  holder = hold_lock (f, 20000);
  start = g_get_monotonic_time ();
  g_assert_cmpint (run_cli (f, "Never saved\nThe app held the database the whole time.\n",
                            &out, &err, "story", "add", "-", NULL), ==, 1);
  waited = g_get_monotonic_time () - start;
  g_test_message ("after %" G_GINT64_FORMAT " ms the CLI said: %s", waited / 1000, err);

  /* It waited its full timeout first… */
  g_assert_cmpint (waited, >=, 4500 * 1000);
  /* …and then said so in words, not in SQLite's. */
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "calibrd-cli: "));
  g_assert_nonnull (strstr (err, "in use by another program"));
  g_assert_nonnull (strstr (err, f->db));
  g_assert_nonnull (strstr (err, "nothing was saved"));
  g_assert_null (strstr (err, "database is locked"));
  g_assert_null (strstr (err, "SQLITE"));

  g_subprocess_force_exit (holder);
  g_subprocess_wait (holder, NULL, NULL);

  after = story_titles (f);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (strstr (after, "Never saved"));
}

/* The reverse: the CLI imports a large folder of notes in one transaction
 * while the app autosaves an edit. The app waits for the CLI and saves. */
static void
test_app_waits_for_cli (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *notes = g_build_filename (f->dir, "notes", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalAutosave) autosave = NULL;
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(GListModel) stories = NULL;
  g_autoptr(GSubprocess) cli = NULL;
  const char *argv[] = { g_getenv ("CALIBRD_CLI"), "--db", f->db, "story", "import-md", notes, NULL };
  sqlite3 *probe = NULL;
  gint64 held_since = 0, start, waited;
  guint n_imported = 1000;
  gint64 max_imported_id = 0;

  g_assert_cmpint (g_mkdir_with_parents (notes, 0700), ==, 0);
  for (guint i = 0; i < n_imported; i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/note-%04u.md", notes, i);
      g_autofree char *text = g_strdup_printf ("# Imported story %04u\n\n%s", i, strstr (story_md, "## Situation"));

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }

  /* The app's side: its store and autosave, as the window has them. */
  store = cal_store_open (f->db, &error);
  g_assert_no_error (error);
  autosave = cal_autosave_new (store, NULL);
  cal_autosave_watch (autosave, story);

  cli = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);

  /* Wait until the CLI is inside its write transaction: another
   * connection cannot take the write lock, and has not been able to for
   * a while (longer than opening the database takes). */
  g_assert_cmpint (sqlite3_open (f->db, &probe), ==, SQLITE_OK);
  for (gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;; g_usleep (1000))
    {
      int rc = sqlite3_exec (probe, "BEGIN IMMEDIATE", NULL, NULL, NULL);

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (rc == SQLITE_OK)
        {
          sqlite3_exec (probe, "ROLLBACK", NULL, NULL, NULL);
          held_since = 0;
          continue;
        }
      g_assert_cmpint (rc & 0xff, ==, SQLITE_BUSY);
      if (held_since == 0)
        held_since = g_get_monotonic_time ();
      else if (g_get_monotonic_time () - held_since >= 50 * 1000)
        break;
    }
  sqlite3_close (probe);

  /* The user types; the autosave writes it while the CLI still writes. */
  cal_story_set_title (story, "Edited in the app");
  cal_story_set_action (story, "I typed this while calibrd-cli was importing.");
  start = g_get_monotonic_time ();
  g_assert_true (cal_autosave_flush (autosave, &error));
  waited = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_test_message ("the app waited %" G_GINT64_FORMAT " ms for the CLI", waited / 1000);
  g_assert_cmpint (cal_story_get_id (story), >, 0);
  g_assert_false (cal_story_get_dirty (story));

  g_subprocess_wait_check (cli, NULL, &error);
  g_assert_no_error (error);

  /* Both are in, the app's edit after the whole import: it did wait. */
  stories = cal_store_list_stories (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, n_imported + 1);
  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) listed = g_list_model_get_item (stories, i);

      if (cal_story_get_id (listed) != cal_story_get_id (story))
        max_imported_id = MAX (max_imported_id, cal_story_get_id (listed));
    }
  g_assert_cmpint (cal_story_get_id (story), >, max_imported_id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli-store/story", test_story_add_list_search);
  ADD ("/cli-store/backup-restore", test_backup_restore);
  ADD ("/cli-store/lock/cli-waits", test_cli_waits_for_lock);
  ADD ("/cli-store/lock/cli-gives-up", test_cli_gives_up_on_lock);
  ADD ("/cli-store/lock/app-waits-for-cli", test_app_waits_for_cli);

  return g_test_run ();
}
