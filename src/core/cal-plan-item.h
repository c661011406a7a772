/* cal-plan-item.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_PLAN_ITEM (cal_plan_item_get_type ())

G_DECLARE_FINAL_TYPE (CalPlanItem, cal_plan_item, CAL, PLAN_ITEM, GObject)

CalPlanItem *cal_plan_item_new               (void);
gint64       cal_plan_item_get_id            (CalPlanItem *self);
void         cal_plan_item_set_id            (CalPlanItem *self,
                                              gint64       id);
gint64       cal_plan_item_get_plan_id       (CalPlanItem *self);
void         cal_plan_item_set_plan_id       (CalPlanItem *self,
                                              gint64       plan_id);
const char  *cal_plan_item_get_phase         (CalPlanItem *self);
void         cal_plan_item_set_phase         (CalPlanItem *self,
                                              const char  *phase);
int          cal_plan_item_get_position      (CalPlanItem *self);
void         cal_plan_item_set_position      (CalPlanItem *self,
                                              int          position);
const char  *cal_plan_item_get_title         (CalPlanItem *self);
void         cal_plan_item_set_title         (CalPlanItem *self,
                                              const char  *title);
const char  *cal_plan_item_get_detail        (CalPlanItem *self);
void         cal_plan_item_set_detail        (CalPlanItem *self,
                                              const char  *detail);
const char  *cal_plan_item_get_rationale     (CalPlanItem *self);
void         cal_plan_item_set_rationale     (CalPlanItem *self,
                                              const char  *rationale);
int          cal_plan_item_get_priority      (CalPlanItem *self);
void         cal_plan_item_set_priority      (CalPlanItem *self,
                                              int          priority);
const char  *cal_plan_item_get_stakeholder   (CalPlanItem *self);
void         cal_plan_item_set_stakeholder   (CalPlanItem *self,
                                              const char  *stakeholder);
const char  *cal_plan_item_get_product_area  (CalPlanItem *self);
void         cal_plan_item_set_product_area  (CalPlanItem *self,
                                              const char  *product_area);
const char  *cal_plan_item_get_outcome       (CalPlanItem *self);
void         cal_plan_item_set_outcome       (CalPlanItem *self,
                                              const char  *outcome);
const char  *cal_plan_item_get_source_phrase (CalPlanItem *self);
void         cal_plan_item_set_source_phrase (CalPlanItem *self,
                                              const char  *source_phrase);
gint64       cal_plan_item_get_created       (CalPlanItem *self);
void         cal_plan_item_set_created       (CalPlanItem *self,
                                              gint64       created);
gint64       cal_plan_item_get_updated       (CalPlanItem *self);
void         cal_plan_item_set_updated       (CalPlanItem *self,
                                              gint64       updated);
gboolean     cal_plan_item_get_dirty         (CalPlanItem *self);
void         cal_plan_item_set_dirty         (CalPlanItem *self,
                                              gboolean     dirty);