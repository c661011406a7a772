/* test-permissions.c — the data the app keeps is private to its owner
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "cal-paths.h"
#include "cal-store.h"
#include "cal-story.h"

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  if ((st.st_mode & 0777) != mode)
    g_error ("%s has mode %o, expected %o", path, st.st_mode & 0777, mode);
}

/* Under the loosest umask, the default database (XDG_DATA_HOME), its WAL
 * files and the recordings folder are still owner-only. */
static void
test_default_paths_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("calibrd-perm-XXXXXX", &error);
  g_autofree char *data_dir = NULL;
  g_autofree char *db_path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autofree char *recordings = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalStory) story = cal_story_new ();
  mode_t old_umask;

  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  old_umask = umask (0);

  store = cal_store_open (NULL, &error);
  g_assert_no_error (error);
  cal_story_set_title (story, "Private");
  g_assert_true (cal_store_save (store, G_OBJECT (story), &error));
  g_assert_no_error (error);

  data_dir = cal_paths_get_data_dir ();
  db_path = cal_paths_get_database_path ();
  g_assert_cmpstr (cal_store_get_path (store), ==, db_path);
  g_assert_true (g_str_has_prefix (data_dir, home));
  assert_mode (data_dir, 0700);
  assert_mode (db_path, 0600);
  wal = g_strconcat (db_path, "-wal", NULL);
  shm = g_strconcat (db_path, "-shm", NULL);
  if (g_file_test (wal, G_FILE_TEST_EXISTS))
    assert_mode (wal, 0600);
  if (g_file_test (shm, G_FILE_TEST_EXISTS))
    assert_mode (shm, 0600);

  /* The recorder makes its folder this way before the first .part file. */
  recordings = cal_store_dup_recordings_dir (store);
  g_assert_true (cal_paths_ensure_private_dir (recordings, &error));
  g_assert_no_error (error);
  assert_mode (recordings, 0700);

  umask (old_umask);
  g_clear_object (&store);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/permissions/default-paths-private", test_default_paths_private);
  return g_test_run ();
}
