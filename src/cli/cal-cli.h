/* cal-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Shared state of one calibrd-cli invocation. The global options --db and
 * --json are taken out of argv by the dispatcher before a command runs, so
 * commands see only their own arguments (argv[0] is the command name, e.g.
 * "jd", argv[1] the sub-command, e.g. "analyze"). */
typedef struct
{
  char     *db_path;   /* --db, or the app's default database */
  gboolean  json;      /* --json */
} CalCli;

typedef int (*CalCliRunFunc) (CalCli  *cli,
                              int      argc,
                              char   **argv);

/* Exit statuses: 0 success, 1 the operation failed (a message went to
 * stderr), 2 the command line was wrong. */
#define CAL_CLI_EXIT_OK      0
#define CAL_CLI_EXIT_FAILED  1
#define CAL_CLI_EXIT_USAGE   2

void    cal_cli_set_database  (const char    *path);
int     cal_cli_fail          (const GError  *error);
int     cal_cli_usage         (const char    *format,
                               ...) G_GNUC_PRINTF (1, 2);
void    cal_cli_print_json    (JsonNode      *node);
GBytes *cal_cli_read_input    (const char    *path,
                               gsize          max_size,
                               GError       **error);

/* One function per command family; each lives in cal-cli-<family>.c. */
int cal_cli_jd      (CalCli *cli, int argc, char **argv);
int cal_cli_cv      (CalCli *cli, int argc, char **argv);
int cal_cli_story   (CalCli *cli, int argc, char **argv);
int cal_cli_store   (CalCli *cli, int argc, char **argv);
int cal_cli_transcribe (CalCli *cli, int argc, char **argv);
int cal_cli_coach   (CalCli *cli, int argc, char **argv);
int cal_cli_plan    (CalCli *cli, int argc, char **argv);
int cal_cli_export  (CalCli *cli, int argc, char **argv);
int cal_cli_process (CalCli *cli, int argc, char **argv);
int cal_cli_offer   (CalCli *cli, int argc, char **argv);

G_END_DECLS
