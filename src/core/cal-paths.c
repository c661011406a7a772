/* cal-paths.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-paths"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "cal-paths.h"

/**
 * cal_paths_get_data_dir:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/calibrd`, where the database and
 *   the recordings live. Inside the Flatpak sandbox this is the app's own
 *   private data folder.
 */
char *
cal_paths_get_data_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "calibrd", NULL);
}

/**
 * cal_paths_get_database_path:
 *
 * Returns: (transfer full): the default database file.
 */
char *
cal_paths_get_database_path (void)
{
  g_autofree char *dir = cal_paths_get_data_dir ();

  return g_build_filename (dir, "calibrd.db", NULL);
}

/**
 * cal_paths_get_recordings_dir:
 *
 * Returns: (transfer full): the folder that holds the Ogg/Opus recordings.
 */
char *
cal_paths_get_recordings_dir (void)
{
  g_autofree char *dir = cal_paths_get_data_dir ();

  return g_build_filename (dir, "recordings", NULL);
}

/**
 * cal_paths_ensure_private_dir:
 * @path: a folder
 * @error: return location for a #GError
 *
 * Creates @path and its parents if needed. Career stories and voice
 * recordings are personal, so the folder is readable by its owner only
 * (0700), and an existing folder is tightened to that too.
 *
 * Returns: %TRUE if @path exists as a private folder
 */
gboolean
cal_paths_ensure_private_dir (const char  *path,
                              GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_chmod (path, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not make the folder “%s” private: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
