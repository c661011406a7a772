/* cal-level-meter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A horizontal bar showing how loud the microphone is, in dBFS.
 */

#define G_LOG_DOMAIN "cal-level-meter"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-level-meter.h"

/* Speech sits roughly between -50 and -10 dBFS; below -60 the bar is
 * empty, so a quiet room does not look like a live input. */
#define FLOOR_DB (-60.0)
#define LOUD_DB  (-6.0)

struct _CalLevelMeter
{
  GtkWidget parent_instance;

  double    level;
};

G_DEFINE_FINAL_TYPE (CalLevelMeter, cal_level_meter, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static double
level_fraction (double level)
{
  return CLAMP ((level - FLOOR_DB) / (0.0 - FLOOR_DB), 0.0, 1.0);
}

static void
cal_level_meter_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  CalLevelMeter *self = CAL_LEVEL_METER (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  float radius = height / 2.0f;
  GskRoundedRect outline;
  GdkRGBA trough, bar;
  double fraction = level_fraction (self->level);

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &trough);
  trough.alpha *= 0.15f;

  if (self->level >= LOUD_DB)
    lookup_color (widget, "warning_color", &bar, "#e5a50a");
  else
    lookup_color (widget, "accent_color", &bar, "#3584e4");

  gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (0, 0, width, height), radius);
  gtk_snapshot_push_rounded_clip (snapshot, &outline);
  gtk_snapshot_append_color (snapshot, &trough, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (fraction > 0)
    gtk_snapshot_append_color (snapshot, &bar, &GRAPHENE_RECT_INIT (0, 0, (float) (width * fraction), height));
  gtk_snapshot_pop (snapshot);
}

static void
cal_level_meter_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = 240;
    }
  else
    {
      *minimum = *natural = 12;
    }
}

static void
cal_level_meter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CalLevelMeter *self = CAL_LEVEL_METER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      g_value_set_double (value, self->level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_level_meter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CalLevelMeter *self = CAL_LEVEL_METER (object);

  switch (prop_id)
    {
    case PROP_LEVEL:
      cal_level_meter_set_level (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_level_meter_class_init (CalLevelMeterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = cal_level_meter_get_property;
  object_class->set_property = cal_level_meter_set_property;

  widget_class->snapshot = cal_level_meter_snapshot;
  widget_class->measure = cal_level_meter_measure;

  properties[PROP_LEVEL] =
    g_param_spec_double ("level", NULL, NULL, -G_MAXDOUBLE, 0.0, -120.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "levelmeter");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
cal_level_meter_init (CalLevelMeter *self)
{
  self->level = -120.0;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Microphone level"),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, 100.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 0.0,
                                  -1);
}

GtkWidget *
cal_level_meter_new (void)
{
  return g_object_new (CAL_TYPE_LEVEL_METER, NULL);
}

/**
 * cal_level_meter_get_level:
 * @self: a #CalLevelMeter
 *
 * Returns: the level shown, in dBFS
 */
double
cal_level_meter_get_level (CalLevelMeter *self)
{
  g_return_val_if_fail (CAL_IS_LEVEL_METER (self), -120.0);

  return self->level;
}

/**
 * cal_level_meter_set_level:
 * @self: a #CalLevelMeter
 * @level_db: the loudness in dBFS (0 is full scale)
 *
 * Shows a new level. Cheap: it only queues a redraw of the bar.
 */
void
cal_level_meter_set_level (CalLevelMeter *self,
                           double         level_db)
{
  double old_fraction;

  g_return_if_fail (CAL_IS_LEVEL_METER (self));

  if (self->level == level_db)
    return;

  old_fraction = level_fraction (self->level);
  self->level = level_db;
  if (old_fraction != level_fraction (level_db))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 100.0 * level_fraction (level_db),
                                      -1);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}
