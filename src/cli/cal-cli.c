/* cal-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli"

#include "config.h"

#include <stdio.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-file-error.h"
#include "cal-store.h"

static char *database_path;

/**
 * cal_cli_set_database:
 * @path: the database this invocation works on
 *
 * Remembers @path for the messages of cal_cli_fail().
 */
void
cal_cli_set_database (const char *path)
{
  g_free (database_path);
  database_path = g_strdup (path);
}

/**
 * cal_cli_fail:
 * @error: what went wrong
 *
 * Prints @error to stderr the same way for every command.
 *
 * Returns: %CAL_CLI_EXIT_FAILED, to return from the command
 */
int
cal_cli_fail (const GError *error)
{
  /* The store's message is written for the app, which keeps the edit and
   * saves it later; a command that gives up has saved nothing, and the
   * user should know that waiting a moment is all it takes. */
  if (g_error_matches (error, CAL_STORE_ERROR, CAL_STORE_ERROR_BUSY) && database_path != NULL)
    {
      g_autofree char *display = g_filename_display_name (database_path);
      guint seconds = CAL_STORE_DEFAULT_BUSY_TIMEOUT_MS / 1000;

      g_printerr ("calibrd-cli: ");
      g_printerr (g_dngettext (GETTEXT_PACKAGE,
                               "The database “%s” is in use by another program (Calibrd, or another "
                               "calibrd-cli, is writing to it) and stayed locked for more than %u "
                               "second, so nothing was saved. Try again in a moment, or quit Calibrd "
                               "first.",
                               "The database “%s” is in use by another program (Calibrd, or another "
                               "calibrd-cli, is writing to it) and stayed locked for more than %u "
                               "seconds, so nothing was saved. Try again in a moment, or quit Calibrd "
                               "first.",
                               seconds),
                  display, seconds);
      g_printerr ("\n");
      return CAL_CLI_EXIT_FAILED;
    }

  g_printerr ("calibrd-cli: %s\n", error != NULL ? error->message : _("Unknown error"));
  return CAL_CLI_EXIT_FAILED;
}

/**
 * cal_cli_usage:
 * @format: a printf() format for the complaint about the command line
 *
 * Returns: %CAL_CLI_EXIT_USAGE
 */
int
cal_cli_usage (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("calibrd-cli: %s\n", message);
  g_printerr ("%s\n", _("Run “calibrd-cli --help” for usage."));
  return CAL_CLI_EXIT_USAGE;
}

/**
 * cal_cli_print_json:
 * @node: (transfer none): the result
 *
 * Prints @node as pretty JSON followed by a newline on stdout.
 */
void
cal_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/**
 * cal_cli_read_input:
 * @path: a file path, or "-" for standard input
 * @max_size: the largest accepted input in bytes
 * @error: return location for a #GError
 *
 * Reads a whole input file. Input larger than @max_size is refused rather
 * than truncated, so a command never works on half a document.
 *
 * Returns: (transfer full): the bytes, or %NULL with @error set
 */
GBytes *
cal_cli_read_input (const char  *path,
                    gsize        max_size,
                    GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[16384];

  g_return_val_if_fail (path != NULL, NULL);

  if (g_strcmp0 (path, "-") == 0)
    {
      stream = g_unix_input_stream_new (0, FALSE);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(GFileInfo) info = NULL;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                G_FILE_QUERY_INFO_NONE, NULL, error);
      if (info == NULL)
        {
          cal_file_error_explain (error, file);
          return NULL;
        }

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                       _("“%s” is a folder, not a file"), path);
          return NULL;
        }

      stream = G_INPUT_STREAM (g_file_read (file, NULL, error));
      if (stream == NULL)
        {
          cal_file_error_explain (error, file);
          return NULL;
        }
    }

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, sizeof buffer, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      if (data->len + (gsize) n > max_size)
        {
          g_autofree char *limit = g_format_size (max_size);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("The input is larger than %s; nothing was read"), limit);
          return NULL;
        }

      g_byte_array_append (data, buffer, n);
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
