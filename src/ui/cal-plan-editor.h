/* cal-plan-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_PLAN_EDITOR (cal_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (CalPlanEditor, cal_plan_editor, CAL, PLAN_EDITOR, AdwBin)

GtkWidget  *cal_plan_editor_new             (void);
void        cal_plan_editor_set_context     (CalPlanEditor *self,
                                             CalContext    *context);
gboolean    cal_plan_editor_load            (CalPlanEditor *self,
                                             gint64         plan_id,
                                             GError       **error);
void        cal_plan_editor_unload          (CalPlanEditor *self);
void        cal_plan_editor_focus_first_item (CalPlanEditor *self);
CalPlan    *cal_plan_editor_get_plan        (CalPlanEditor *self);
GListModel *cal_plan_editor_list_items      (CalPlanEditor *self);
GtkListBox *cal_plan_editor_get_phase_list  (CalPlanEditor *self,
                                             const char    *phase);
void        cal_plan_editor_add_item        (CalPlanEditor *self,
                                             const char    *phase);
char       *cal_plan_editor_to_markdown     (CalPlanEditor *self);
void        cal_plan_editor_copy_markdown   (CalPlanEditor *self);
void        cal_plan_editor_export          (CalPlanEditor *self);
void        cal_plan_editor_export_to_file  (CalPlanEditor *self,
                                             GFile         *file);
void        cal_plan_editor_cancel_export   (CalPlanEditor *self);
gboolean    cal_plan_editor_get_exporting   (CalPlanEditor *self);
void        cal_plan_editor_delete_plan     (CalPlanEditor *self);
void        cal_plan_editor_email_pdf       (CalPlanEditor *self);

G_END_DECLS
