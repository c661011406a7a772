/* cal-job-loop-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"
#include "cal-jd-analysis.h"

G_BEGIN_DECLS

#define CAL_TYPE_JOB_LOOP_EDITOR (cal_job_loop_editor_get_type ())

G_DECLARE_FINAL_TYPE (CalJobLoopEditor, cal_job_loop_editor, CAL, JOB_LOOP_EDITOR, AdwBin)

void        cal_job_loop_editor_set_job    (CalJobLoopEditor *self,
                                            CalContext       *context,
                                            gint64            job_id);
GListModel *cal_job_loop_editor_get_rounds (CalJobLoopEditor *self);
void        cal_job_loop_editor_add_round  (CalJobLoopEditor *self);
void        cal_job_loop_editor_move_round (CalJobLoopEditor *self,
                                            guint             position,
                                            int               delta);
void        cal_job_loop_editor_remove_round (CalJobLoopEditor *self,
                                              guint             position);
gboolean    cal_job_loop_editor_seed       (CalJobLoopEditor *self,
                                            CalJdAnalysis    *analysis);

G_END_DECLS
