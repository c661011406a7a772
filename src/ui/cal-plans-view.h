/* cal-plans-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-job.h"
#include "cal-plan-editor.h"
#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_PLANS_VIEW (cal_plans_view_get_type ())

G_DECLARE_FINAL_TYPE (CalPlansView, cal_plans_view, CAL, PLANS_VIEW, CalSection)

GtkWidget     *cal_plans_view_new            (void);
gboolean       cal_plans_view_draft_for_job  (CalPlansView *self,
                                              CalJob       *job);
gboolean       cal_plans_view_new_blank_plan (CalPlansView *self);
gboolean       cal_plans_view_open_plan      (CalPlansView *self,
                                              gint64        plan_id);
void           cal_plans_view_show_list      (CalPlansView *self);
CalPlanEditor *cal_plans_view_get_editor     (CalPlansView *self);
GtkListBox    *cal_plans_view_get_plans_list (CalPlansView *self);

G_END_DECLS
