/* cal-plan-item-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-plan-item.h"

G_BEGIN_DECLS

#define CAL_TYPE_PLAN_ITEM_ROW (cal_plan_item_row_get_type ())

G_DECLARE_FINAL_TYPE (CalPlanItemRow, cal_plan_item_row, CAL, PLAN_ITEM_ROW, AdwExpanderRow)

GtkWidget   *cal_plan_item_row_new        (CalPlanItem    *item);
CalPlanItem *cal_plan_item_row_get_item   (CalPlanItemRow *self);
void         cal_plan_item_row_focus      (CalPlanItemRow *self);
void         cal_plan_item_row_edit_title (CalPlanItemRow *self);

G_END_DECLS
