/* cal-practice-attempt.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-coach-report-view.h"
#include "cal-player.h"
#include "cal-practice.h"
#include "cal-transcript-view.h"

G_BEGIN_DECLS

#define CAL_TYPE_PRACTICE_ATTEMPT (cal_practice_attempt_get_type ())

G_DECLARE_FINAL_TYPE (CalPracticeAttempt, cal_practice_attempt, CAL, PRACTICE_ATTEMPT, AdwBin)

GtkWidget          *cal_practice_attempt_new                   (void);
void                cal_practice_attempt_set_practice          (CalPracticeAttempt *self,
                                                                CalPractice        *practice,
                                                                double              target_s,
                                                                double              pace_min_wpm,
                                                                double              pace_max_wpm);
CalPractice        *cal_practice_attempt_get_practice          (CalPracticeAttempt *self);
CalPlayer          *cal_practice_attempt_get_player            (CalPracticeAttempt *self);
CalTranscriptView  *cal_practice_attempt_get_transcript_view   (CalPracticeAttempt *self);
CalCoachReportView *cal_practice_attempt_get_report_view       (CalPracticeAttempt *self);
gboolean            cal_practice_attempt_get_recording_missing (CalPracticeAttempt *self);
void                cal_practice_attempt_stop                  (CalPracticeAttempt *self);

G_END_DECLS
