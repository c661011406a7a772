/* cal-think-aloud-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-attempt-analysis.h"
#include "cal-think-aloud.h"
#include "cal-think-aloud-view.h"

G_BEGIN_DECLS

struct _CalThinkAloudView
{
  AdwBin            parent_instance;

  GtkStack         *stack;
  AdwComboRow      *kind_row;
  GtkListBox       *prompt_list;
  GtkLabel         *prompt_meta_label;
  GtkLabel         *prompt_title_label;
  GtkLabel         *prompt_text_label;
  GtkLabel         *countdown_label;
  GtkLabel         *countdown_hint;
  GtkButton        *timer_button;
  GtkTextView      *scratch_view;
  CalRecorderPanel *recorder_panel;
  GtkWidget        *progress_box;
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
  GtkWidget        *error_box;
  GtkLabel         *error_label;
  GtkWidget        *report_box;
  GtkLabel         *report_title;
  GtkBox           *advice_box;
  GtkDrawingArea   *timeline;
  GtkLabel         *silence_label;
  GtkLabel         *checkpoints_heading;
  GtkListBox       *checkpoint_list;
  AdwActionRow     *signposts_row;
  AdwActionRow     *summary_row;
  AdwActionRow     *talk_row;
  AdwActionRow     *pace_row;
  AdwActionRow     *fillers_row;
  GtkWidget        *notes_box;
  GtkLabel         *notes_label;
  GtkWidget        *history_box;
  GtkDrawingArea   *trend;
  GtkListBox       *history_list;

  CalContext          *context;
  CalThinkAloud       *think;
  const CalPrompt     *prompt;
  CalPractice         *shown;      /* the attempt whose report is shown */
  CalThinkAloudReport *report;     /* its report */
  GArray              *trend_points; /* CalThinkAloudSummary, oldest first */
  guint                n_attempts;

  double               countdown_total_s;
  double               countdown_left_s;
  gint64               countdown_since;  /* monotonic µs when running, else 0 */
  guint                countdown_id;
  guint                scroll_id;
  guint                scroll_tries;

  CalAttemptAnalysis  *analysis;
  char                *error;
};

JsonNode  *cal_think_aloud_view_parse_report     (CalPractice          *practice);
char      *cal_think_aloud_view_dup_scratch      (JsonNode             *root);
char      *cal_think_aloud_view_format_time      (double                seconds);
GSettings *cal_think_aloud_view_get_settings     (CalThinkAloudView    *self);
void       cal_think_aloud_view_show_error       (CalThinkAloudView    *self,
                                                  const char           *message);

void       cal_think_aloud_view_draw_timeline    (GtkDrawingArea       *area,
                                                  cairo_t              *cr,
                                                  int                   width,
                                                  int                   height,
                                                  gpointer              data);
void       cal_think_aloud_view_draw_trend       (GtkDrawingArea       *area,
                                                  cairo_t              *cr,
                                                  int                   width,
                                                  int                   height,
                                                  gpointer              data);
void       cal_think_aloud_view_clear_list       (GtkListBox           *list);
void       cal_think_aloud_view_analysis_options (CalThinkAloudView    *self,
                                                  CalThinkAloudOptions *options,
                                                  double                session_s);
void       cal_think_aloud_view_show_report      (CalThinkAloudView    *self,
                                                  CalPractice          *practice);
GtkWidget *cal_think_aloud_view_history_row      (CalPractice          *practice,
                                                  gboolean              shown);

G_END_DECLS
