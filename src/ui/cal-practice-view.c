/* cal-practice-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Practice section: pick a question, answer it out loud, and get the
 * transcript and the coach's report, with the history of every attempt.
 * After a recording stops, the attempt is stored at once (so nothing is
 * lost), then transcribed off the main thread and coached.
 */

#define G_LOG_DOMAIN "cal-practice-view"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cal-attempt-analysis.h"
#include "cal-attempt-delete.h"
#include "cal-catalog.h"
#include "cal-coach.h"
#include "cal-media.h"
#include "cal-practice-view.h"
#include "cal-question-chooser.h"
#include "cal-think-aloud-view.h"

struct _CalPracticeView
{
  CalSection          parent_instance;

  GtkStack           *stack;
  GtkWidget          *change_button;
  GtkToggleButton    *mode_button;
  AdwWindowTitle     *window_title;
  GtkLabel           *question_label;
  AdwComboRow        *story_row;
  AdwComboRow        *level_row;
  CalRecorderPanel   *recorder_panel;
  GtkWidget          *progress_box;
  GtkLabel           *progress_label;
  GtkProgressBar     *progress_bar;
  GtkWidget          *error_box;
  GtkLabel           *error_label;
  CalPracticeAttempt *attempt;
  GtkWidget          *history_box;
  CalPracticeHistory *history;
  CalThinkAloudView  *think_aloud_view;

  CalQuestion        *question;
  GPtrArray          *story_ids;     /* gint64 boxed, 0 first for "none" */
  GPtrArray          *story_levels;  /* the stories' target levels */
  GPtrArray          *level_ids;     /* NULL first for "not set" */
  char               *job_level;
  gboolean            filling;

  CalAttemptAnalysis *analysis;
  char               *error;
};

G_DEFINE_FINAL_TYPE (CalPracticeView, cal_practice_view, CAL_TYPE_SECTION)

typedef struct
{
  char            *question;
  char            *level;
  CalCoachOptions  options;
} CoachJob;

static void
coach_job_free (CoachJob *job)
{
  g_free (job->question);
  g_free (job->level);
  g_free (job);
}

static CalStore *
get_store (CalPracticeView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_store (context) : NULL;
}

static GSettings *
get_settings (CalPracticeView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  return context != NULL ? cal_context_get_settings (context) : NULL;
}

static void
get_coach_options (CalPracticeView *self,
                   CalCoachOptions *options)
{
  GSettings *settings = get_settings (self);

  cal_coach_options_init (options);
  if (settings == NULL)
    return;
  options->target_duration_s = g_settings_get_uint (settings, "target-answer-seconds");
  options->pace_min_wpm = g_settings_get_uint (settings, "pace-min-wpm");
  options->pace_max_wpm = MAX (g_settings_get_uint (settings, "pace-max-wpm"), options->pace_min_wpm);
}

static void
show_error (CalPracticeView *self,
            const char      *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (self->error_box, message != NULL);
}

static const char *
selected_level (CalPracticeView *self)
{
  guint selected = adw_combo_row_get_selected (self->level_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->level_ids->len)
    return NULL;
  return g_ptr_array_index (self->level_ids, selected);
}

static gint64
selected_story (CalPracticeView *self)
{
  guint selected = adw_combo_row_get_selected (self->story_row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->story_ids->len)
    return 0;
  return *(gint64 *) g_ptr_array_index (self->story_ids, selected);
}

static void
select_level (CalPracticeView *self,
              const char      *level_id)
{
  for (guint i = 1; level_id != NULL && *level_id != '\0' && i < self->level_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->level_ids, i), level_id) == 0)
      {
        adw_combo_row_set_selected (self->level_row, i);
        return;
      }
}

static void
fill_levels (CalPracticeView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GPtrArray *levels = cal_catalog_get_levels (cal_catalog_get_default ());

  g_ptr_array_set_size (self->level_ids, 0);
  gtk_string_list_append (names, _("Not set"));
  g_ptr_array_add (self->level_ids, NULL);
  for (guint i = 0; levels != NULL && i < levels->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (levels, i);

      gtk_string_list_append (names, level->name);
      g_ptr_array_add (self->level_ids, g_strdup (level->id));
    }
  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (names));
}

/* The question's linked stories first, then the rest of the bank. */
static void
fill_stories (CalPracticeView *self)
{
  CalStore *store = get_store (self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GListModel) linked = NULL;
  g_autoptr(GListModel) all = NULL;
  GListModel *lists[2];
  gint64 zero = 0;

  g_ptr_array_set_size (self->story_ids, 0);
  g_ptr_array_set_size (self->story_levels, 0);
  gtk_string_list_append (names, _("No story"));
  g_ptr_array_add (self->story_ids, g_memdup2 (&zero, sizeof zero));
  g_ptr_array_add (self->story_levels, NULL);

  if (store != NULL && self->question != NULL && cal_question_get_id (self->question) > 0)
    linked = cal_store_list_stories_for_question (store, cal_question_get_id (self->question), NULL);
  if (store != NULL)
    all = cal_store_list_stories (store, NULL);
  lists[0] = linked;
  lists[1] = all;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(CalStory) story = g_list_model_get_item (lists[l], i);
        gint64 id = cal_story_get_id (story);
        const char *title = cal_story_get_title (story);

        if (!g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
          continue;
        gtk_string_list_append (names, *title != '\0' ? title : _("Untitled story"));
        g_ptr_array_add (self->story_ids, g_memdup2 (&id, sizeof id));
        g_ptr_array_add (self->story_levels, g_strdup (cal_story_get_target_level (story)));
      }

  adw_combo_row_set_model (self->story_row, G_LIST_MODEL (names));
  /* A question with linked stories most likely gets the first one. */
  adw_combo_row_set_selected (self->story_row,
                              linked != NULL && g_list_model_get_n_items (linked) > 0 ? 1 : 0);
}

/* The level to aim at: the story's target level, else the job's level,
 * else whatever the user last picked. */
static void
update_level_from_context (CalPracticeView *self)
{
  guint story = adw_combo_row_get_selected (self->story_row);
  const char *level = NULL;

  if (story != GTK_INVALID_LIST_POSITION && story < self->story_levels->len)
    level = g_ptr_array_index (self->story_levels, story);
  if (level == NULL || *level == '\0')
    level = self->job_level;
  select_level (self, level);
}

static void
on_story_selected (CalPracticeView *self)
{
  if (!self->filling)
    update_level_from_context (self);
}

static void
on_level_selected (CalPracticeView *self)
{
}

static void
refresh_history (CalPracticeView *self,
                 CalPractice     *show)
{
  CalStore *store = get_store (self);
  g_autoptr(GListModel) practices = NULL;
  g_autoptr(GError) error = NULL;
  CalCoachOptions options;
  CalPractice *shown;

  if (store == NULL || self->question == NULL || cal_question_get_id (self->question) <= 0)
    {
      gtk_widget_set_visible (self->history_box, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->attempt), FALSE);
      return;
    }

  practices = cal_store_list_practices (store, cal_question_get_id (self->question), 0, &error);
  if (practices == NULL)
    {
      g_warning ("Could not list the attempts: %s", error->message);
      return;
    }

  get_coach_options (self, &options);

  /* Show the attempt asked for, else the one already shown if it is
   * still there, else the newest. */
  shown = show != NULL ? show : cal_practice_attempt_get_practice (self->attempt);
  if (shown != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (practices) && !found; i++)
        {
          g_autoptr(CalPractice) item = g_list_model_get_item (practices, i);

          if (cal_practice_get_id (item) == cal_practice_get_id (shown))
            {
              found = TRUE;
              /* The stored copy is the freshest. */
              if (show == NULL)
                shown = item;
              g_object_ref (shown);
            }
        }
      if (!found)
        shown = NULL;
    }
  if (shown == NULL && g_list_model_get_n_items (practices) > 0)
    shown = g_list_model_get_item (practices, 0);

  if (shown != NULL)
    {
      cal_practice_attempt_set_practice (self->attempt, shown, options.target_duration_s,
                                         options.pace_min_wpm, options.pace_max_wpm);
      g_object_unref (shown);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->attempt), shown != NULL);

  cal_practice_history_set_practices (self->history, practices,
                                      shown != NULL ? cal_practice_get_id (cal_practice_attempt_get_practice (self->attempt)) : 0,
                                      options.pace_min_wpm, options.pace_max_wpm);
  gtk_widget_set_visible (self->history_box, g_list_model_get_n_items (practices) > 0);
}

static void
on_attempt_activated (CalPracticeView *self,
                      CalPractice     *practice)
{
  refresh_history (self, practice);
}

static void
on_attempt_delete_response (AdwMessageDialog *dialog,
                            const char       *response,
                            CalPracticeView  *self)
{
  CalPractice *practice = g_object_get_data (G_OBJECT (dialog), "cal-practice");
  CalPractice *analysing;
  CalStore *store = get_store (self);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0 || store == NULL)
    return;

  analysing = cal_attempt_analysis_get_practice (self->analysis);
  if (analysing != NULL && cal_practice_get_id (analysing) == cal_practice_get_id (practice))
    cal_practice_view_cancel_analysis (self);

  if (!cal_attempt_delete (store, practice, &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  if (cal_practice_attempt_get_practice (self->attempt) != NULL &&
      cal_practice_get_id (cal_practice_attempt_get_practice (self->attempt)) == cal_practice_get_id (practice))
    cal_practice_attempt_stop (self->attempt);
  refresh_history (self, NULL);
  cal_section_toast_message (CAL_SECTION (self), _("Attempt deleted"));
}

static void
on_attempt_delete (CalPracticeView *self,
                   CalPractice     *practice)
{
  GtkWidget *dialog;

  dialog = cal_attempt_delete_dialog_new (GTK_WIDGET (self),
                                          _("Its recording, transcript and report will be gone."));
  g_object_set_data_full (G_OBJECT (dialog), "cal-practice", g_object_ref (practice), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_attempt_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_analysing_changed (CalPracticeView *self)
{
  gboolean analysing = cal_attempt_analysis_get_analysing (self->analysis);

  gtk_widget_set_visible (self->progress_box, analysing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practice.cancel-analysis", analysing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "practice.analyse", !analysing);
}

static gpointer
coach_thread (CalTranscript  *transcript,
              gpointer        data,
              GCancellable   *cancellable,
              GError        **error)
{
  CoachJob *job = data;
  g_autoptr(CalCoach) coach = cal_coach_new (NULL);

  return cal_coach_analyze (coach, transcript, job->question, job->level, &job->options, error);
}

/* The coach gets the question and level as they are once the answer is
 * transcribed, so a level picked meanwhile still counts. */
static void
on_analysis_transcribed (CalPracticeView    *self,
                         CalPractice        *practice,
                         CalTranscript      *transcript,
                         CalAttemptAnalysis *analysis)
{
  const char *question = cal_practice_get_question_text (practice);
  CoachJob *job;

  job = g_new0 (CoachJob, 1);
  job->question = g_strdup (*question != '\0' ? question : NULL);
  job->level = g_strdup (selected_level (self));
  get_coach_options (self, &job->options);

  cal_attempt_analysis_continue_in_thread (analysis, _("Preparing the report…"), coach_thread, job,
                                           (GDestroyNotify) coach_job_free, g_object_unref);
}

static void
on_analysis_analysed (CalPracticeView *self,
                      CalPractice     *practice,
                      CalTranscript   *transcript,
                      CalCoachReport  *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *transcript_json = NULL;
  g_autofree char *report_json = NULL;
  CalStore *store = get_store (self);

  transcript_json = cal_transcript_to_data (transcript, FALSE);
  node = cal_coach_report_to_json (report);
  report_json = json_to_string (node, FALSE);
  cal_practice_set_transcript (practice, transcript_json);
  cal_practice_set_report (practice, report_json);
  if (cal_practice_get_duration (practice) <= 0)
    cal_practice_set_duration (practice, cal_transcript_get_duration (transcript));

  if (store != NULL && !cal_store_save_practice (store, practice, &error))
    {
      show_error (self, error->message);
      return;
    }

  refresh_history (self, practice);
}

static void
on_analysis_failed (CalPracticeView *self,
                    CalPractice     *practice,
                    const char      *message,
                    const char      *toast)
{
  if (toast != NULL)
    cal_section_toast_message (CAL_SECTION (self), toast);
  show_error (self, message);
}

static void
analyse (CalPracticeView *self,
         CalPractice     *practice)
{
  show_error (self, NULL);
  cal_attempt_analysis_start (self->analysis, practice, _("Transcribing the answer…"));
}

static void
on_recorded (CalPracticeView *self,
             const char      *path,
             double           duration)
{
  g_autoptr(GError) error = NULL;

  if (cal_practice_view_add_attempt_from_file (self, path, duration, &error) == NULL)
    {
      /* Nothing stores the attempt, so nothing should keep its file. */
      g_unlink (path);
      show_error (self, error->message);
    }
}

static void
on_question_chosen (CalQuestionChooser *chooser,
                    CalQuestion        *question,
                    CalPracticeView    *self)
{
  CalStore *store = get_store (self);
  g_autoptr(CalQuestion) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    return;

  /* A bank question already practised is the same question: reuse its
   * row so its history carries on. */
  if (cal_question_get_id (question) <= 0)
    {
      g_autoptr(GListModel) existing = cal_store_list_questions (store, 0, cal_question_get_source (question), NULL);

      for (guint i = 0; existing != NULL && i < g_list_model_get_n_items (existing) && stored == NULL; i++)
        {
          g_autoptr(CalQuestion) item = g_list_model_get_item (existing, i);

          if (g_strcmp0 (cal_question_get_text (item), cal_question_get_text (question)) == 0)
            stored = g_steal_pointer (&item);
        }

      if (stored == NULL)
        {
          if (!cal_store_save_question (store, question, &error))
            {
              cal_section_toast_message (CAL_SECTION (self), error->message);
              return;
            }
          stored = g_object_ref (question);
        }
    }
  else
    {
      stored = g_object_ref (question);
    }

  cal_practice_view_set_question (self, stored);
  /* The chooser closes; focus comes back to the record button, not to the
   * question (a selectable label, which selects all of itself on focus). */
  gtk_widget_grab_focus (GTK_WIDGET (self->recorder_panel));
  gtk_label_select_region (self->question_label, 0, 0);
}

/* The header's toggle switches between answering a behavioural question
 * and thinking aloud on a technical prompt; each keeps its own page. */
static void
on_mode_toggled (CalPracticeView *self)
{
  gboolean think = gtk_toggle_button_get_active (self->mode_button);

  if (think)
    {
      gtk_stack_set_visible_child_name (self->stack, "think-aloud");
      adw_window_title_set_title (self->window_title, _("Think Aloud"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_widget_set_visible (self->change_button, FALSE);
      return;
    }

  /* Back to the question as it was left, a recording under way included. */
  adw_window_title_set_title (self->window_title, _("Practice"));
  gtk_widget_set_visible (self->change_button, self->question != NULL);
  gtk_stack_set_visible_child_name (self->stack, self->question != NULL ? "question" : "empty");
}

static void
on_think_aloud_toast (CalPracticeView *self,
                      const char      *message)
{
  cal_section_toast_message (CAL_SECTION (self), message);
}

static void
think_aloud_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CalPracticeView *self = CAL_PRACTICE_VIEW (widget);

  gtk_toggle_button_set_active (self->mode_button, TRUE);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalPracticeView *self = CAL_PRACTICE_VIEW (widget);
  CalQuestionChooser *chooser;
  CalStore *store = get_store (self);

  if (store == NULL)
    return;

  chooser = cal_question_chooser_new (GTK_WINDOW (gtk_widget_get_root (widget)), store);
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_question_chosen), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
cancel_analysis_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  cal_practice_view_cancel_analysis (CAL_PRACTICE_VIEW (widget));
}

static void
analyse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CalPracticeView *self = CAL_PRACTICE_VIEW (widget);
  CalPractice *practice = cal_practice_attempt_get_practice (self->attempt);

  if (practice != NULL)
    analyse (self, practice);
}

static void
on_context_changed (CalPracticeView *self)
{
  CalStore *store = get_store (self);
  GSettings *settings = get_settings (self);
  g_autoptr(CalPractice) last = NULL;

  cal_recorder_panel_set_settings (self->recorder_panel, settings);
  cal_think_aloud_view_set_context (self->think_aloud_view, cal_section_get_context (CAL_SECTION (self)));
  if (store == NULL)
    return;

  /* Recordings go beside the database, and recordings cut short by a
   * crash leave .part files nobody points at. */
  {
    g_autofree char *dir = cal_store_dup_recordings_dir (store);
    g_autoptr(GError) error = NULL;

    cal_recorder_set_directory (cal_recorder_panel_get_recorder (self->recorder_panel), dir);

    if (g_file_test (dir, G_FILE_TEST_IS_DIR) && cal_recorder_cleanup_stale_parts (dir, &error) == 0 &&
        error != NULL)
      g_debug ("Could not clean up partial recordings: %s", error->message);
  }

  /* Come back to the question practised last (read alone, not with
   * every other practice). */
  last = cal_store_get_last_practice (store, NULL);
  if (last != NULL)
    {
      g_autoptr(CalQuestion) question = NULL;

      /* … or to the prompt thought aloud on last. */
      if (g_strcmp0 (cal_practice_get_mode (last), "think-aloud") == 0)
        {
          cal_think_aloud_view_show_practice (self->think_aloud_view, last);
          gtk_toggle_button_set_active (self->mode_button, TRUE);
          return;
        }

      question = cal_store_get_question (store, cal_practice_get_question_id (last), NULL);
      if (question != NULL)
        cal_practice_view_set_question (self, question);
    }
}

static void
cal_practice_view_dispose (GObject *object)
{
  CalPracticeView *self = CAL_PRACTICE_VIEW (object);

  /* A run under way may outlive the view: it must not call back. */
  if (self->analysis != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->analysis, self);
      cal_attempt_analysis_cancel (self->analysis);
    }
  g_clear_object (&self->analysis);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (cal_practice_view_parent_class)->dispose (object);
}

static void
cal_practice_view_finalize (GObject *object)
{
  CalPracticeView *self = CAL_PRACTICE_VIEW (object);

  g_clear_pointer (&self->story_ids, g_ptr_array_unref);
  g_clear_pointer (&self->story_levels, g_ptr_array_unref);
  g_clear_pointer (&self->level_ids, g_ptr_array_unref);
  g_clear_pointer (&self->job_level, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (cal_practice_view_parent_class)->finalize (object);
}

static void
cal_practice_view_class_init (CalPracticeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_practice_view_dispose;
  object_class->finalize = cal_practice_view_finalize;

  g_type_ensure (CAL_TYPE_RECORDER_PANEL);
  g_type_ensure (CAL_TYPE_PRACTICE_ATTEMPT);
  g_type_ensure (CAL_TYPE_PRACTICE_HISTORY);
  g_type_ensure (CAL_TYPE_THINK_ALOUD_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-practice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, change_button);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, mode_button);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, window_title);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, question_label);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, story_row);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, level_row);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, recorder_panel);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, progress_box);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, error_box);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, error_label);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, attempt);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, history_box);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, history);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeView, think_aloud_view);
  gtk_widget_class_bind_template_callback (widget_class, on_story_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_level_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_recorded);
  gtk_widget_class_bind_template_callback (widget_class, on_attempt_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_attempt_delete);
  gtk_widget_class_bind_template_callback (widget_class, on_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_think_aloud_toast);

  gtk_widget_class_install_action (widget_class, "practice.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "practice.cancel-analysis", NULL, cancel_analysis_action);
  gtk_widget_class_install_action (widget_class, "practice.analyse", NULL, analyse_action);
  gtk_widget_class_install_action (widget_class, "practice.think-aloud", NULL, think_aloud_action);
}

static void
cal_practice_view_init (CalPracticeView *self)
{
  self->story_ids = g_ptr_array_new_with_free_func (g_free);
  self->story_levels = g_ptr_array_new_with_free_func (g_free);
  self->level_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

  fill_levels (self);

  self->analysis = cal_attempt_analysis_new ();
  /* Not synced at once: the template's label stays until a run starts. */
  g_object_bind_property (self->analysis, "status", self->progress_label, "label", G_BINDING_DEFAULT);
  g_object_bind_property (self->analysis, "fraction", self->progress_bar, "fraction", G_BINDING_DEFAULT);
  g_signal_connect_swapped (self->analysis, "notify::analysing", G_CALLBACK (on_analysing_changed), self);
  g_signal_connect_swapped (self->analysis, "transcribed", G_CALLBACK (on_analysis_transcribed), self);
  g_signal_connect_swapped (self->analysis, "analysed", G_CALLBACK (on_analysis_analysed), self);
  g_signal_connect_swapped (self->analysis, "failed", G_CALLBACK (on_analysis_failed), self);
  on_analysing_changed (self);
  g_signal_connect (self, "notify::context", G_CALLBACK (on_context_changed), NULL);
}

GtkWidget *
cal_practice_view_new (void)
{
  return g_object_new (CAL_TYPE_PRACTICE_VIEW, NULL);
}

/**
 * cal_practice_view_set_question:
 * @self: a #CalPracticeView
 * @question: a stored question
 *
 * Shows the recording page for @question, with its attempts.
 */
void
cal_practice_view_set_question (CalPracticeView *self,
                                CalQuestion     *question)
{
  CalStore *store;

  g_return_if_fail (CAL_IS_PRACTICE_VIEW (self));
  g_return_if_fail (CAL_IS_QUESTION (question));

  if (cal_recorder_panel_get_busy (self->recorder_panel))
    cal_recorder_panel_discard (self->recorder_panel);
  cal_practice_view_cancel_analysis (self);
  show_error (self, NULL);
  cal_practice_attempt_stop (self->attempt);

  g_set_object (&self->question, question);
  gtk_toggle_button_set_active (self->mode_button, FALSE);
  gtk_label_set_label (self->question_label, cal_question_get_text (question));
  adw_window_title_set_subtitle (self->window_title, NULL);

  store = get_store (self);
  g_clear_pointer (&self->job_level, g_free);
  if (store != NULL && cal_question_get_job_id (question) > 0)
    {
      g_autoptr(CalJob) job = cal_store_get_job (store, cal_question_get_job_id (question), NULL);

      if (job != NULL)
        {
          self->job_level = g_strdup (cal_job_get_level (job));
          adw_window_title_set_subtitle (self->window_title, cal_job_get_company (job));
        }
    }

  self->filling = TRUE;
  fill_stories (self);
  self->filling = FALSE;
  update_level_from_context (self);

  /* A different question starts from its own newest attempt. */
  if (cal_practice_attempt_get_practice (self->attempt) != NULL &&
      cal_practice_get_question_id (cal_practice_attempt_get_practice (self->attempt)) != cal_question_get_id (question))
    gtk_widget_set_visible (GTK_WIDGET (self->attempt), FALSE);
  refresh_history (self, NULL);

  gtk_widget_set_visible (self->change_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "question");
}

/**
 * cal_practice_view_get_question:
 * @self: a #CalPracticeView
 *
 * Returns: (transfer none) (nullable): the question being practised
 */
CalQuestion *
cal_practice_view_get_question (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);

  return self->question;
}

/**
 * cal_practice_view_set_story:
 * @self: a #CalPracticeView
 * @story_id: the story to tell, or 0 for none
 */
void
cal_practice_view_set_story (CalPracticeView *self,
                             gint64           story_id)
{
  g_return_if_fail (CAL_IS_PRACTICE_VIEW (self));

  for (guint i = 0; i < self->story_ids->len; i++)
    if (*(gint64 *) g_ptr_array_index (self->story_ids, i) == story_id)
      {
        adw_combo_row_set_selected (self->story_row, i);
        return;
      }
}

/**
 * cal_practice_view_set_target_level:
 * @self: a #CalPracticeView
 * @level_id: a catalog level id
 */
void
cal_practice_view_set_target_level (CalPracticeView *self,
                                    const char      *level_id)
{
  g_return_if_fail (CAL_IS_PRACTICE_VIEW (self));

  select_level (self, level_id);
}

/**
 * cal_practice_view_add_attempt_from_file:
 * @self: a #CalPracticeView with a question
 * @path: a finished recording
 * @duration_s: its length, or 0 to take it from the transcript
 * @error: return location for a #GError
 *
 * What happens after a recording stops: the attempt is stored for the
 * current question and story, then transcribed and coached in the
 * background.
 *
 * Returns: (transfer none) (nullable): the stored attempt
 */
CalPractice *
cal_practice_view_add_attempt_from_file (CalPracticeView  *self,
                                         const char       *path,
                                         double            duration_s,
                                         GError          **error)
{
  CalStore *store;
  g_autoptr(CalPractice) practice = NULL;

  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  store = get_store (self);
  if (store == NULL || self->question == NULL || cal_question_get_id (self->question) <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Choose a question before recording an answer."));
      return NULL;
    }
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The recording “%s” could not be found."), path);
      return NULL;
    }

  practice = cal_practice_new ();
  cal_practice_set_question_id (practice, cal_question_get_id (self->question));
  cal_practice_set_question_text (practice, cal_question_get_text (self->question));
  cal_practice_set_story_id (practice, selected_story (self));
  cal_practice_set_job_id (practice, cal_question_get_job_id (self->question));
  cal_practice_set_audio_path (practice, path);
  cal_practice_set_duration (practice, duration_s);
  cal_practice_set_created (practice, g_get_real_time () / G_USEC_PER_SEC);

  if (!cal_store_save_practice (store, practice, error))
    return NULL;

  refresh_history (self, practice);
  analyse (self, practice);

  return cal_practice_attempt_get_practice (self->attempt);
}

/**
 * cal_practice_view_show_practice:
 * @self: a #CalPracticeView
 * @practice: an attempt at the current question
 */
void
cal_practice_view_show_practice (CalPracticeView *self,
                                 CalPractice     *practice)
{
  g_return_if_fail (CAL_IS_PRACTICE_VIEW (self));
  g_return_if_fail (CAL_IS_PRACTICE (practice));

  refresh_history (self, practice);
}

/**
 * cal_practice_view_get_analysing:
 * @self: a #CalPracticeView
 *
 * Returns: %TRUE while an attempt is being transcribed or coached
 */
gboolean
cal_practice_view_get_analysing (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), FALSE);

  return cal_attempt_analysis_get_analysing (self->analysis);
}

/**
 * cal_practice_view_cancel_analysis:
 * @self: a #CalPracticeView
 *
 * Stops transcribing; the attempt and its recording are kept.
 */
void
cal_practice_view_cancel_analysis (CalPracticeView *self)
{
  g_return_if_fail (CAL_IS_PRACTICE_VIEW (self));

  /* The analysis reports the cancellation through ::failed. */
  cal_attempt_analysis_cancel (self->analysis);
}

/**
 * cal_practice_view_get_error:
 * @self: a #CalPracticeView
 *
 * Returns: (nullable): the error shown about the attempt, if any
 */
const char *
cal_practice_view_get_error (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);

  return self->error;
}

/**
 * cal_practice_view_get_attempt:
 * @self: a #CalPracticeView
 *
 * Returns: (transfer none): the attempt shown
 */
CalPracticeAttempt *
cal_practice_view_get_attempt (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);

  return self->attempt;
}

/**
 * cal_practice_view_get_history:
 * @self: a #CalPracticeView
 *
 * Returns: (transfer none): the attempts list and plot
 */
CalPracticeHistory *
cal_practice_view_get_history (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);

  return self->history;
}

/**
 * cal_practice_view_get_think_aloud_view:
 * @self: a #CalPracticeView
 *
 * Returns: (transfer none): the think-aloud page
 */
CalThinkAloudView *
cal_practice_view_get_think_aloud_view (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);

  return self->think_aloud_view;
}

/**
 * cal_practice_view_get_recorder_panel:
 * @self: a #CalPracticeView
 *
 * Returns: (transfer none): the record button and its meter
 */
CalRecorderPanel *
cal_practice_view_get_recorder_panel (CalPracticeView *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_VIEW (self), NULL);

  return self->recorder_panel;
}
