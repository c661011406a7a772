/* cal-plan-editor-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-plan-editor.h"

G_BEGIN_DECLS

struct _CalPlanEditor
{
  AdwBin         parent_instance;

  CalContext    *context;
  CalPlan       *plan;
  CalJob        *job;
  GPtrArray     *watched;          /* items the autosave watches for us */

  GCancellable  *export_cancellable;
  GtkFileChooserNative *chooser;
  GFile         *exported_pdf;     /* the plan's last PDF, for email */

  GtkRevealer   *export_revealer;
  GtkScrolledWindow *scrolled_window;
  GtkSpinner    *export_spinner;
  AdwEntryRow   *title_row;
  AdwActionRow  *job_row;
  GtkListBox    *learn_list;
  GtkListBox    *diagnose_list;
  GtkListBox    *act_list;

  gboolean       loading;
};

/* Shared by cal-plan-editor.c and cal-plan-editor-export.c. */
enum {
  CAL_PLAN_EDITOR_PROP_0,
  CAL_PLAN_EDITOR_PROP_EXPORTING,
  CAL_PLAN_EDITOR_N_PROPS
};

extern GParamSpec *cal_plan_editor_properties[CAL_PLAN_EDITOR_N_PROPS];

void cal_plan_editor_show_toast   (CalPlanEditor *self,
                                   AdwToast      *toast);
void cal_plan_editor_show_message (CalPlanEditor *self,
                                   const char    *message);

G_END_DECLS
