/* cal-stories-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-stories-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-stories-view.h"

struct _CalStoriesView
{
  CalSection  parent_instance;

  GtkStack   *stack;
};

G_DEFINE_FINAL_TYPE (CalStoriesView, cal_stories_view, CAL_TYPE_SECTION)

static void
cal_stories_view_class_init (CalStoriesViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-stories-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalStoriesView, stack);
}

static void
cal_stories_view_init (CalStoriesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
cal_stories_view_new (void)
{
  return g_object_new (CAL_TYPE_STORIES_VIEW, NULL);
}
