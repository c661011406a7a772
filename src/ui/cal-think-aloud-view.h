/* cal-think-aloud-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"
#include "cal-practice.h"
#include "cal-recorder-panel.h"

G_BEGIN_DECLS

#define CAL_TYPE_THINK_ALOUD_VIEW (cal_think_aloud_view_get_type ())

G_DECLARE_FINAL_TYPE (CalThinkAloudView, cal_think_aloud_view, CAL, THINK_ALOUD_VIEW, AdwBin)

GtkWidget        *cal_think_aloud_view_new                   (void);
void              cal_think_aloud_view_set_context           (CalThinkAloudView *self,
                                                              CalContext        *context);
gboolean          cal_think_aloud_view_set_prompt            (CalThinkAloudView *self,
                                                              const char        *prompt_id);
const char       *cal_think_aloud_view_get_prompt_id         (CalThinkAloudView *self);
void              cal_think_aloud_view_show_prompts          (CalThinkAloudView *self);
CalPractice      *cal_think_aloud_view_add_attempt_from_file (CalThinkAloudView *self,
                                                              const char        *path,
                                                              double             duration_s,
                                                              GError           **error);
void              cal_think_aloud_view_show_practice         (CalThinkAloudView *self,
                                                              CalPractice       *practice);
gboolean          cal_think_aloud_view_get_analysing         (CalThinkAloudView *self);
void              cal_think_aloud_view_cancel_analysis       (CalThinkAloudView *self);
const char       *cal_think_aloud_view_get_error             (CalThinkAloudView *self);
GtkWidget        *cal_think_aloud_view_get_report            (CalThinkAloudView *self);
guint             cal_think_aloud_view_get_n_attempts        (CalThinkAloudView *self);
CalRecorderPanel *cal_think_aloud_view_get_recorder_panel    (CalThinkAloudView *self);
void              cal_think_aloud_view_set_scratch_pad       (CalThinkAloudView *self,
                                                              const char        *text);

const char       *cal_think_aloud_prompt_kind_name           (const char        *kind);
gboolean          cal_think_aloud_practice_get_prompt_id     (CalPractice       *practice,
                                                              char             **prompt_id);

G_END_DECLS
