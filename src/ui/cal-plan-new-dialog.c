/* cal-plan-new-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-new-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-job.h"
#include "cal-plan-new-dialog.h"

/* "New Plan": one row per job to draft from, and a blank plan. Choosing a
 * row is the answer, so there is no second button to press; the dialog
 * emits ::chosen and closes. By keyboard: the first row has the focus,
 * Up and Down move it, Return or Space chooses, Escape cancels. */

struct _CalPlanNewDialog
{
  AdwMessageDialog  parent_instance;

  GtkListBox       *list;
};

G_DEFINE_FINAL_TYPE (CalPlanNewDialog, cal_plan_new_dialog, ADW_TYPE_MESSAGE_DIALOG)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_list_row_activated (CalPlanNewDialog *self,
                       GtkListBoxRow    *row)
{
  CalJob *job = g_object_get_data (G_OBJECT (row), "job");

  g_object_ref (self);
  g_signal_emit (self, signals[CHOSEN], 0, job);
  gtk_window_close (GTK_WINDOW (self));
  g_object_unref (self);
}

static GtkWidget *
create_row (const char *title,
            const char *subtitle,
            const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (icon_name));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* Return goes to the window's default widget, the Cancel response,
   * unless the focused widget receives the default itself: then GtkWindow
   * activates the focused row instead, as Space already does. Without
   * this a keyboard user who picked a job with Return lost the dialog. */
  gtk_widget_set_receives_default (row, TRUE);

  return row;
}

static void
cal_plan_new_dialog_class_init (CalPlanNewDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /**
   * CalPlanNewDialog::chosen:
   * @job: (nullable): the job to draft from, or %NULL for a blank plan
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CAL_TYPE_JOB);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-plan-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPlanNewDialog, list);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_activated);
}

static void
cal_plan_new_dialog_init (CalPlanNewDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_plan_new_dialog_new:
 * @parent: (nullable): the window to be modal for
 * @jobs: a #GListModel of #CalJob to offer
 *
 * Returns: (transfer floating): the dialog; present it
 */
GtkWidget *
cal_plan_new_dialog_new (GtkWindow  *parent,
                         GListModel *jobs)
{
  CalPlanNewDialog *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (jobs), NULL);

  self = g_object_new (CAL_TYPE_PLAN_NEW_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);

  n = g_list_model_get_n_items (jobs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalJob) job = g_list_model_get_item (jobs, i);
      const char *title = *cal_job_get_title (job) != '\0' ? cal_job_get_title (job) : _("Untitled job");
      const char *company = cal_job_get_company (job);
      GtkWidget *row;

      row = create_row (title, *company != '\0' ? company : _("Company unknown"), "x-office-document-symbolic");
      g_object_set_data_full (G_OBJECT (row), "job", g_object_ref (job), g_object_unref);
      gtk_list_box_append (self->list, row);
    }

  gtk_list_box_append (self->list,
                       create_row (_("Blank Plan"), _("Three empty phases to fill in yourself"),
                                   "document-new-symbolic"));

  return GTK_WIDGET (self);
}
