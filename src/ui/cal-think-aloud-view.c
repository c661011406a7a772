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

#include "cal-attempt-delete.h"
#include "cal-think-aloud.h"
#include "cal-think-aloud-view-private.h"

#define THINK_ALOUD_MODE "think-aloud"

/* The instance struct is in cal-think-aloud-view-private.h. */

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

JsonNode *
cal_think_aloud_view_parse_report (CalPractice *practice)
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
  root = cal_think_aloud_view_parse_report (practice);
  if (root == NULL)
    return FALSE;
  prompt = json_object_get_object_member (json_node_get_object (root), "prompt");
  if (prompt == NULL || !json_object_has_member (prompt, "id"))
    return FALSE;
  if (prompt_id != NULL)
    *prompt_id = g_strdup (json_object_get_string_member (prompt, "id"));
  return TRUE;
}

char *
cal_think_aloud_view_dup_scratch (JsonNode *root)
{
  JsonObject *object = root != NULL ? json_node_get_object (root) : NULL;

  if (object == NULL || !json_object_has_member (object, "scratch_pad"))
    return NULL;
  return g_strdup (json_object_get_string_member (object, "scratch_pad"));
}

char *
cal_think_aloud_view_format_time (double seconds)
{
  int s = (int) MAX (0, round (seconds));

  return g_strdup_printf ("%d:%02d", s / 60, s % 60);
}

GSettings *
cal_think_aloud_view_get_settings (CalThinkAloudView *self)
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

void
cal_think_aloud_view_show_error (CalThinkAloudView *self,
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
  g_autofree char *text = cal_think_aloud_view_format_time (ceil (left));
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
  GSettings *settings = cal_think_aloud_view_get_settings (self);
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

/* --- Analysis ------------------------------------------------------------ */

static void
on_analysing_changed (CalThinkAloudView *self)
{
  gboolean analysing = cal_attempt_analysis_get_analysing (self->analysis);

  gtk_widget_set_visible (self->progress_box, analysing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "think-aloud.cancel-analysis", analysing);
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

/* Unlike the coach, the think-aloud analysis runs here on the main thread
 * with the view's own CalThinkAloud, so the run is over once this returns. */
static void
on_analysis_transcribed (CalThinkAloudView  *self,
                         CalPractice        *practice,
                         CalTranscript      *transcript,
                         CalAttemptAnalysis *analysis)
{
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(JsonNode) old = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *scratch = NULL;
  g_autofree char *transcript_json = NULL;
  g_autofree char *report_json = NULL;
  g_autofree char *prompt_id = NULL;
  CalStore *store = get_store (self);
  CalThinkAloudOptions options;

  old = cal_think_aloud_view_parse_report (practice);
  scratch = cal_think_aloud_view_dup_scratch (old);
  if (!cal_think_aloud_practice_get_prompt_id (practice, &prompt_id))
    {
      cal_think_aloud_view_show_error (self, _("This attempt does not say which prompt it answered."));
      return;
    }

  if (cal_practice_get_duration (practice) <= 0)
    cal_practice_set_duration (practice, cal_transcript_get_duration (transcript));
  cal_think_aloud_view_analysis_options (self, &options, cal_practice_get_duration (practice));
  report = cal_think_aloud_analyze (self->think, transcript, prompt_id, &options, &error);
  if (report == NULL)
    {
      cal_think_aloud_view_show_error (self, error->message);
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
      cal_think_aloud_view_show_error (self, error->message);
      return;
    }

  refresh_history (self, practice);
  /* The report is what the user waited for: bring it into view. */
  scroll_to_report (self);
}

static void
on_analysis_failed (CalThinkAloudView *self,
                    CalPractice       *practice,
                    const char        *message,
                    const char        *toast_message)
{
  if (toast_message != NULL)
    toast (self, toast_message);
  cal_think_aloud_view_show_error (self, message);
}

static void
analyse (CalThinkAloudView *self,
         CalPractice       *practice)
{
  cal_think_aloud_view_show_error (self, NULL);
  cal_attempt_analysis_start (self->analysis, practice, _("Transcribing the session…"));
}

/* --- History ------------------------------------------------------------- */

static void
refresh_history (CalThinkAloudView *self,
                 CalPractice       *show)
{
  CalStore *store = get_store (self);
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  CalPractice *shown = NULL;

  cal_think_aloud_view_clear_list (self->history_list);
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
      g_autoptr(JsonNode) root = cal_think_aloud_view_parse_report (practice);
      CalThinkAloudSummary summary;

      gtk_list_box_append (self->history_list, cal_think_aloud_view_history_row (practice, practice == shown));
      if (cal_think_aloud_summary_from_json (root, &summary))
        g_array_prepend_val (self->trend_points, summary);
    }
  self->n_attempts = mine->len;
  gtk_widget_set_visible (GTK_WIDGET (self->trend), self->trend_points->len > 1);
  gtk_widget_queue_draw (GTK_WIDGET (self->trend));
  gtk_widget_set_visible (self->history_box, mine->len > 0);

  if (shown != NULL)
    cal_think_aloud_view_show_report (self, shown);
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

  cal_think_aloud_view_clear_list (self->prompt_list);
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
on_delete_response (AdwMessageDialog  *dialog,
                    const char        *response,
                    CalThinkAloudView *self)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "cal-practice-id"));
  CalStore *store = get_store (self);
  CalPractice *analysing = cal_attempt_analysis_get_practice (self->analysis);
  g_autoptr(CalPractice) practice = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || store == NULL)
    return;
  practice = cal_store_get_practice (store, id, &error);
  if (practice == NULL)
    {
      toast (self, error->message);
      return;
    }
  if (analysing != NULL && cal_practice_get_id (analysing) == id)
    cal_think_aloud_view_cancel_analysis (self);
  if (!cal_attempt_delete (store, practice, &error))
    {
      toast (self, error->message);
      return;
    }

  if (self->shown != NULL && cal_practice_get_id (self->shown) == id)
    g_clear_object (&self->shown);
  refresh_history (self, NULL);
  toast (self, _("Attempt deleted"));
}

static void
delete_attempt_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CalThinkAloudView *self = CAL_THINK_ALOUD_VIEW (widget);
  GtkWidget *dialog;

  dialog = cal_attempt_delete_dialog_new (widget,
                                          _("Its recording, transcript, scratch pad and report will be gone."));
  g_object_set_data (G_OBJECT (dialog), "cal-practice-id", GSIZE_TO_POINTER (g_variant_get_int64 (parameter)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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
      cal_think_aloud_view_show_error (self, error->message);
    }
}

static void
cal_think_aloud_view_dispose (GObject *object)
{
  CalThinkAloudView *self = CAL_THINK_ALOUD_VIEW (object);

  /* A run under way may outlive the view: it must not call back. */
  if (self->analysis != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->analysis, self);
      cal_attempt_analysis_cancel (self->analysis);
    }
  g_clear_object (&self->analysis);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  g_clear_handle_id (&self->scroll_id, g_source_remove);
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
  gtk_widget_class_install_action (widget_class, "think-aloud.delete-attempt", "x", delete_attempt_action);
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

  gtk_drawing_area_set_draw_func (self->timeline, cal_think_aloud_view_draw_timeline, self, NULL);
  gtk_drawing_area_set_draw_func (self->trend, cal_think_aloud_view_draw_trend, self, NULL);
  g_signal_connect_object (cal_recorder_panel_get_recorder (self->recorder_panel), "notify::state",
                           G_CALLBACK (on_recorder_state), self, 0);

  self->analysis = cal_attempt_analysis_new ();
  /* Not synced at once: the template's label stays until a run starts. */
  g_object_bind_property (self->analysis, "status", self->progress_label, "label", G_BINDING_DEFAULT);
  g_object_bind_property (self->analysis, "fraction", self->progress_bar, "fraction", G_BINDING_DEFAULT);
  g_signal_connect_swapped (self->analysis, "notify::analysing", G_CALLBACK (on_analysing_changed), self);
  g_signal_connect_swapped (self->analysis, "transcribed", G_CALLBACK (on_analysis_transcribed), self);
  g_signal_connect_swapped (self->analysis, "failed", G_CALLBACK (on_analysis_failed), self);

  fill_prompts (self);
  on_analysing_changed (self);
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

  cal_recorder_panel_set_settings (self->recorder_panel, cal_think_aloud_view_get_settings (self));
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
      cal_think_aloud_view_show_error (self, NULL);
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

  return cal_attempt_analysis_get_analysing (self->analysis);
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

  cal_attempt_analysis_cancel (self->analysis);
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
