/* cal-story-split.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-story-split"

#include "config.h"

#include "cal-story-split.h"

/* CalStorySplit lays out the story editor and its calibration panel: side
 * by side when there is room, the panel below the editor when there is
 * not. libadwaita 1.2 has no breakpoints, and switching a GtkBox's
 * orientation from size_allocate would relayout during layout, so the
 * decision is made here, in measure and allocate alike, from the width
 * the widget is given. */

#define SIDE_BY_SIDE_MIN_WIDTH 860
#define SPACING 24
#define END_MIN_WIDTH 320
#define END_MAX_WIDTH 420

struct _CalStorySplit
{
  GtkWidget  parent_instance;

  GtkWidget *start_child;
  GtkWidget *end_child;
  gboolean   side_by_side;
  int        last_width;
  guint      refresh_id;
};

G_DEFINE_FINAL_TYPE (CalStorySplit, cal_story_split, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_START_CHILD,
  PROP_END_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
end_width_for (int width)
{
  return CLAMP (width * 2 / 5, END_MIN_WIDTH, END_MAX_WIDTH);
}

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural)
{
  *minimum = *natural = 0;
  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
}

/* GtkTextView (4.8) reports the height of its text as laid out at its
 * previous width and does not ask for a new size once it has wrapped the
 * text at the new one, so a text view made narrower would cut its text off.
 * Once the views have laid out (they validate at a higher priority), ask
 * them again. */
static void
refresh_text_views (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_widget_queue_resize (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    refresh_text_views (child);
}

static gboolean
refresh_cb (gpointer user_data)
{
  CalStorySplit *self = user_data;

  self->refresh_id = 0;
  refresh_text_views (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/**
 * cal_story_split_refresh_text_views:
 * @self: a #CalStorySplit
 *
 * Makes the text views inside ask for the height their text needs now,
 * after an edit or a new width.
 */
void
cal_story_split_refresh_text_views (CalStorySplit *self)
{
  g_return_if_fail (CAL_IS_STORY_SPLIT (self));

  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_LOW, refresh_cb, self, NULL);
}

static void
cal_story_split_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  CalStorySplit *self = CAL_STORY_SPLIT (widget);
  int smin, snat, emin, enat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked is always possible, so the narrowest width is the wider
       * of the two children's minimums. */
      measure_child (self->start_child, orientation, -1, &smin, &snat);
      measure_child (self->end_child, orientation, -1, &emin, &enat);
      *minimum = MAX (smin, emin);
      *natural = MAX (*minimum, snat + SPACING + MAX (enat, END_MIN_WIDTH));
    }
  else if (for_size >= SIDE_BY_SIDE_MIN_WIDTH)
    {
      int end_width = end_width_for (for_size);

      measure_child (self->start_child, orientation, for_size - end_width - SPACING, &smin, &snat);
      measure_child (self->end_child, orientation, end_width, &emin, &enat);
      *minimum = MAX (smin, emin);
      *natural = MAX (snat, enat);
    }
  else
    {
      /* Stacked, both children get their natural height: a text view
       * given only its minimum would cut off what the user wrote. */
      measure_child (self->start_child, orientation, for_size, &smin, &snat);
      measure_child (self->end_child, orientation, for_size, &emin, &enat);
      *minimum = *natural = MAX (smin, snat) + SPACING + MAX (emin, enat);
    }
}

static void
cal_story_split_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  CalStorySplit *self = CAL_STORY_SPLIT (widget);

  self->side_by_side = width >= SIDE_BY_SIDE_MIN_WIDTH;
  if (width != self->last_width)
    {
      self->last_width = width;
      cal_story_split_refresh_text_views (self);
    }

  if (self->side_by_side)
    {
      int end_width = end_width_for (width);
      int start_width = width - end_width - SPACING;
      gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

      if (self->start_child != NULL)
        gtk_widget_size_allocate (self->start_child,
                                  &(GtkAllocation) { rtl ? end_width + SPACING : 0, 0, start_width, height },
                                  -1);
      if (self->end_child != NULL)
        {
          int emin, enat;

          /* The panel keeps its own height at the top instead of
           * stretching down the editor's whole length. */
          measure_child (self->end_child, GTK_ORIENTATION_VERTICAL, end_width, &emin, &enat);
          gtk_widget_size_allocate (self->end_child,
                                    &(GtkAllocation) { rtl ? 0 : start_width + SPACING, 0, end_width, MIN (height, MAX (emin, enat)) },
                                    -1);
        }
    }
  else
    {
      int smin = 0, snat = 0, y = 0;

      if (self->start_child != NULL)
        {
          measure_child (self->start_child, GTK_ORIENTATION_VERTICAL, width, &smin, &snat);
          gtk_widget_size_allocate (self->start_child, &(GtkAllocation) { 0, 0, width, MAX (smin, snat) }, -1);
          y = MAX (smin, snat) + SPACING;
        }
      if (self->end_child != NULL)
        gtk_widget_size_allocate (self->end_child, &(GtkAllocation) { 0, y, width, MAX (0, height - y) }, -1);
    }
}

static GtkSizeRequestMode
cal_story_split_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_child (CalStorySplit  *self,
           GtkWidget     **slot,
           GtkWidget      *child,
           GParamSpec     *pspec)
{
  if (*slot == child)
    return;

  if (*slot != NULL)
    gtk_widget_unparent (*slot);
  *slot = child;
  if (child != NULL)
    gtk_widget_set_parent (child, GTK_WIDGET (self));
  /* Keep focus order: editor first, then panel. */
  if (self->start_child != NULL && self->end_child != NULL)
    gtk_widget_insert_before (self->start_child, GTK_WIDGET (self), self->end_child);

  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
cal_story_split_dispose (GObject *object)
{
  CalStorySplit *self = CAL_STORY_SPLIT (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->start_child, gtk_widget_unparent);
  g_clear_pointer (&self->end_child, gtk_widget_unparent);

  G_OBJECT_CLASS (cal_story_split_parent_class)->dispose (object);
}

static void
cal_story_split_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CalStorySplit *self = CAL_STORY_SPLIT (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      g_value_set_object (value, self->start_child);
      break;

    case PROP_END_CHILD:
      g_value_set_object (value, self->end_child);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_story_split_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CalStorySplit *self = CAL_STORY_SPLIT (object);

  switch (prop_id)
    {
    case PROP_START_CHILD:
      cal_story_split_set_start_child (self, g_value_get_object (value));
      break;

    case PROP_END_CHILD:
      cal_story_split_set_end_child (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_story_split_class_init (CalStorySplitClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_story_split_dispose;
  object_class->get_property = cal_story_split_get_property;
  object_class->set_property = cal_story_split_set_property;

  widget_class->measure = cal_story_split_measure;
  widget_class->size_allocate = cal_story_split_size_allocate;
  widget_class->get_request_mode = cal_story_split_get_request_mode;

  properties[PROP_START_CHILD] =
    g_param_spec_object ("start-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END_CHILD] =
    g_param_spec_object ("end-child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cal_story_split_init (CalStorySplit *self)
{
}

GtkWidget *
cal_story_split_new (void)
{
  return g_object_new (CAL_TYPE_STORY_SPLIT, NULL);
}

void
cal_story_split_set_start_child (CalStorySplit *self,
                                 GtkWidget     *child)
{
  g_return_if_fail (CAL_IS_STORY_SPLIT (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->start_child, child, properties[PROP_START_CHILD]);
}

void
cal_story_split_set_end_child (CalStorySplit *self,
                               GtkWidget     *child)
{
  g_return_if_fail (CAL_IS_STORY_SPLIT (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->end_child, child, properties[PROP_END_CHILD]);
}

/**
 * cal_story_split_get_side_by_side:
 * @self: a #CalStorySplit
 *
 * Returns: whether the last layout put the children side by side
 */
gboolean
cal_story_split_get_side_by_side (CalStorySplit *self)
{
  g_return_val_if_fail (CAL_IS_STORY_SPLIT (self), FALSE);

  return self->side_by_side;
}
