/* cal-plans-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plans-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-plans-view.h"

struct _CalPlansView
{
  CalSection  parent_instance;

  GtkStack   *stack;
};

G_DEFINE_FINAL_TYPE (CalPlansView, cal_plans_view, CAL_TYPE_SECTION)

static void
cal_plans_view_class_init (CalPlansViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, stack);
}

static void
cal_plans_view_init (CalPlansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_plans_view_new (void)
{
  return g_object_new (CAL_TYPE_PLANS_VIEW, NULL);
}
