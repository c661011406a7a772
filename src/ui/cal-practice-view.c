/* cal-practice-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-practice-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-practice-view.h"

struct _CalPracticeView
{
  CalSection  parent_instance;

  GtkStack   *stack;
};

G_DEFINE_FINAL_TYPE (CalPracticeView, cal_practice_view, CAL_TYPE_SECTION)

static void
cal_practice_view_class_init (CalPracticeViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-practice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, stack);
}

static void
cal_practice_view_init (CalPracticeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_practice_view_new (void)
{
  return g_object_new (CAL_TYPE_PRACTICE_VIEW, NULL);
}
