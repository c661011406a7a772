/* cal-history-plot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three small charts, one above the other, of the attempts at one
 * question: pace, fillers per minute and level calibration. They share
 * the attempt axis so a trend reads straight down.
 */

#define G_LOG_DOMAIN "cal-history-plot"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "cal-history-plot.h"

#define CHART_HEIGHT 72.0
#define CHART_GAP    26.0
#define LEFT_MARGIN  86.0
#define RIGHT_MARGIN 12.0
#define TOP_MARGIN   8.0
#define AXIS_HEIGHT  30.0

struct _CalHistoryPlot
{
  GtkWidget  parent_instance;

  GArray    *points;
  double     pace_min;
  double     pace_max;
};

G_DEFINE_FINAL_TYPE (CalHistoryPlot, cal_history_plot, GTK_TYPE_WIDGET)

typedef enum
{
  SERIES_PACE,
  SERIES_FILLERS,
  SERIES_CALIBRATION,
  N_SERIES
} Series;

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
}

static double
series_value (const CalHistoryPoint *point,
              Series                 series)
{
  switch (series)
    {
    case SERIES_PACE:
      return point->wpm;
    case SERIES_FILLERS:
      return point->fillers_per_min;
    case SERIES_CALIBRATION:
    case N_SERIES:
    default:
      return point->calibration;
    }
}

static void
series_range (CalHistoryPlot *self,
              Series          series,
              double         *low,
              double         *high)
{
  if (series == SERIES_CALIBRATION)
    {
      *low = 0;
      *high = 2;
      return;
    }

  *low = 0;
  *high = series == SERIES_PACE ? MAX (self->pace_max + 20, 180) : 4;
  for (guint i = 0; i < self->points->len; i++)
    *high = MAX (*high, series_value (&g_array_index (self->points, CalHistoryPoint, i), series) * 1.1);
  *high = ceil (*high / 10.0) * 10.0;
}

static void
draw_text (cairo_t    *cr,
           GtkWidget  *widget,
           const char *text,
           double      x,
           double      y,
           double      xalign,
           double      yalign,
           gboolean    small)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);
  int width, height;

  if (small)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_scale_new (PANGO_SCALE_SMALL));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_move_to (cr, x - width * xalign, y - height * yalign);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static double
point_x (guint  i,
         guint  n,
         double left,
         double width)
{
  if (n <= 1)
    return left + width / 2;
  return left + width * i / (n - 1);
}

static void
draw_chart (CalHistoryPlot *self,
            cairo_t        *cr,
            Series          series,
            double          top,
            double          width,
            const GdkRGBA  *fg,
            const GdkRGBA  *color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const char *title;
  double low, high, plot_width = width - LEFT_MARGIN - RIGHT_MARGIN;
  guint n = self->points->len;
  char buf[32];

#define Y_FOR(v) (top + CHART_HEIGHT - ((v) - low) / (high - low) * CHART_HEIGHT)

  series_range (self, series, &low, &high);

  switch (series)
    {
    case SERIES_PACE:
      title = _("Pace (wpm)");
      break;
    case SERIES_FILLERS:
      title = _("Fillers / min");
      break;
    case SERIES_CALIBRATION:
    case N_SERIES:
    default:
      title = _("Level");
      break;
    }

  /* The comfortable pace band, so a dot inside it reads as good. */
  if (series == SERIES_PACE && self->pace_max > self->pace_min)
    {
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.12);
      cairo_rectangle (cr, LEFT_MARGIN, Y_FOR (MIN (self->pace_max, high)), plot_width,
                       Y_FOR (self->pace_min) - Y_FOR (MIN (self->pace_max, high)));
      cairo_fill (cr);
    }

  /* Axis frame and the series name. */
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, fg->alpha * 0.25);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, LEFT_MARGIN - 0.5, top);
  cairo_line_to (cr, LEFT_MARGIN - 0.5, top + CHART_HEIGHT + 0.5);
  cairo_line_to (cr, LEFT_MARGIN + plot_width, top + CHART_HEIGHT + 0.5);
  cairo_stroke (cr);

  gdk_cairo_set_source_rgba (cr, fg);
  draw_text (cr, widget, title, 0, top + CHART_HEIGHT / 2, 0, 0.5, FALSE);

  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, fg->alpha * 0.7);
  if (series == SERIES_CALIBRATION)
    {
      draw_text (cr, widget, C_("level verdict", "above"), LEFT_MARGIN - 4, Y_FOR (2), 1, 0.5, TRUE);
      draw_text (cr, widget, C_("level verdict", "at"), LEFT_MARGIN - 4, Y_FOR (1), 1, 0.5, TRUE);
      draw_text (cr, widget, C_("level verdict", "below"), LEFT_MARGIN - 4, Y_FOR (0), 1, 0.5, TRUE);
    }
  else
    {
      g_snprintf (buf, sizeof buf, "%.0f", high);
      draw_text (cr, widget, buf, LEFT_MARGIN - 4, top, 1, 0, TRUE);
      draw_text (cr, widget, "0", LEFT_MARGIN - 4, top + CHART_HEIGHT, 1, 1, TRUE);
    }

  /* The series: a line through the attempts, a dot on each. */
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2);
  for (guint i = 0, drawn = 0; i < n; i++)
    {
      const CalHistoryPoint *point = &g_array_index (self->points, CalHistoryPoint, i);
      double v = series_value (point, series);

      if (series == SERIES_CALIBRATION && point->calibration < 0)
        continue;
      if (drawn++ == 0)
        cairo_move_to (cr, point_x (i, n, LEFT_MARGIN + 8, plot_width - 16), Y_FOR (v));
      else
        cairo_line_to (cr, point_x (i, n, LEFT_MARGIN + 8, plot_width - 16), Y_FOR (v));
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const CalHistoryPoint *point = &g_array_index (self->points, CalHistoryPoint, i);

      if (series == SERIES_CALIBRATION && point->calibration < 0)
        continue;
      cairo_arc (cr, point_x (i, n, LEFT_MARGIN + 8, plot_width - 16),
                 Y_FOR (series_value (point, series)), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

#undef Y_FOR
}

static void
cal_history_plot_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CalHistoryPlot *self = CAL_HISTORY_PLOT (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double plot_width = width - LEFT_MARGIN - RIGHT_MARGIN;
  static const char * const colors[N_SERIES][2] = {
    { "accent_color", "#3584e4" },
    { "warning_color", "#c64600" },
    { "success_color", "#26a269" },
  };
  GdkRGBA fg;
  cairo_t *cr;
  guint n = self->points->len;

  if (n == 0 || width <= LEFT_MARGIN + RIGHT_MARGIN)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (Series s = 0; s < N_SERIES; s++)
    {
      GdkRGBA color;

      lookup_color (widget, colors[s][0], &color, colors[s][1]);
      draw_chart (self, cr, s, TOP_MARGIN + s * (CHART_HEIGHT + CHART_GAP), width, &fg, &color);
    }

  /* The shared attempt axis: numbered oldest to newest. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.7);
  for (guint i = 0; i < n; i++)
    {
      char buf[16];

      /* Label every attempt while they fit, else about eight of them. */
      if (n > 8 && i % ((n + 7) / 8) != 0 && i != n - 1)
        continue;
      g_snprintf (buf, sizeof buf, "%u", i + 1);
      draw_text (cr, widget, buf, point_x (i, n, LEFT_MARGIN + 8, plot_width - 16),
                 TOP_MARGIN + N_SERIES * (CHART_HEIGHT + CHART_GAP) - CHART_GAP + 2, 0.5, 0, TRUE);
    }
  draw_text (cr, widget, _("Attempt"), LEFT_MARGIN + plot_width / 2, height, 0.5, 1, TRUE);

  cairo_destroy (cr);
}

static void
cal_history_plot_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = LEFT_MARGIN + RIGHT_MARGIN + 120;
      *natural = 480;
    }
  else
    {
      *minimum = *natural = TOP_MARGIN + N_SERIES * (CHART_HEIGHT + CHART_GAP) + AXIS_HEIGHT;
    }
}

static void
cal_history_plot_finalize (GObject *object)
{
  CalHistoryPlot *self = CAL_HISTORY_PLOT (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (cal_history_plot_parent_class)->finalize (object);
}

static void
cal_history_plot_class_init (CalHistoryPlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cal_history_plot_finalize;
  widget_class->snapshot = cal_history_plot_snapshot;
  widget_class->measure = cal_history_plot_measure;

  gtk_widget_class_set_css_name (widget_class, "historyplot");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cal_history_plot_init (CalHistoryPlot *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (CalHistoryPoint));
  self->pace_min = 120;
  self->pace_max = 160;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pace, fillers per minute and level across attempts"),
                                  -1);
}

GtkWidget *
cal_history_plot_new (void)
{
  return g_object_new (CAL_TYPE_HISTORY_PLOT, NULL);
}

/**
 * cal_history_plot_set_points:
 * @self: a #CalHistoryPlot
 * @points: (array length=n_points): the attempts, oldest first
 * @n_points: how many
 */
void
cal_history_plot_set_points (CalHistoryPlot        *self,
                             const CalHistoryPoint *points,
                             guint                  n_points)
{
  g_return_if_fail (CAL_IS_HISTORY_PLOT (self));
  g_return_if_fail (points != NULL || n_points == 0);

  g_array_set_size (self->points, 0);
  if (n_points > 0)
    g_array_append_vals (self->points, points, n_points);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * cal_history_plot_get_n_points:
 * @self: a #CalHistoryPlot
 *
 * Returns: how many attempts are plotted
 */
guint
cal_history_plot_get_n_points (CalHistoryPlot *self)
{
  g_return_val_if_fail (CAL_IS_HISTORY_PLOT (self), 0);

  return self->points->len;
}

/**
 * cal_history_plot_set_pace_band:
 * @self: a #CalHistoryPlot
 * @min_wpm: the slow end of a good pace
 * @max_wpm: the fast end
 */
void
cal_history_plot_set_pace_band (CalHistoryPlot *self,
                                double          min_wpm,
                                double          max_wpm)
{
  g_return_if_fail (CAL_IS_HISTORY_PLOT (self));

  self->pace_min = min_wpm;
  self->pace_max = max_wpm;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
