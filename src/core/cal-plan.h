/* cal-plan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_PLAN (cal_plan_get_type ())

G_DECLARE_FINAL_TYPE (CalPlan, cal_plan, CAL, PLAN, GObject)

CalPlan    *cal_plan_new         (void);
gint64      cal_plan_get_id      (CalPlan    *self);
void        cal_plan_set_id      (CalPlan    *self,
                                  gint64      id);
gint64      cal_plan_get_job_id  (CalPlan    *self);
void        cal_plan_set_job_id  (CalPlan    *self,
                                  gint64      job_id);
const char *cal_plan_get_title   (CalPlan    *self);
void        cal_plan_set_title   (CalPlan    *self,
                                  const char *title);
gint64      cal_plan_get_created (CalPlan    *self);
void        cal_plan_set_created (CalPlan    *self,
                                  gint64      created);
gint64      cal_plan_get_updated (CalPlan    *self);
void        cal_plan_set_updated (CalPlan    *self,
                                  gint64      updated);
gboolean    cal_plan_get_dirty   (CalPlan    *self);
void        cal_plan_set_dirty   (CalPlan    *self,
                                  gboolean    dirty);