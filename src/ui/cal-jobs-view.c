/* cal-jobs-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-jobs-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-jobs-view.h"

struct _CalJobsView
{
  CalSection  parent_instance;

  GtkStack   *stack;
};

G_DEFINE_FINAL_TYPE (CalJobsView, cal_jobs_view, CAL_TYPE_SECTION)

static void
cal_jobs_view_class_init (CalJobsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-jobs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalJobsView, stack);
}

static void
cal_jobs_view_init (CalJobsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_jobs_view_new (void)
{
  return g_object_new (CAL_TYPE_JOBS_VIEW, NULL);
}
