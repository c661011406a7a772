/* test-cli-store.c — calibrd-cli story, backup and restore, as a user runs them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli-store/story", test_story_add_list_search);
  ADD ("/cli-store/backup-restore", test_backup_restore);

  return g_test_run ();
}
