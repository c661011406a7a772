/* cal-practice-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-practice-attempt.h"
#include "cal-practice-history.h"
#include "cal-question.h"
#include "cal-recorder-panel.h"
#include "cal-section.h"
#include "cal-think-aloud-view.h"

G_BEGIN_DECLS

#define CAL_TYPE_PRACTICE_VIEW (cal_practice_view_get_type ())

G_DECLARE_FINAL_TYPE (CalPracticeView, cal_practice_view, CAL, PRACTICE_VIEW, CalSection)

GtkWidget          *cal_practice_view_new                   (void);
void                cal_practice_view_set_question          (CalPracticeView *self,
                                                             CalQuestion     *question);
CalQuestion        *cal_practice_view_get_question          (CalPracticeView *self);
void                cal_practice_view_set_story             (CalPracticeView *self,
                                                             gint64           story_id);
void                cal_practice_view_set_target_level      (CalPracticeView *self,
                                                             const char      *level_id);
CalPractice        *cal_practice_view_add_attempt_from_file (CalPracticeView *self,
                                                             const char      *path,
                                                             double           duration_s,
                                                             GError         **error);
void                cal_practice_view_show_practice         (CalPracticeView *self,
                                                             CalPractice     *practice);
gboolean            cal_practice_view_get_analysing         (CalPracticeView *self);
void                cal_practice_view_cancel_analysis       (CalPracticeView *self);
const char         *cal_practice_view_get_error             (CalPracticeView *self);
CalPracticeAttempt *cal_practice_view_get_attempt           (CalPracticeView *self);
CalPracticeHistory *cal_practice_view_get_history           (CalPracticeView *self);
CalRecorderPanel   *cal_practice_view_get_recorder_panel    (CalPracticeView *self);
CalThinkAloudView  *cal_practice_view_get_think_aloud_view  (CalPracticeView *self);

G_END_DECLS
