/* cal-cli-process.c — calibrd-cli process add|move|end|reopen|list|ics
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-cli-process"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-cli.h"
#include "cal-funnel.h"
#include "cal-ics.h"
#include "cal-store.h"

#define DEFAULT_QUIET_DAYS 10

static const char *
process_usage (void)
{
  return _("Usage: calibrd-cli process add --job ID [--stage S] [--source S] [--recruiter NAME] "
           "[--email ADDRESS] [--next-step TEXT --due YYYY-MM-DD] | process move ID STAGE | "
           "process end ID OUTCOME | process reopen ID | process list [--quiet-days N] | "
           "process ics ID -o FILE");
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static gboolean
parse_id (const char *text,
          gint64     *id)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    return FALSE;
  *id = (gint64) value;
  return TRUE;
}

/* The app's setting when its schema is installed, else the default. */
static guint
quiet_days_setting (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source == NULL)
    return DEFAULT_QUIET_DAYS;
  schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "quiet-process-days"))
    return DEFAULT_QUIET_DAYS;
  settings = g_settings_new (SCHEMA_ID);
  return g_settings_get_uint (settings, "quiet-process-days");
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static JsonNode *
process_to_json (CalStore    *store,
                 CalProcess  *process,
                 const GDate *day,
                 guint        quiet_days)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(CalJob) job = cal_store_get_job (store, cal_process_get_job_id (process), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, cal_process_get_id (process));
  json_builder_set_member_name (builder, "job_id");
  json_builder_add_int_value (builder, cal_process_get_job_id (process));
  add_string (builder, "company", job != NULL ? cal_job_get_company (job) : "");
  add_string (builder, "title", job != NULL ? cal_job_get_title (job) : "");
  add_string (builder, "level", job != NULL ? cal_job_get_level (job) : "");
  add_string (builder, "track", job != NULL ? cal_job_get_track (job) : "");
  add_string (builder, "stage", cal_process_get_stage (process));
  json_builder_set_member_name (builder, "outcome");
  if (*cal_process_get_outcome (process) != '\0')
    json_builder_add_string_value (builder, cal_process_get_outcome (process));
  else
    json_builder_add_null_value (builder);
  add_string (builder, "started_on", cal_process_get_started_on (process));
  add_string (builder, "ended_on", cal_process_get_ended_on (process));
  add_string (builder, "last_activity_on", cal_process_get_last_activity_on (process));
  add_string (builder, "source", cal_process_get_source (process));
  add_string (builder, "recruiter_name", cal_process_get_recruiter_name (process));
  add_string (builder, "recruiter_email", cal_process_get_recruiter_email (process));
  add_string (builder, "next_step", cal_process_get_next_step (process));
  add_string (builder, "next_step_due", cal_process_get_next_step_due (process));
  json_builder_set_member_name (builder, "live");
  json_builder_add_boolean_value (builder, cal_funnel_is_live (process));
  json_builder_set_member_name (builder, "quiet");
  json_builder_add_boolean_value (builder, cal_funnel_is_quiet (process, day, quiet_days));
  json_builder_set_member_name (builder, "next_step_is_due");
  json_builder_add_boolean_value (builder, cal_funnel_next_step_is_due (process, day));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
print_process (CalCli     *cli,
               CalStore   *store,
               CalProcess *process)
{
  GDate day;

  today (&day);
  if (cli->json)
    {
      g_autoptr(JsonNode) node = process_to_json (store, process, &day, quiet_days_setting ());

      cal_cli_print_json (node);
    }
  else
    g_print ("%" G_GINT64_FORMAT "\n", cal_process_get_id (process));
}

static int
process_add (CalCli  *cli,
             int      argc,
             char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalProcess) draft = cal_process_new ();
  g_autoptr(CalProcess) process = NULL;
  gint64 job_id = 0;
  const char *due = NULL, *next_step = NULL;
  GDate day;

  for (int i = 2; i < argc; i++)
    {
      const char *value = i + 1 < argc ? argv[i + 1] : NULL;

      if (value == NULL)
        return cal_cli_usage ("%s", process_usage ());
      if (g_str_equal (argv[i], "--job"))
        {
          if (!parse_id (value, &job_id))
            return cal_cli_usage (_("“%s” is not a job id."), value);
        }
      else if (g_str_equal (argv[i], "--stage"))
        cal_process_set_stage (draft, value);
      else if (g_str_equal (argv[i], "--source"))
        cal_process_set_source (draft, value);
      else if (g_str_equal (argv[i], "--recruiter"))
        cal_process_set_recruiter_name (draft, value);
      else if (g_str_equal (argv[i], "--email"))
        cal_process_set_recruiter_email (draft, value);
      else if (g_str_equal (argv[i], "--next-step"))
        next_step = value;
      else if (g_str_equal (argv[i], "--due"))
        due = value;
      else
        return cal_cli_usage ("%s", process_usage ());
      i++;
    }
  if (job_id == 0)
    return cal_cli_usage ("%s", process_usage ());

  if (due != NULL)
    {
      GDate check;

      if (!cal_funnel_parse_day (due, &check) || strlen (due) != 10)
        {
          g_set_error (&error, CAL_FUNNEL_ERROR, CAL_FUNNEL_ERROR_INVALID_DATE,
                       _("“%s” is not a date. Write it as YYYY-MM-DD, e.g. 2024-05-31."), due);
          return cal_cli_fail (error);
        }
      if (next_step == NULL)
        return cal_cli_usage (_("--due needs a --next-step."));
    }
  cal_process_set_job_id (draft, job_id);
  cal_process_set_next_step (draft, next_step);
  cal_process_set_next_step_due (draft, due);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);

  today (&day);
  process = cal_funnel_start_draft (store, draft, &day, &error);
  if (process == NULL)
    return cal_cli_fail (error);

  print_process (cli, store, process);
  return CAL_CLI_EXIT_OK;
}

static int
process_change (CalCli  *cli,
                int      argc,
                char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalProcess) process = NULL;
  const char *command = argv[1];
  gboolean reopen = g_str_equal (command, "reopen");
  gint64 id;
  gboolean ok;
  GDate day;

  if (argc != (reopen ? 3 : 4))
    return cal_cli_usage ("%s", process_usage ());
  if (!parse_id (argv[2], &id))
    return cal_cli_usage (_("“%s” is not a process id."), argv[2]);

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  process = cal_store_get_process (store, id, &error);
  if (process == NULL)
    return cal_cli_fail (error);

  today (&day);
  if (g_str_equal (command, "move"))
    ok = cal_funnel_move (store, process, argv[3], &day, &error);
  else if (g_str_equal (command, "end"))
    ok = cal_funnel_end (store, process, argv[3], &day, &error);
  else
    ok = cal_funnel_reopen (store, process, &day, &error);
  if (!ok)
    return cal_cli_fail (error);

  print_process (cli, store, process);
  return CAL_CLI_EXIT_OK;
}

static int
process_list (CalCli  *cli,
              int      argc,
              char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) processes = NULL;
  guint quiet_days = quiet_days_setting ();
  guint n;
  GDate day;

  for (int i = 2; i < argc; i++)
    {
      guint64 value;

      if (g_str_equal (argv[i], "--quiet-days") && i + 1 < argc &&
          g_ascii_string_to_unsigned (argv[i + 1], 10, 1, 365, &value, NULL))
        {
          quiet_days = value;
          i++;
        }
      else
        return cal_cli_usage ("%s", process_usage ());
    }

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  processes = cal_store_list_processes (store, 0, &error);
  if (processes == NULL)
    return cal_cli_fail (error);

  today (&day);
  n = g_list_model_get_n_items (processes);
  if (cli->json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonArray) array = json_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CalProcess) p = g_list_model_get_item (processes, i);

          json_array_add_element (array, process_to_json (store, p, &day, quiet_days));
        }
      json_node_set_array (root, array);
      cal_cli_print_json (root);
      return CAL_CLI_EXIT_OK;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalProcess) p = g_list_model_get_item (processes, i);
      g_autoptr(CalJob) job = cal_store_get_job (store, cal_process_get_job_id (p), NULL);
      const char *outcome = cal_process_get_outcome (p);

      g_print ("%6" G_GINT64_FORMAT "  %-16s  %-14s  %s — %s%s\n",
               cal_process_get_id (p), cal_process_get_stage (p),
               *outcome != '\0' ? outcome : (cal_funnel_is_quiet (p, &day, quiet_days) ? _("quiet") : "-"),
               job != NULL ? cal_job_get_company (job) : "",
               job != NULL ? cal_job_get_title (job) : "",
               cal_funnel_next_step_is_due (p, &day) ? _("  (next step due)") : "");
    }
  if (n > 0 && cal_funnel_needs_more_options (processes))
    g_print ("%s\n", _("Fewer than two processes are live: interviewing from options makes each one easier."));

  return CAL_CLI_EXIT_OK;
}

static int
process_ics (CalCli  *cli,
             int      argc,
             char   **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) file = NULL;
  g_autofree char *ics = NULL;
  const char *output = NULL;
  gint64 id = 0;
  guint skipped = 0;

  for (int i = 2; i < argc; i++)
    {
      if ((g_str_equal (argv[i], "-o") || g_str_equal (argv[i], "--output")) && i + 1 < argc)
        output = argv[++i];
      else if (id == 0 && parse_id (argv[i], &id))
        continue;
      else
        return cal_cli_usage ("%s", process_usage ());
    }
  if (id == 0 || output == NULL)
    return cal_cli_usage ("%s", process_usage ());

  store = cal_store_open (cli->db_path, &error);
  if (store == NULL)
    return cal_cli_fail (error);
  ics = cal_ics_export_process (store, id, now, &skipped, &error);
  if (ics == NULL)
    return cal_cli_fail (error);

  file = g_file_new_for_commandline_arg (output);
  if (!g_file_replace_contents (file, ics, strlen (ics), NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, NULL, &error))
    return cal_cli_fail (error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *path = g_file_get_path (file);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "path");
      json_builder_add_string_value (builder, path);
      json_builder_set_member_name (builder, "skipped_without_date");
      json_builder_add_int_value (builder, skipped);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      cal_cli_print_json (root);
    }
  else if (skipped > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "calibrd-cli: %u round has no date and was left out.\n",
                             "calibrd-cli: %u rounds have no date and were left out.\n", skipped),
                skipped);

  return CAL_CLI_EXIT_OK;
}

/**
 * cal_cli_process:
 *
 * The funnel from the command line: one process per job pursued.
 */
int
cal_cli_process (CalCli  *cli,
                 int      argc,
                 char   **argv)
{
  if (argc < 2)
    return cal_cli_usage ("%s", process_usage ());

  if (g_str_equal (argv[1], "add"))
    return process_add (cli, argc, argv);
  if (g_str_equal (argv[1], "move") || g_str_equal (argv[1], "end") || g_str_equal (argv[1], "reopen"))
    return process_change (cli, argc, argv);
  if (g_str_equal (argv[1], "list"))
    return process_list (cli, argc, argv);
  if (g_str_equal (argv[1], "ics"))
    return process_ics (cli, argc, argv);

  return cal_cli_usage ("%s", process_usage ());
}
