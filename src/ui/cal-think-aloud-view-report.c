/* cal-think-aloud-view-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The think-aloud report and history of CalThinkAloudView: the silence
 * timeline and the trend plot drawn with cairo, the checkpoint rows, the
 * signposts and figures, and the rows of past attempts.
 */

#define G_LOG_DOMAIN "cal-think-aloud-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-think-aloud-view-private.h"

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

void
cal_think_aloud_view_draw_timeline (GtkDrawingArea *area,
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
      g_autofree char *text = cal_think_aloud_view_format_time (session * t / 2);
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
void
cal_think_aloud_view_draw_trend (GtkDrawingArea *area,
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

void
cal_think_aloud_view_clear_list (GtkListBox *list)
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
          g_autofree char *at = cal_think_aloud_view_format_time (advice->at);
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
      g_autofree char *at = cal_think_aloud_view_format_time (longest->start);
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
      GSettings *settings = cal_think_aloud_view_get_settings (self);
      guint threshold = settings != NULL ? g_settings_get_uint (settings, "think-aloud-silence-seconds") : 5;

      text = g_strdup_printf (ngettext ("No silence longer than %u second: you kept talking.",
                                        "No silence longer than %u seconds: you kept talking.", threshold),
                              threshold);
    }
  gtk_label_set_label (self->silence_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));

  /* Checkpoints: all eight, the prompt's key ones marked. */
  cal_think_aloud_view_clear_list (self->checkpoint_list);
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
        g_autofree char *when = hit ? cal_think_aloud_view_format_time (at) : g_strdup (_("Missed"));
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
      g_autofree char *at = cal_think_aloud_view_format_time (signpost->at);

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

void
cal_think_aloud_view_analysis_options (CalThinkAloudView    *self,
                  CalThinkAloudOptions *options,
                  double                session_s)
{
  GSettings *settings = cal_think_aloud_view_get_settings (self);

  cal_think_aloud_options_init (options);
  if (settings != NULL)
    options->silence_threshold_s = g_settings_get_uint (settings, "think-aloud-silence-seconds");
  options->session_s = session_s;
}

/* Shows @practice's report, analysing its stored transcript again: the
 * analysis is quick, and the stored report keeps the figures it was
 * made with (threshold, session) so the result is the same. */
void
cal_think_aloud_view_show_report (CalThinkAloudView *self,
             CalPractice       *practice)
{
  g_autoptr(JsonNode) root = cal_think_aloud_view_parse_report (practice);
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *scratch = NULL;
  const char *data = cal_practice_get_transcript (practice);
  CalThinkAloudOptions options;

  g_set_object (&self->shown, practice);
  g_clear_object (&self->report);
  scratch = cal_think_aloud_view_dup_scratch (root);

  if (data == NULL || *data == '\0' || self->prompt == NULL ||
      (transcript = cal_transcript_new_from_data (data, -1, &error)) == NULL)
    {
      gtk_widget_set_visible (self->report_box, FALSE);
      return;
    }

  cal_think_aloud_view_analysis_options (self, &options, cal_practice_get_duration (practice));
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
      cal_think_aloud_view_show_error (self, error->message);
      gtk_widget_set_visible (self->report_box, FALSE);
      return;
    }
  fill_report (self, scratch);
}

/* --- History ------------------------------------------------------------- */

GtkWidget *
cal_think_aloud_view_history_row (CalPractice *practice,
             gboolean     shown)
{
  g_autoptr(JsonNode) root = cal_think_aloud_view_parse_report (practice);
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
  {
    GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

    gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (delete, _("Delete Attempt"));
    gtk_widget_add_css_class (delete, "flat");
    gtk_actionable_set_action_name (GTK_ACTIONABLE (delete), "think-aloud.delete-attempt");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (delete), "x", cal_practice_get_id (practice));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  }
  if (shown)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("object-select-symbolic"));
  else
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  g_object_set_data_full (G_OBJECT (row), "cal-practice", g_object_ref (practice), g_object_unref);
  return row;
}
