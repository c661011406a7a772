/* cal-file-error.c — why a file could not be read, in a user's words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GIO's messages are written for programmers ("Error opening file /x: Too
 * many levels of symbolic links"). The app and the CLI read files the user
 * chose; when that fails, the message names the file by its display name
 * and says what the user can do about it. Codes not listed here keep GIO's
 * message, which is still correct, only less friendly.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-file-error.h"

/* g_file_get_contents() speaks GFileError, GIO streams GIOErrorEnum. */
static int
io_code (const GError *error)
{
  if (error->domain == G_IO_ERROR)
    return error->code;
  return g_io_error_from_file_error (error->code);
}

/**
 * cal_file_error_explain:
 * @error: (inout) (optional): an error from reading @file, or %NULL
 * @file: the file that could not be read
 *
 * Rewrites the message of a common #GIOError or #GFileError from reading @file (missing,
 * no permission, a link loop, a folder) so that it says what happened and
 * what to do. The domain and code are kept, so callers can still tell the
 * cases apart.
 *
 * Returns: %TRUE if the message was rewritten
 */
gboolean
cal_file_error_explain (GError **error,
                        GFile   *file)
{
  g_autofree char *name = NULL;
  char *message = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (error == NULL || *error == NULL)
    return FALSE;
  if ((*error)->domain != G_IO_ERROR && (*error)->domain != G_FILE_ERROR)
    return FALSE;

  name = g_file_get_parse_name (file);

  switch (io_code (*error))
    {
    case G_IO_ERROR_NOT_FOUND:
      message = g_strdup_printf (_("“%s” does not exist. It may have been moved or deleted."), name);
      break;
    case G_IO_ERROR_PERMISSION_DENIED:
      message = g_strdup_printf (_("You do not have permission to read “%s”. Copy it somewhere you can read, or change its permissions."), name);
      break;
    case G_IO_ERROR_TOO_MANY_LINKS:
      message = g_strdup_printf (_("“%s” is a link that leads back to itself, so there is nothing to read."), name);
      break;
    case G_IO_ERROR_IS_DIRECTORY:
      message = g_strdup_printf (_("“%s” is a folder, not a file"), name);
      break;
    default:
      return FALSE;
    }

  g_free ((*error)->message);
  (*error)->message = message;
  return TRUE;
}

/**
 * cal_file_error_new_from_errno:
 * @path: the file that could not be read
 * @saved_errno: the errno of the failed call
 *
 * Returns: (transfer full): a #GIOError for @saved_errno with the message
 *   cal_file_error_explain() gives it, or %NULL if it has none for it
 */
GError *
cal_file_error_new_from_errno (const char *path,
                               int         saved_errno)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (saved_errno),
                                                  g_strerror (saved_errno));

  return cal_file_error_explain (&error, file) ? g_steal_pointer (&error) : NULL;
}
