/* cal-cli-interop.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-cli.h"

G_BEGIN_DECLS

/* Interop commands. The families that own the command words call these:
 * `export json` (cal-cli-export.c), `story export-md|import-md`
 * (cal-cli-story.c); `import` is its own family. */
int cal_cli_export_json      (CalCli *cli, int argc, char **argv);
int cal_cli_import           (CalCli *cli, int argc, char **argv);
int cal_cli_story_export_md  (CalCli *cli, int argc, char **argv);
int cal_cli_story_import_md  (CalCli *cli, int argc, char **argv);

G_END_DECLS
