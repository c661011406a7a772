/* cal-history-plot.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * CalHistoryPoint:
 * @wpm: words per minute of one attempt
 * @fillers_per_min: filler words per minute
 * @calibration: the level verdict: -1 unknown, 0 below, 1 at, 2 above
 *
 * One attempt as the history plot shows it.
 */
typedef struct
{
  double wpm;
  double fillers_per_min;
  int    calibration;
} CalHistoryPoint;

#define CAL_TYPE_HISTORY_PLOT (cal_history_plot_get_type ())

G_DECLARE_FINAL_TYPE (CalHistoryPlot, cal_history_plot, CAL, HISTORY_PLOT, GtkWidget)

GtkWidget *cal_history_plot_new        (void);
void       cal_history_plot_set_points (CalHistoryPlot        *self,
                                        const CalHistoryPoint *points,
                                        guint                  n_points);
guint      cal_history_plot_get_n_points (CalHistoryPlot      *self);
void       cal_history_plot_set_pace_band (CalHistoryPlot     *self,
                                           double              min_wpm,
                                           double              max_wpm);

G_END_DECLS
