/* cal-think-aloud-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The think-aloud mode of the Practice section: pick a technical prompt,
 * work through it out loud against a countdown with a scratch pad, then
 * see where the talk stopped, which checkpoints were touched and when,
 * and how the attempts at the same prompt compare. Attempts are stored
 * as practices with the mode "think-aloud"; the report JSON carries the
 * prompt id and the scratch pad.
 */

#define G_LOG_DOMAIN "cal-think-aloud-view"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cal-think-aloud.h"
#include "cal-think-aloud-view.h"
#include "cal-transcriber.h"

#define THINK_ALOUD_MODE "think-aloud"

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

  CalTranscriber      *transcriber;
  GCancellable        *cancellable;
  CalPractice         *analysing;
  char                *error;
};

G_DEFINE_FINAL_TYPE (CalThinkAloudView, cal_think_aloud_view, ADW_TYPE_BIN)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char * const kind_ids[] = { NULL, "coding", "debugging", "system-design", "product-sense" };

static void refresh_history (CalThinkAloudView *self, CalPractice *show);

/**
 * cal_think_aloud_prompt_kind_name:
 * @kind: a prompt kind
 *
 * Returns: the kind as a user reads it
 */
const char *
cal_think_aloud_prompt_kind_name (const char *kind)
{
  if (g_strcmp0 (kind, "coding") == 0)
    return _("Coding");
  if (g_strcmp0 (kind, "debugging") == 0)
    return _("Debugging");
  if (g_strcmp0 (kind, "system-design") == 0)
    return _("System design");
  if (g_strcmp0 (kind, "product-sense") == 0)
    return _("Product sense");
  return kind != NULL ? kind : "";
}

static JsonNode *
parse_report (CalPractice *practice)
{
  const char *json = cal_practice_get_report (practice);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (json == NULL || *json == '\0' || !json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;
  return json_node_copy (root);
}

/**
 * cal_think_aloud_practice_get_prompt_id:
 * @practice: a stored practice
 * @prompt_id: (out) (optional): return location for the prompt id
 *
 * Returns: %TRUE if @practice is a think-aloud attempt at a known prompt
 */
gboolean
cal_think_aloud_practice_get_prompt_id (CalPractice  *practice,
                                        char        **prompt_id)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *prompt;

  if (g_strcmp0 (cal_practice_get_mode (practice), THINK_ALOUD_MODE) != 0)
    return FALSE;
  root = parse_report (practice);
  if (root == NULL)
    return FALSE;
  prompt = json_object_get_object_member (json_node_get_object (root), "prompt");
  if (prompt == NULL || !json_object_has_member (prompt, "id"))
    return FALSE;
  if (prompt_id != NULL)
    *prompt_id = g_strdup (json_object_get_string_member (prompt, "id"));
  return TRUE;
}

static char *
dup_scratch_from_report (JsonNode *root)
{
  JsonObject *object = root != NULL ? json_node_get_object (root) : NULL;

  if (object == NULL || !json_object_has_member (object, "scratch_pad"))
    return NULL;
  return g_strdup (json_object_get_string_member (object, "scratch_pad"));
}

static char *
format_time (double seconds)
{
  int s = (int) MAX (0, round (seconds));

  return g_strdup_printf ("%d:%02d", s / 60, s % 60);
}

static GSettings *
get_settings (CalThinkAloudView *self)
{
  return self->context != NULL ? cal_context_get_settings (self->context) : NULL;
}

static CalStore *
get_store (CalThinkAloudView *self)
{
  return self->context != NULL ? cal_context_get_store (self->context) : NULL;
}

static void
toast (CalThinkAloudView *self,
       const char        *message)
{
  g_signal_emit (self, signals[TOAST], 0, message);
}

static void
show_error (CalThinkAloudView *self,
            const char        *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_box, message != NULL);
}

/* --- The countdown ------------------------------------------------------- */

static double
countdown_left (CalThinkAloudView *self)
{
  double left = self->countdown_left_s;

  if (self->countdown_since != 0)
    left -= (g_get_monotonic_time () - self->countdown_since) / (double) G_USEC_PER_SEC;
  return MAX (0, left);
}

static void
update_countdown (CalThinkAloudView *self)
{
  double left = countdown_left (self);
  g_autofree char *text = format_time (ceil (left));
  gboolean running = self->countdown_since != 0;

  gtk_label_set_label (self->countdown_label, text);
  if (left <= 0)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->countdown_label), "warning");
      gtk_label_set_label (self->countdown_hint, _("Time is up: wrap up with a summary."));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->countdown_label), "warning");
      gtk_label_set_label (self->countdown_hint,
                           running ? _("The timer is running")
                                   : left < self->countdown_total_s ? _("Paused")
                                                                    : _("Starts with the recording"));
    }
  gtk_button_set_icon_name (self->timer_button,
                            running ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->timer_button),
                               running ? _("Pause the Timer") : _("Start the Timer"));
}

static gboolean
countdown_tick_cb (gpointer data)
{
  CalThinkAloudView *self = data;

  if (countdown_left (self) <= 0)
    {
      self->countdown_left_s = 0;
      self->countdown_since = 0;
      self->countdown_id = 0;
      update_countdown (self);
      return G_SOURCE_REMOVE;
    }
  update_countdown (self);
  return G_SOURCE_CONTINUE;
}

static void
countdown_run (CalThinkAloudView *self,
               gboolean           run)
{
  if (run == (self->countdown_since != 0))
    return;
  if (run)
    {
      if (self->countdown_left_s <= 0)
        return;
      self->countdown_since = g_get_monotonic_time ();
      self->countdown_id = g_timeout_add (250, countdown_tick_cb, self);
    }
  else
    {
      self->countdown_left_s = countdown_left (self);
      self->countdown_since = 0;
      g_clear_handle_id (&self->countdown_id, g_source_remove);
    }
  update_countdown (self);
}

static void
countdown_reset (CalThinkAloudView *self)
{
  GSettings *settings = get_settings (self);
  guint minutes = settings != NULL ? g_settings_get_uint (settings, "think-aloud-minutes") : 10;

  countdown_run (self, FALSE);
  self->countdown_total_s = minutes * 60.0;
  self->countdown_left_s = self->countdown_total_s;
  /* The recording may run past the countdown while the summary is said. */
  cal_recorder_panel_set_min_max_duration (self->recorder_panel, self->countdown_total_s + 5 * 60);
  update_countdown (self);
}

static void
toggle_timer_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CalThinkAloudView *self = CAL_THINK_ALOUD_VIEW (widget);

  countdown_run (self, self->countdown_since == 0);
}

static void
reset_timer_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  countdown_reset (CAL_THINK_ALOUD_VIEW (widget));
}

/* The countdown follows the recording: it starts with it and pauses when
 * it stops, and can still be paused and resumed by hand. */
static void
on_recorder_state (CalRecorder       *recorder,
                   GParamSpec        *pspec,
                   CalThinkAloudView *self)
{
  CalRecorderState state = cal_recorder_get_state (recorder);

  if (state == CAL_RECORDER_STATE_RECORDING)
    countdown_run (self, TRUE);
  else if (state == CAL_RECORDER_STATE_IDLE)
    countdown_run (self, FALSE);
}

/* --- Drawing ------------------------------------------------------------- */

static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *color,
              const char *fallback)
{
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, color))
    gdk_rgba_parse (color, fallback);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  CalThinkAloudView *self = data;
  GtkWidget *widget = GTK_WIDGET (area);
  const CalSilence *longest;
  GdkRGBA fg, talk, quiet, worst;
  double session, bar_y = 4, bar_h = height - 20;

  if (self->report == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  lookup_color (widget, "accent_color", &talk, "#3584e4");
  lookup_color (widget, "warning_color", &quiet, "#c64600");
  lookup_color (widget, "error_color", &worst, "#c01c28");

  session = cal_think_aloud_report_get_session (self->report);
  if (session <= 0)
    session = cal_think_aloud_report_get_duration (self->report);
  if (session <= 0)
    return;

  /* The session as a bar of talk, the silences cut into it. */
  rounded_rect (cr, 0, bar_y, width, bar_h, 6);
  cairo_set_source_rgba (cr, talk.red, talk.green, talk.blue, 0.35);
  cairo_fill_preserve (cr);
  cairo_clip (cr);

  longest = cal_think_aloud_report_get_longest_silence (self->report);
  for (guint i = 0; i < cal_think_aloud_report_get_n_silences (self->report); i++)
    {
      const CalSilence *silence = cal_think_aloud_report_get_silence (self->report, i);
      double x0 = width * CLAMP (silence->start / session, 0, 1);
      double x1 = width * CLAMP (silence->end / session, 0, 1);

      if (silence == longest)
        gdk_cairo_set_source_rgba (cr, &worst);
      else
        cairo_set_source_rgba (cr, quiet.red, quiet.green, quiet.blue, 0.8);
      cairo_rectangle (cr, x0, bar_y, MAX (2, x1 - x0), bar_h);
      cairo_fill (cr);
    }
  cairo_reset_clip (cr);

  /* The longest silence says so on the bar when there is room. */
  if (longest != NULL)
    {
      const char *caption = _("You went quiet here");
      double x0 = width * CLAMP (longest->start / session, 0, 1);
      double x1 = width * CLAMP (longest->end / session, 0, 1);
      GdkRGBA on_worst;
      cairo_text_extents_t extents;

      lookup_color (widget, "error_fg_color", &on_worst, "#ffffff");
      cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, 11);
      cairo_text_extents (cr, caption, &extents);
      if (extents.width + 8 <= x1 - x0)
        {
          gdk_cairo_set_source_rgba (cr, &on_worst);
          cairo_move_to (cr, x0 + (x1 - x0 - extents.width) / 2 - extents.x_bearing,
                         bar_y + bar_h / 2 - extents.height / 2 - extents.y_bearing);
          cairo_show_text (cr, caption);
        }
    }

  /* A tick and the time at the start, the middle and the end. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.7);
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 10);
  for (int t = 0; t <= 2; t++)
    {
      g_autofree char *text = format_time (session * t / 2);
      cairo_text_extents_t extents;
      double x;

      cairo_text_extents (cr, text, &extents);
      x = t == 0 ? 0 : t == 1 ? (width - extents.width) / 2 : width - extents.width - 1;
      cairo_move_to (cr, x, height - 2);
      cairo_show_text (cr, text);
    }
}

static void
draw_series (cairo_t                    *cr,
             GArray                     *points,
             gboolean                    coverage,
             double                      max,
             double                      top,
             double                      width,
             double                      height,
             const GdkRGBA              *color)
{
  gdk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < points->len; i++)
    {
      const CalThinkAloudSummary *p = &g_array_index (points, CalThinkAloudSummary, i);
      double v = coverage ? p->coverage : p->longest_silence_s;
      double x = points->len > 1 ? width * i / (points->len - 1) : width / 2;
      double y = top + height - height * CLAMP (v / max, 0, 1);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < points->len; i++)
    {
      const CalThinkAloudSummary *p = &g_array_index (points, CalThinkAloudSummary, i);
      double v = coverage ? p->coverage : p->longest_silence_s;
      double x = points->len > 1 ? width * i / (points->len - 1) : width / 2;
      double y = top + height - height * CLAMP (v / max, 0, 1);

      cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

/* Two small charts over the attempts, oldest on the left: the longest
 * silence (lower is better) and the checkpoint coverage (higher is). */
static void
draw_trend (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  CalThinkAloudView *self = data;
  GtkWidget *widget = GTK_WIDGET (area);
  const char *titles[2] = { _("Longest silence"), _("Checkpoint coverage") };
  GdkRGBA fg, colors[2];
  double max_silence = 10, chart_h = (height - 2 * 16 - 12) / 2.0, pad = 6;

  if (self->trend_points == NULL || self->trend_points->len == 0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  lookup_color (widget, "warning_color", &colors[0], "#c64600");
  lookup_color (widget, "success_color", &colors[1], "#26a269");
  for (guint i = 0; i < self->trend_points->len; i++)
    max_silence = MAX (max_silence, g_array_index (self->trend_points, CalThinkAloudSummary, i).longest_silence_s);

  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 11);
  for (int s = 0; s < 2; s++)
    {
      double top = s * (chart_h + 16 + 12);
      g_autofree char *scale = s == 0 ? g_strdup_printf (_("up to %.0f s"), max_silence) : g_strdup ("100 %");
      cairo_text_extents_t extents;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.8);
      cairo_move_to (cr, 0, top + 11);
      cairo_show_text (cr, titles[s]);
      cairo_text_extents (cr, scale, &extents);
      cairo_move_to (cr, width - extents.width - 1, top + 11);
      cairo_show_text (cr, scale);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.15);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, 0, top + 16 + chart_h + 0.5);
      cairo_line_to (cr, width, top + 16 + chart_h + 0.5);
      cairo_stroke (cr);

      cairo_save (cr);
      cairo_translate (cr, pad, 0);
      draw_series (cr, self->trend_points, s == 1, s == 0 ? max_silence : 1.0,
                   top + 16 + 4, width - 2 * pad, chart_h - 6, &colors[s]);
      cairo_restore (cr);
    }
}

/* --- The report ---------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
status_icon (gboolean ok)
{
  GtkWidget *image = gtk_image_new_from_icon_name (ok ? "object-select-symbolic" : "window-close-symbolic");

  gtk_widget_add_css_class (image, ok ? "success" : "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  ok ? _("Made") : _("Missed"), -1);
  return image;
}

static void
fill_report (CalThinkAloudView *self,
             const char        *scratch)
{
  CalThinkAloudReport *report = self->report;
  CalPromptBank *bank = cal_think_aloud_get_bank (self->think);
  const CalSilence *longest = cal_think_aloud_report_get_longest_silence (report);
  g_autoptr(GString) signposts = g_string_new (NULL);
  g_autoptr(GString) fillers = g_string_new (NULL);
  g_autoptr(GDateTime) created = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  CalThinkAloudSummary summary;
  guint n_checkpoints = cal_prompt_bank_get_n_checkpoints (bank);
  guint touched = 0;

  cal_think_aloud_report_get_summary (report, &summary);

  created = g_date_time_new_from_unix_local (cal_practice_get_created (self->shown));
  date = created != NULL ? g_date_time_format (created, "%x %H:%M") : g_strdup ("");
  /* Translators: the date and time of a think-aloud attempt */
  title = g_strdup_printf (_("Attempt of %s"), date);
  gtk_label_set_label (self->report_title, title);

  /* The advice first: it is what to change next time. */
  clear_box (self->advice_box);
  for (guint i = 0; i < cal_think_aloud_report_get_n_advice (report); i++)
    {
      const CalThinkAloudAdvice *advice = cal_think_aloud_report_get_advice (report, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      GtkWidget *label = gtk_label_new (advice->text);

      gtk_widget_add_css_class (icon, "accent");
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (label, "think-aloud-advice-text");
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      if (advice->at >= 0)
        {
          g_autofree char *at = format_time (advice->at);
          GtkWidget *time = gtk_label_new (at);

          gtk_widget_add_css_class (time, "dim-label");
          gtk_widget_add_css_class (time, "numeric");
          gtk_widget_set_valign (time, GTK_ALIGN_START);
          gtk_box_append (GTK_BOX (row), time);
        }
      gtk_box_append (self->advice_box, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->advice_box), cal_think_aloud_report_get_n_advice (report) > 0);

  /* Silences. */
  if (longest != NULL)
    {
      g_autofree char *at = format_time (longest->start);
      if (cal_think_aloud_report_get_n_silences (report) > 1)
        /* Translators: the longest silence: when, for how long, and how many silences there were */
        text = g_strdup_printf (ngettext ("You went quiet here: at %s, for %.0f s. Longest of %u silence.",
                                          "You went quiet here: at %s, for %.0f s. Longest of %u silences.",
                                          cal_think_aloud_report_get_n_silences (report)),
                                at, longest->end - longest->start, cal_think_aloud_report_get_n_silences (report));
      else
        /* Translators: the one silence of a think-aloud session: when, and for how long */
        text = g_strdup_printf (_("You went quiet here: at %s, for %.0f s."), at, longest->end - longest->start);
    }
  else
    {
      GSettings *settings = get_settings (self);
      guint threshold = settings != NULL ? g_settings_get_uint (settings, "think-aloud-silence-seconds") : 5;

      text = g_strdup_printf (ngettext ("No silence longer than %u second: you kept talking.",
                                        "No silence longer than %u seconds: you kept talking.", threshold),
                              threshold);
    }
  gtk_label_set_label (self->silence_label, text);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));

  /* Checkpoints: all eight, the prompt's key ones marked. */
  clear_list (self->checkpoint_list);
  for (guint i = 0; i < n_checkpoints; i++)
    {
      const CalCheckpoint *checkpoint = cal_prompt_bank_get_checkpoint (bank, i);
      const char *hint = self->prompt != NULL ? cal_prompt_get_hint (self->prompt, checkpoint->id) : NULL;
      gboolean key = self->prompt != NULL && cal_prompt_is_key_checkpoint (self->prompt, checkpoint->id);
      GtkWidget *row = adw_action_row_new ();
      double at = 0;
      gboolean hit = cal_think_aloud_report_get_checkpoint_time (report, checkpoint->id, &at);

      touched += hit;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), checkpoint->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   hit ? checkpoint->description
                                       : (hint != NULL && *hint != '\0' ? hint : checkpoint->missing));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), status_icon (hit));
      if (key)
        {
          GtkWidget *tag = gtk_label_new (_("Key"));

          gtk_widget_add_css_class (tag, "think-aloud-key");
          gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (tag, _("This move matters most for this prompt"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
        }
      {
        g_autofree char *when = hit ? format_time (at) : g_strdup (_("Missed"));
        GtkWidget *time = gtk_label_new (when);

        gtk_widget_add_css_class (time, hit ? "numeric" : "dim-label");
        gtk_widget_set_valign (time, GTK_ALIGN_CENTER);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), time);
      }
      gtk_widget_add_css_class (row, hit ? "checkpoint-made" : "checkpoint-missed");
      gtk_list_box_append (self->checkpoint_list, row);
    }
  g_clear_pointer (&text, g_free);
  /* Translators: checkpoints touched out of all of them */
  text = g_strdup_printf (_("Checkpoints: %u of %u"), touched, n_checkpoints);
  gtk_label_set_label (self->checkpoints_heading, text);

  /* Signposts with their times. */
  for (guint i = 0; i < cal_think_aloud_report_get_n_signposts (report); i++)
    {
      const CalSignpost *signpost = cal_think_aloud_report_get_signpost (report, i);
      g_autofree char *at = format_time (signpost->at);

      if (signposts->len > 0)
        g_string_append (signposts, ", ");
      /* Translators: a signpost phrase and when it was said */
      g_string_append_printf (signposts, _("“%s” at %s"), signpost->phrase, at);
    }
  adw_action_row_set_subtitle (self->signposts_row,
                               signposts->len > 0 ? signposts->str
                                                  : _("None heard. Say where you are: “first”, “next”, “so far”."));

  adw_action_row_set_subtitle (self->summary_row,
                               cal_think_aloud_report_get_summary_at_end (report) ? _("Yes") : _("No"));

  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (_("%.0f %% of the session spent talking"),
                          100 * cal_think_aloud_report_get_talk_ratio (report));
  adw_action_row_set_subtitle (self->talk_row, text);

  g_clear_pointer (&text, g_free);
  text = g_strdup_printf (_("%.0f words a minute"), cal_think_aloud_report_get_wpm (report));
  adw_action_row_set_subtitle (self->pace_row, text);

  {
    GHashTable *table = cal_think_aloud_report_get_fillers (report);
    g_autofree gpointer *keys = NULL;
    guint n_keys = 0;

    g_string_printf (fillers, ngettext ("%u filler, %.1f a minute", "%u fillers, %.1f a minute",
                                        cal_think_aloud_report_get_n_fillers (report)),
                     cal_think_aloud_report_get_n_fillers (report),
                     cal_think_aloud_report_get_fillers_per_min (report));
    if (table != NULL)
      keys = g_hash_table_get_keys_as_array (table, &n_keys);
    for (guint i = 0; i < n_keys; i++)
      g_string_append_printf (fillers, "%s“%s” × %u", i == 0 ? " — " : ", ", (const char *) keys[i],
                              GPOINTER_TO_UINT (g_hash_table_lookup (table, keys[i])));
    adw_action_row_set_subtitle (self->fillers_row, fillers->str);
  }

  gtk_label_set_label (self->notes_label, scratch != NULL ? scratch : "");
  gtk_widget_set_visible (self->notes_box, scratch != NULL && *scratch != '\0');
  gtk_widget_set_visible (self->report_box, TRUE);
}

static void
analysis_options (CalThinkAloudView    *self,
                  CalThinkAloudOptions *options,
                  double                session_s)
{
  GSettings *settings = get_settings (self);

  cal_think_aloud_options_init (options);
  if (settings != NULL)
    options->silence_threshold_s = g_settings_get_uint (settings, "think-aloud-silence-seconds");
  options->session_s = session_s;
}

/* Shows @practice's report, analysing its stored transcript again: the
 * analysis is quick, and the stored report keeps the figures it was
 * made with (threshold, session) so the result is the same. */
static void
show_report (CalThinkAloudView *self,
             CalPractice       *practice)
{
  g_autoptr(JsonNode) root = parse_report (practice);
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *scratch = NULL;
  const char *data = cal_practice_get_transcript (practice);
  CalThinkAloudOptions options;

  g_set_object (&self->shown, practice);
  g_clear_object (&self->report);
  scratch = dup_scratch_from_report (root);

  if (data == NULL || *data == '\0' || self->prompt == NULL ||
      (transcript = cal_transcript_new_from_data (data, -1, &error)) == NULL)
    {
      gtk_widget_set_visible (self->report_box, FALSE);
      return;
    }

  analysis_options (self, &options, cal_practice_get_duration (practice));
  if (root != NULL)
    {
      JsonObject *object = json_node_get_object (root);

      if (json_object_has_member (object, "silence_threshold_s"))
        options.silence_threshold_s = json_object_get_double_member (object, "silence_threshold_s");
      if (json_object_has_member (object, "session_s") &&
          !json_object_get_null_member (object, "session_s"))
        options.session_s = json_object_get_double_member (object, "session_s");
    }

  self->report = cal_think_aloud_analyze (self->think, transcript, self->prompt->id, &options, &error);
  if (self->report == NULL)
    {
      show_error (self, error->message);
      gtk_widget_set_visible (self->report_box, FALSE);
      return;
    }
  fill_report (self, scratch);
}

/* --- Analysis ------------------------------------------------------------ */

static void
set_analysing (CalThinkAloudView *self,
               CalPractice       *practice)
{
  g_set_object (&self->analysing, practice);
  gtk_widget_set_visible (self->progress_box, practice != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "think-aloud.cancel-analysis", practice != NULL);
}

static void
on_transcribe_progress (CalTranscriber    *transcriber,
                        double             fraction,
                        CalThinkAloudView *self)
{
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* Runs until the report has been laid out, for at most two seconds. */
static gboolean
scroll_to_report_cb (gpointer data)
{
  CalThinkAloudView *self = data;
  GtkWidget *scrolled = gtk_widget_get_ancestor (self->report_box, GTK_TYPE_SCROLLED_WINDOW);
  graphene_point_t point;

  if (++self->scroll_tries < 40 &&
      (!gtk_widget_get_mapped (self->report_box) || gtk_widget_get_height (self->report_box) == 0))
    return G_SOURCE_CONTINUE;
  self->scroll_id = 0;

  if (scrolled != NULL && gtk_widget_get_mapped (self->report_box) &&
      gtk_widget_compute_point (self->report_box, scrolled, &GRAPHENE_POINT_INIT (0, 0), &point))
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + point.y - 12);
    }
  return G_SOURCE_REMOVE;
}

static void
scroll_to_report (CalThinkAloudView *self)
{
  if (!gtk_widget_get_visible (self->report_box))
    return;
  self->scroll_tries = 0;
  g_clear_handle_id (&self->scroll_id, g_source_remove);
  self->scroll_id = g_timeout_add (50, scroll_to_report_cb, self);
}

static void
transcribe_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CalThinkAloudView) self = user_data;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(CalPractice) practice = NULL;
  g_autoptr(JsonNode) old = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *scratch = NULL;
  g_autofree char *transcript_json = NULL;
  g_autofree char *report_json = NULL;
  g_autofree char *prompt_id = NULL;
  CalStore *store = get_store (self);
  CalThinkAloudOptions options;

  transcript = cal_transcriber_transcribe_finish (CAL_TRANSCRIBER (source), result, &error);
  if (!G_IS_TASK (result) || g_task_get_cancellable (G_TASK (result)) != self->cancellable ||
      self->analysing == NULL)
    return;

  practice = g_object_ref (self->analysing);
  set_analysing (self, NULL);

  if (transcript == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          toast (self, _("Transcription cancelled"));
          show_error (self, _("This attempt was not transcribed. The recording is kept."));
        }
      else
        show_error (self, error->message);
      return;
    }

  old = parse_report (practice);
  scratch = dup_scratch_from_report (old);
  if (!cal_think_aloud_practice_get_prompt_id (practice, &prompt_id))
    {
      show_error (self, _("This attempt does not say which prompt it answered."));
      return;
    }

  if (cal_practice_get_duration (practice) <= 0)
    cal_practice_set_duration (practice, cal_transcript_get_duration (transcript));
  analysis_options (self, &options, cal_practice_get_duration (practice));
  report = cal_think_aloud_analyze (self->think, transcript, prompt_id, &options, &error);
  if (report == NULL)
    {
      show_error (self, error->message);
      return;
    }

  node = cal_think_aloud_report_to_json (report);
  json_object_set_string_member (json_node_get_object (node), "scratch_pad", scratch != NULL ? scratch : "");
  report_json = json_to_string (node, FALSE);
  transcript_json = cal_transcript_to_data (transcript, FALSE);
  cal_practice_set_transcript (practice, transcript_json);
  cal_practice_set_report (practice, report_json);

  if (store != NULL && !cal_store_save_practice (store, practice, &error))
    {
      show_error (self, error->message);
      return;
    }

  refresh_history (self, practice);
  /* The report is what the user waited for: bring it into view. */
  scroll_to_report (self);
}

static void
analyse (CalThinkAloudView *self,
         CalPractice       *practice)
{
  g_autoptr(GFile) file = NULL;

  cal_think_aloud_view_cancel_analysis (self);
  show_error (self, NULL);

  if (*cal_practice_get_audio_path (practice) == '\0' ||
      !g_file_test (cal_practice_get_audio_path (practice), G_FILE_TEST_IS_REGULAR))
    {
      show_error (self, _("The recording of this attempt is missing, so it cannot be transcribed."));
      return;
    }

  if (self->transcriber == NULL)
    {
      self->transcriber = cal_transcriber_new (NULL);
      g_signal_connect (self->transcriber, "progress", G_CALLBACK (on_transcribe_progress), self);
    }

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_analysing (self, practice);
  gtk_label_set_label (self->progress_label, _("Transcribing the session…"));
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);

  file = g_file_new_for_path (cal_practice_get_audio_path (practice));
  cal_transcriber_transcribe_async (self->transcriber, file, self->cancellable,
                                    transcribe_done_cb, g_object_ref (self));
}

/* --- History ------------------------------------------------------------- */

static GtkWidget *
history_row (CalPractice *practice,
             gboolean     shown)
{
  g_autoptr(JsonNode) root = parse_report (practice);
  g_autoptr(GDateTime) created = g_date_time_new_from_unix_local (cal_practice_get_created (practice));
  g_autofree char *date = created != NULL ? g_date_time_format (created, "%x %H:%M") : g_strdup ("");
  g_autofree char *subtitle = NULL;
  CalThinkAloudSummary summary;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  if (cal_think_aloud_summary_from_json (root, &summary))
    /* Translators: the longest silence, then the share of checkpoints touched */
    subtitle = g_strdup_printf (_("Longest silence %.0f s · checkpoints %.0f %%"),
                                summary.longest_silence_s, 100 * summary.coverage);
  else
    subtitle = g_strdup (_("Not analysed yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (shown)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "cal-practice", g_object_ref (practice), g_object_unref);
  return row;
}

static void
refresh_history (CalThinkAloudView *self,
                 CalPractice       *show)
{
  CalStore *store = get_store (self);
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  CalPractice *shown = NULL;

  clear_list (self->history_list);
  g_array_set_size (self->trend_points, 0);
  self->n_attempts = 0;

  if (store == NULL || self->prompt == NULL)
    {
      gtk_widget_set_visible (self->history_box, FALSE);
      gtk_widget_set_visible (self->report_box, FALSE);
      return;
    }

  practices = cal_store_list_practices (store, 0, 0, &error);
  if (practices == NULL)
    {
      g_warning ("Could not list the attempts: %s", error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(CalPractice) practice = g_list_model_get_item (practices, i);
      g_autofree char *prompt_id = NULL;

      if (cal_think_aloud_practice_get_prompt_id (practice, &prompt_id) &&
          g_strcmp0 (prompt_id, self->prompt->id) == 0)
        g_ptr_array_add (mine, g_steal_pointer (&practice));
    }

  /* The attempt asked for, else the one shown, else the newest. */
  for (guint i = 0; i < mine->len && shown == NULL; i++)
    {
      CalPractice *practice = g_ptr_array_index (mine, i);

      if ((show != NULL && cal_practice_get_id (practice) == cal_practice_get_id (show)) ||
          (show == NULL && self->shown != NULL && cal_practice_get_id (practice) == cal_practice_get_id (self->shown)))
        shown = practice;
    }
  if (shown == NULL && mine->len > 0)
    shown = g_ptr_array_index (mine, 0);

  for (guint i = 0; i < mine->len; i++)
    {
      CalPractice *practice = g_ptr_array_index (mine, i);
      g_autoptr(JsonNode) root = parse_report (practice);
      CalThinkAloudSummary summary;

      gtk_list_box_append (self->history_list, history_row (practice, practice == shown));
      if (cal_think_aloud_summary_from_json (root, &summary))
        g_array_prepend_val (self->trend_points, summary);
    }
  self->n_attempts = mine->len;
  gtk_widget_set_visible (GTK_WIDGET (self->trend), self->trend_points->len > 1);
  gtk_widget_queue_draw (GTK_WIDGET (self->trend));
  gtk_widget_set_visible (self->history_box, mine->len > 0);

  if (shown != NULL)
    show_report (self, shown);
  else
    {
      g_clear_object (&self->shown);
      g_clear_object (&self->report);
      gtk_widget_set_visible (self->report_box, FALSE);
    }
}

static void
on_history_activated (CalThinkAloudView *self,
                      GtkListBoxRow     *row)
{
  CalPractice *practice = g_object_get_data (G_OBJECT (row), "cal-practice");

  if (practice != NULL)
    refresh_history (self, practice);
}

/* --- Prompts ------------------------------------------------------------- */

static void
fill_prompts (CalThinkAloudView *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  const char *kind = selected < G_N_ELEMENTS (kind_ids) ? kind_ids[selected] : NULL;
  g_autoptr(GPtrArray) prompts = cal_prompt_bank_find_prompts (cal_think_aloud_get_bank (self->think), kind, NULL, NULL);

  clear_list (self->prompt_list);
  for (guint i = 0; prompts != NULL && i < prompts->len; i++)
    {
      const CalPrompt *prompt = g_ptr_array_index (prompts, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), prompt->title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* Translators: the kind of a prompt, then its suggested length */
      subtitle = g_strdup_printf (ngettext ("%s · %u minute", "%s · %u minutes", prompt->minutes),
                                  cal_think_aloud_prompt_kind_name (prompt->kind), prompt->minutes);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "cal-prompt-id", g_strdup (prompt->id), g_free);
      gtk_list_box_append (self->prompt_list, row);
    }
}

static void
on_kind_selected (CalThinkAloudView *self)
{
  fill_prompts (self);
}

static void
on_prompt_activated (CalThinkAloudView *self,
                     GtkListBoxRow     *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "cal-prompt-id");

  if (id != NULL)
    cal_think_aloud_view_set_prompt (self, id);
}

static void
prompts_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  cal_think_aloud_view_show_prompts (CAL_THINK_ALOUD_VIEW (widget));
}

static void
cancel_analysis_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  cal_think_aloud_view_cancel_analysis (CAL_THINK_ALOUD_VIEW (widget));
}

static void
analyse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CalThinkAloudView *self = CAL_THINK_ALOUD_VIEW (widget);

  if (self->shown != NULL)
    analyse (self, self->shown);
}

static void
on_recorded (CalThinkAloudView *self,
             const char        *path,
             double             duration)
{
  g_autoptr(GError) error = NULL;

  if (cal_think_aloud_view_add_attempt_from_file (self, path, duration, &error) == NULL)
    {
      g_unlink (path);
      show_error (self, error->message);
    }
}

static void
cal_think_aloud_view_dispose (GObject *object)
{
  CalThinkAloudView *self = CAL_THINK_ALOUD_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  g_clear_handle_id (&self->scroll_id, g_source_remove);
  if (self->transcriber != NULL)
    g_signal_handlers_disconnect_by_data (self->transcriber, self);
  g_clear_object (&self->transcriber);
  g_clear_object (&self->analysing);
  g_clear_object (&self->shown);
  g_clear_object (&self->report);
  g_clear_object (&self->think);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cal_think_aloud_view_parent_class)->dispose (object);
}

static void
cal_think_aloud_view_finalize (GObject *object)
{
  CalThinkAloudView *self = CAL_THINK_ALOUD_VIEW (object);

  g_clear_pointer (&self->trend_points, g_array_unref);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (cal_think_aloud_view_parent_class)->finalize (object);
}

static void
cal_think_aloud_view_class_init (CalThinkAloudViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_think_aloud_view_dispose;
  object_class->finalize = cal_think_aloud_view_finalize;

  /**
   * CalThinkAloudView::toast:
   * @message: what to tell the user
   */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (CAL_TYPE_RECORDER_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-think-aloud-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, prompt_list);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, prompt_meta_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, prompt_title_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, prompt_text_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, countdown_hint);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, timer_button);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, scratch_view);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, recorder_panel);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, error_box);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, error_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, report_box);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, report_title);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, advice_box);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, timeline);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, silence_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, checkpoints_heading);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, checkpoint_list);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, signposts_row);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, summary_row);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, talk_row);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, pace_row);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, fillers_row);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, notes_box);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, history_box);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, trend);
  gtk_widget_class_bind_template_child (widget_class, CalThinkAloudView, history_list);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_prompt_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_recorded);
  gtk_widget_class_bind_template_callback (widget_class, on_history_activated);

  gtk_widget_class_install_action (widget_class, "think-aloud.prompts", NULL, prompts_action);
  gtk_widget_class_install_action (widget_class, "think-aloud.toggle-timer", NULL, toggle_timer_action);
  gtk_widget_class_install_action (widget_class, "think-aloud.reset-timer", NULL, reset_timer_action);
  gtk_widget_class_install_action (widget_class, "think-aloud.cancel-analysis", NULL, cancel_analysis_action);
  gtk_widget_class_install_action (widget_class, "think-aloud.analyse", NULL, analyse_action);
}

static void
cal_think_aloud_view_init (CalThinkAloudView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  self->trend_points = g_array_new (FALSE, FALSE, sizeof (CalThinkAloudSummary));
  self->think = cal_think_aloud_new (NULL, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (kinds, _("All kinds"));
  for (guint i = 1; i < G_N_ELEMENTS (kind_ids); i++)
    gtk_string_list_append (kinds, cal_think_aloud_prompt_kind_name (kind_ids[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  gtk_drawing_area_set_draw_func (self->timeline, draw_timeline, self, NULL);
  gtk_drawing_area_set_draw_func (self->trend, draw_trend, self, NULL);
  g_signal_connect_object (cal_recorder_panel_get_recorder (self->recorder_panel), "notify::state",
                           G_CALLBACK (on_recorder_state), self, 0);

  fill_prompts (self);
  set_analysing (self, NULL);
  countdown_reset (self);
}

GtkWidget *
cal_think_aloud_view_new (void)
{
  return g_object_new (CAL_TYPE_THINK_ALOUD_VIEW, NULL);
}

/**
 * cal_think_aloud_view_set_context:
 * @self: a #CalThinkAloudView
 * @context: (nullable): the store and settings to use
 */
void
cal_think_aloud_view_set_context (CalThinkAloudView *self,
                                  CalContext        *context)
{
  g_return_if_fail (CAL_IS_THINK_ALOUD_VIEW (self));

  if (!g_set_object (&self->context, context))
    return;

  cal_recorder_panel_set_settings (self->recorder_panel, get_settings (self));
  if (get_store (self) != NULL)
    {
      g_autofree char *dir = cal_store_dup_recordings_dir (get_store (self));

      cal_recorder_set_directory (cal_recorder_panel_get_recorder (self->recorder_panel), dir);
    }
  if (self->countdown_since == 0)
    countdown_reset (self);
  refresh_history (self, NULL);
}

/**
 * cal_think_aloud_view_set_prompt:
 * @self: a #CalThinkAloudView
 * @prompt_id: a prompt of the bank
 *
 * Opens the session page for the prompt, with its attempts.
 *
 * Returns: %TRUE if the prompt is known
 */
gboolean
cal_think_aloud_view_set_prompt (CalThinkAloudView *self,
                                 const char        *prompt_id)
{
  const CalPrompt *prompt;
  g_autofree char *meta = NULL;

  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), FALSE);

  prompt = cal_prompt_bank_get_prompt (cal_think_aloud_get_bank (self->think), prompt_id);
  if (prompt == NULL)
    return FALSE;

  if (prompt != self->prompt)
    {
      if (cal_recorder_panel_get_busy (self->recorder_panel))
        cal_recorder_panel_discard (self->recorder_panel);
      cal_think_aloud_view_cancel_analysis (self);
      show_error (self, NULL);
      g_clear_object (&self->shown);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->scratch_view), "", -1);
      countdown_reset (self);
    }
  self->prompt = prompt;

  /* Translators: the kind of a prompt, then its suggested length */
  meta = g_strdup_printf (ngettext ("%s · suggested %u minute", "%s · suggested %u minutes", prompt->minutes),
                          cal_think_aloud_prompt_kind_name (prompt->kind), prompt->minutes);
  gtk_label_set_label (self->prompt_meta_label, meta);
  gtk_label_set_label (self->prompt_title_label, prompt->title);
  gtk_label_set_label (self->prompt_text_label, prompt->text);

  refresh_history (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "session");
  return TRUE;
}

/**
 * cal_think_aloud_view_get_prompt_id:
 * @self: a #CalThinkAloudView
 *
 * Returns: (nullable): the prompt of the session page
 */
const char *
cal_think_aloud_view_get_prompt_id (CalThinkAloudView *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), NULL);

  return self->prompt != NULL ? self->prompt->id : NULL;
}

/**
 * cal_think_aloud_view_show_prompts:
 * @self: a #CalThinkAloudView
 *
 * Goes back to the list of prompts; a recording under way goes on.
 */
void
cal_think_aloud_view_show_prompts (CalThinkAloudView *self)
{
  g_return_if_fail (CAL_IS_THINK_ALOUD_VIEW (self));

  gtk_stack_set_visible_child_name (self->stack, "prompts");
}

/**
 * cal_think_aloud_view_add_attempt_from_file:
 * @self: a #CalThinkAloudView with a prompt
 * @path: a finished recording
 * @duration_s: its length, or 0 to take it from the transcript
 * @error: return location for a #GError
 *
 * What happens after a recording stops: the attempt is stored at once,
 * with the prompt and the scratch pad, then transcribed and analysed in
 * the background.
 *
 * Returns: (transfer none) (nullable): the stored attempt
 */
CalPractice *
cal_think_aloud_view_add_attempt_from_file (CalThinkAloudView  *self,
                                            const char         *path,
                                            double              duration_s,
                                            GError            **error)
{
  CalStore *store;
  g_autoptr(CalPractice) practice = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  g_autofree char *scratch = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  store = get_store (self);
  if (store == NULL || self->prompt == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Choose a prompt before recording a session."));
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The recording “%s” could not be found."), path);
      return NULL;
    }

  buffer = gtk_text_view_get_buffer (self->scratch_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  scratch = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, THINK_ALOUD_MODE);
  json_builder_set_member_name (builder, "prompt");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->prompt->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, self->prompt->kind);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->prompt->title);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "scratch_pad");
  json_builder_add_string_value (builder, scratch);
  json_builder_end_object (builder);
  node = json_builder_get_root (builder);
  json = json_to_string (node, FALSE);

  practice = cal_practice_new ();
  cal_practice_set_mode (practice, THINK_ALOUD_MODE);
  cal_practice_set_question_text (practice, self->prompt->title);
  cal_practice_set_audio_path (practice, path);
  cal_practice_set_duration (practice, duration_s);
  cal_practice_set_report (practice, json);
  cal_practice_set_created (practice, g_get_real_time () / G_USEC_PER_SEC);

  if (!cal_store_save_practice (store, practice, error))
    return NULL;

  countdown_run (self, FALSE);
  refresh_history (self, practice);
  analyse (self, self->shown);

  return self->shown;
}

/**
 * cal_think_aloud_view_show_practice:
 * @self: a #CalThinkAloudView
 * @practice: a think-aloud attempt
 *
 * Opens the attempt's prompt and scrolls to its report.
 */
void
cal_think_aloud_view_show_practice (CalThinkAloudView *self,
                                    CalPractice       *practice)
{
  g_autofree char *prompt_id = NULL;

  g_return_if_fail (CAL_IS_THINK_ALOUD_VIEW (self));
  g_return_if_fail (CAL_IS_PRACTICE (practice));

  if (!cal_think_aloud_practice_get_prompt_id (practice, &prompt_id) ||
      !cal_think_aloud_view_set_prompt (self, prompt_id))
    return;
  refresh_history (self, practice);
  scroll_to_report (self);
}

/**
 * cal_think_aloud_view_get_analysing:
 * @self: a #CalThinkAloudView
 *
 * Returns: %TRUE while an attempt is being transcribed
 */
gboolean
cal_think_aloud_view_get_analysing (CalThinkAloudView *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), FALSE);

  return self->analysing != NULL;
}

/**
 * cal_think_aloud_view_cancel_analysis:
 * @self: a #CalThinkAloudView
 *
 * Stops transcribing; the attempt and its recording are kept.
 */
void
cal_think_aloud_view_cancel_analysis (CalThinkAloudView *self)
{
  g_return_if_fail (CAL_IS_THINK_ALOUD_VIEW (self));

  if (self->analysing != NULL)
    g_cancellable_cancel (self->cancellable);
}

/**
 * cal_think_aloud_view_get_error:
 * @self: a #CalThinkAloudView
 *
 * Returns: (nullable): the error shown about the attempt, if any
 */
const char *
cal_think_aloud_view_get_error (CalThinkAloudView *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), NULL);

  return self->error;
}

/**
 * cal_think_aloud_view_get_report:
 * @self: a #CalThinkAloudView
 *
 * Returns: (transfer none): the box with the shown attempt's report
 */
GtkWidget *
cal_think_aloud_view_get_report (CalThinkAloudView *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), NULL);

  return self->report_box;
}

/**
 * cal_think_aloud_view_get_n_attempts:
 * @self: a #CalThinkAloudView
 *
 * Returns: the number of attempts listed for the prompt
 */
guint
cal_think_aloud_view_get_n_attempts (CalThinkAloudView *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), 0);

  return self->n_attempts;
}

/**
 * cal_think_aloud_view_get_recorder_panel:
 * @self: a #CalThinkAloudView
 *
 * Returns: (transfer none): the record button and its meter
 */
CalRecorderPanel *
cal_think_aloud_view_get_recorder_panel (CalThinkAloudView *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_VIEW (self), NULL);

  return self->recorder_panel;
}

/**
 * cal_think_aloud_view_set_scratch_pad:
 * @self: a #CalThinkAloudView
 * @text: the notes of the session under way
 */
void
cal_think_aloud_view_set_scratch_pad (CalThinkAloudView *self,
                                      const char        *text)
{
  g_return_if_fail (CAL_IS_THINK_ALOUD_VIEW (self));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->scratch_view), text != NULL ? text : "", -1);
}
