/* cal-funnel-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-funnel-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-funnel-view.h"

struct _CalFunnelView
{
  CalSection  parent_instance;

  GtkStack   *stack;
};

G_DEFINE_FINAL_TYPE (CalFunnelView, cal_funnel_view, CAL_TYPE_SECTION)

static void
cal_funnel_view_class_init (CalFunnelViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-funnel-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalFunnelView, stack);
}

static void
cal_funnel_view_init (CalFunnelView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_funnel_view_new (void)
{
  return g_object_new (CAL_TYPE_FUNNEL_VIEW, NULL);
}
