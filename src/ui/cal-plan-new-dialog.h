/* cal-plan-new-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CAL_TYPE_PLAN_NEW_DIALOG (cal_plan_new_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CalPlanNewDialog, cal_plan_new_dialog, CAL, PLAN_NEW_DIALOG, AdwMessageDialog)

GtkWidget *cal_plan_new_dialog_new (GtkWindow  *parent,
                                    GListModel *jobs);

G_END_DECLS
