/* cal-cli-store.c — calibrd-cli backup -o FILE | restore FILE
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-backup.h"
#include "cal-cli.h"
#include "cal-store.h"

static int
run_backup (CalCli  *cli,
            int      argc,
            char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  const char *output = NULL;
  guint n_recordings = 0;

  for (int i = 1; i < argc; i++)
    {
      if ((g_str_equal (argv[i], "-o") || g_str_equal (argv[i], "--output")) && i + 1 < argc)
        output = argv[++i];
      else if (g_str_has_prefix (argv[i], "--output="))
        output = argv[i] + strlen ("--output=");
      else
        return cal_cli_usage (_("Usage: calibrd-cli backup -o FILE"));
    }
  if (output == NULL)
    return cal_cli_usage (_("Usage: calibrd-cli backup -o FILE"));

  /* Backing up a database that does not exist would create an empty one
   * and back that up, which helps nobody. */
  if (!g_file_test (cli->db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("There is no database at “%s” to back up."), cli->db_path);
      return cal_cli_fail (error);
    }

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  if (!cal_backup_create (store, output, &n_recordings, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, output);
      json_builder_set_member_name (builder, "database");
      json_builder_add_string_value (builder, cli->db_path);
      json_builder_set_member_name (builder, "recordings");
      json_builder_add_int_value (builder, n_recordings);
      json_builder_set_member_name (builder, "schema_version");
      json_builder_add_int_value (builder, cal_store_get_schema_version ());
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else
    g_print (ngettext ("Backed up the database and %u recording to %s\n",
                       "Backed up the database and %u recordings to %s\n",
                       n_recordings),
             n_recordings, output);

  return CAL_CLI_EXIT_OK;
}

static int
run_restore (CalCli  *cli,
             int      argc,
             char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = NULL;
  int version = 0;

  if (argc != 2 || g_str_has_prefix (argv[1], "-"))
    return cal_cli_usage (_("Usage: calibrd-cli restore FILE"));

  if (!cal_backup_validate (argv[1], &version, &error) ||
      !cal_backup_restore (argv[1], cli->db_path, &previous, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "database");
      json_builder_add_string_value (builder, cli->db_path);
      json_builder_set_member_name (builder, "previous");
      if (previous != NULL)
        json_builder_add_string_value (builder, previous);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "schema_version");
      json_builder_add_int_value (builder, version);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else if (previous != NULL)
    g_print (_("Restored %s into %s. The previous database is kept as %s\n"),
             argv[1], cli->db_path, previous);
  else
    g_print (_("Restored %s into %s\n"), argv[1], cli->db_path);

  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_store:
 * @cli: the invocation
 * @argc: number of arguments
 * @argv: "backup" -o FILE, or "restore" FILE
 *
 * Both commands share this entry; argv[0] says which one ran.
 *
 * Returns: the exit status
 */
int
cal_cli_store (CalCli  *cli,
               int      argc,
               char   **argv)
{
  if (g_str_equal (argv[0], "restore"))
    return run_restore (cli, argc, argv);

  return run_backup (cli, argc, argv);
}
