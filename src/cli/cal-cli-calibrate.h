/* cal-cli-calibrate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-cli.h"
#include "cal-calibration.h"
#include "cal-coach-report.h"
#include "cal-transcript.h"

G_BEGIN_DECLS

/* `story calibrate` lives here so the story family only needs a one-line
 * branch; the coach's report printing is shared with `coach --audio`. */
int  cal_cli_story_calibrate        (CalCli          *cli,
                                     int              argc,
                                     char           **argv);
void cal_cli_print_calibration      (CalCalibration  *calibration);
int  cal_cli_coach_run              (CalCli          *cli,
                                     CalTranscript   *transcript,
                                     const char      *question,
                                     const char      *level);

G_END_DECLS
