/* test-paths.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "cal-paths.h"

static void
test_paths_private_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("calibrd-paths-XXXXXX", NULL);
  g_autofree char *nested = g_build_filename (tmp, "a", "b", NULL);
  struct stat st;

  g_assert_true (cal_paths_ensure_private_dir (nested, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* An existing, too-open folder is tightened. */
  g_assert_cmpint (g_chmod (nested, 0755), ==, 0);
  g_assert_true (cal_paths_ensure_private_dir (nested, &error));
  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  g_rmdir (nested);
}

static void
test_paths_under_data_home (void)
{
  g_autofree char *db = cal_paths_get_database_path ();
  g_autofree char *recordings = cal_paths_get_recordings_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "calibrd", "calibrd.db", NULL);

  g_assert_cmpstr (db, ==, expected);
  g_assert_true (g_str_has_prefix (recordings, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (recordings, "recordings"));
}

static void
test_paths_unwritable (void)
{
  g_autoptr(GError) error = NULL;

  /* /proc refuses new folders even to root. */
  g_assert_false (cal_paths_ensure_private_dir ("/proc/calibrd-test/x", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/proc/calibrd-test"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/paths/private-dir", test_paths_private_dir);
  g_test_add_func ("/paths/under-data-home", test_paths_under_data_home);
  g_test_add_func ("/paths/unwritable", test_paths_unwritable);

  return g_test_run ();
}
