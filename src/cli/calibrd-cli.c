/* calibrd-cli.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "calibrd-cli"

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "cal-cli.h"
#include "cal-cli-interop.h"
#include "cal-paths.h"

typedef struct
{
  const char    *name;
  CalCliRunFunc  run;
  const char    *usage;
} CalCliCommand;

/* One row per command family, in the order --help lists them. */
static const CalCliCommand commands[] = {
  /* COMMANDS: each family adds its row here. */
  { "process", cal_cli_process, N_("process add --job ID [--stage S] | move ID STAGE | end ID OUTCOME | reopen ID | list | ics ID -o FILE   the funnel") },
  { "offer", cal_cli_offer, N_("offer add --process ID --currency C --base N … | compare | import-comp FILE   offers side by side, your own comp data") },
  { "jd", cal_cli_jd, N_("jd analyze|import FILE|-         read a job description; import also stores it") },
  { "cv", cal_cli_cv, N_("cv import FILE | cv gaps --jd FILE|--job ID   your CV against a job: matched skills, gaps, questions") },
  { "transcribe", cal_cli_transcribe, N_("transcribe AUDIO              words heard in a recording, with their times") },
  { "coach", cal_cli_coach, N_("coach --transcript F [--level L]  pace, pauses, fillers and content of a spoken answer") },
  { "plan", cal_cli_plan, N_("plan draft --job ID             a first-90-days plan seeded from the job, stored") },
  { "export", cal_cli_export, N_("export plan|stories|prep|json …  a PDF of a plan, the story bank or a loop prep sheet (-o OUT.pdf), or all data as JSON (-o FILE)") },
  { "story", cal_cli_story, N_("story add FILE|- | list | search QUERY   the story bank; add reads text or Markdown with STAR headings") },
  { "backup", cal_cli_store, N_("backup -o FILE                 one file with the database and the recordings") },
  { "restore", cal_cli_store, N_("restore FILE                   check a backup, then replace the data; the old database is kept") },
  { "import", cal_cli_import, N_("import json FILE               load a portable export (export json -o FILE) into an empty database") },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: calibrd-cli [--db PATH] [--json] COMMAND [ARGS…]"));
  g_print ("%s\n\n", _("Prepare for tech interviews from the command line. Everything stays on this machine."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_print ("  %s\n", commands[i].usage);
  g_print ("\n%s\n", _("Options:"));
  g_print ("  --db PATH   %s\n", _("use this database instead of the app’s own"));
  g_print ("  --json      %s\n", _("print results as JSON"));
  g_print ("  --help      %s\n", _("show this help"));
  g_print ("  --version   %s\n", _("show the version"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autofree char *db_path = NULL;
  CalCli cli = { 0 };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options may stand anywhere; everything else is passed on to
   * the command in order. */
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--json"))
        cli.json = TRUE;
      else if (g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= argc)
            return cal_cli_usage (_("--db needs a path"));
          g_free (db_path);
          db_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (argv[i] + strlen ("--db="));
        }
      else if (rest->len == 0 && (g_str_equal (argv[i], "--help") || g_str_equal (argv[i], "-h")))
        {
          print_help ();
          return CAL_CLI_EXIT_OK;
        }
      else if (rest->len == 0 && g_str_equal (argv[i], "--version"))
        {
          g_print ("calibrd-cli %s\n", PACKAGE_VERSION);
          return CAL_CLI_EXIT_OK;
        }
      else
        g_ptr_array_add (rest, argv[i]);
    }

  if (rest->len == 0)
    {
      print_help ();
      return CAL_CLI_EXIT_USAGE;
    }

  cli.db_path = db_path != NULL ? g_strdup (db_path) : cal_paths_get_database_path ();
  cal_cli_set_database (cli.db_path);
  g_ptr_array_add (rest, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, g_ptr_array_index (rest, 0)))
        {
          int status = commands[i].run (&cli, rest->len - 1, (char **) rest->pdata);

          g_free (cli.db_path);
          return status;
        }
    }

  g_free (cli.db_path);
  return cal_cli_usage (_("Unknown command “%s”"), (const char *) g_ptr_array_index (rest, 0));
}
