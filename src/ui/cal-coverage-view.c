/* cal-coverage-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-coverage-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-calibrator.h"
#include "cal-catalog.h"
#include "cal-coverage-view.h"
#include "cal-jd-analysis.h"

/* CalCoverageView answers "am I ready for this job?": one row per question
 * predicted for the chosen job, with the stories that answer it as
 * markers, the unanswered ones highlighted with a button to write a story
 * for them, and the three or four stories that cover most of the job's
 * questions at or above its level. */

#define MAX_BEST 4

struct _CalCoverageView
{
  AdwBin       parent_instance;

  GtkStack    *stack;
  AdwComboRow *job_row;
  GtkListBox  *best_list;
  GtkLabel    *best_placeholder;
  AdwPreferencesGroup *questions_group;
  GtkListBox  *questions_list;

  CalContext  *context;
  GArray      *job_ids;
  gint64       job_id;
  guint        n_uncovered;
  gboolean     filling;
};

G_DEFINE_FINAL_TYPE (CalCoverageView, cal_coverage_view, ADW_TYPE_BIN)

enum {
  OPEN_STORY,
  WRITE_STORY,
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  CalStory *story;      /* summary, body loaded on demand */
  GArray   *questions;  /* guint indices into the job's questions */
  gboolean  eligible;
  char     *reads_at;
} Candidate;

static void
candidate_free (Candidate *candidate)
{
  g_clear_object (&candidate->story);
  g_clear_pointer (&candidate->questions, g_array_unref);
  g_free (candidate->reads_at);
  g_free (candidate);
}

static const char *
story_title (CalStory *story)
{
  const char *title = cal_story_get_title (story);

  return *title != '\0' ? title : _("Untitled Story");
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
on_story_marker_clicked (GtkButton       *button,
                         CalCoverageView *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "cal-story-id");

  g_signal_emit (self, signals[OPEN_STORY], 0, id);
}

static void
on_write_clicked (GtkButton       *button,
                  CalCoverageView *self)
{
  CalQuestion *question = g_object_get_data (G_OBJECT (button), "cal-question");

  g_signal_emit (self, signals[WRITE_STORY], 0, question);
}

static void
on_best_row_activated (CalCoverageView *self,
                       GtkListBoxRow   *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "cal-story-id");

  if (id != NULL)
    g_signal_emit (self, signals[OPEN_STORY], 0, *id);
}

static gint64 *
dup_id (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static GtkWidget *
question_row (CalCoverageView *self,
              CalQuestion     *question,
              GListModel      *stories)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *text = gtk_label_new (cal_question_get_text (question));
  guint n = g_list_model_get_n_items (stories);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "coverage-row");
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_box_append (GTK_BOX (box), text);

  if (*cal_question_get_why (question) != '\0')
    {
      GtkWidget *why = gtk_label_new (cal_question_get_why (question));

      gtk_label_set_wrap (GTK_LABEL (why), TRUE);
      gtk_label_set_xalign (GTK_LABEL (why), 0);
      gtk_widget_add_css_class (why, "caption");
      gtk_widget_add_css_class (why, "dim-label");
      gtk_box_append (GTK_BOX (box), why);
    }

  if (n == 0)
    {
      GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (_("No story yet"));
      GtkWidget *write = gtk_button_new_with_mnemonic (_("_Write a Story"));

      gtk_widget_add_css_class (row, "uncovered");
      gtk_widget_add_css_class (status, "coverage-missing");
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (write, "pill");
      gtk_widget_add_css_class (write, "small");
      g_object_set_data_full (G_OBJECT (write), "cal-question", g_object_ref (question), g_object_unref);
      g_signal_connect (write, "clicked", G_CALLBACK (on_write_clicked), self);
      gtk_box_append (GTK_BOX (status), icon);
      gtk_box_append (GTK_BOX (status), label);
      gtk_box_append (GTK_BOX (status), write);
      gtk_box_append (GTK_BOX (box), status);
    }
  else
    {
      GtkWidget *markers = gtk_flow_box_new ();

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (markers), GTK_SELECTION_NONE);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (markers), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (markers), 6);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (markers), 20);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (stories, i);
          GtkWidget *marker = gtk_button_new_with_label (story_title (story));
          g_autofree char *name = g_strdup_printf (_("Open story “%s”"), story_title (story));

          gtk_widget_add_css_class (marker, "story-marker");
          gtk_widget_set_tooltip_text (marker, name);
          g_object_set_data_full (G_OBJECT (marker), "cal-story-id", dup_id (cal_story_get_id (story)), g_free);
          g_signal_connect (marker, "clicked", G_CALLBACK (on_story_marker_clicked), self);
          gtk_flow_box_append (GTK_FLOW_BOX (markers), marker);
          gtk_widget_set_focusable (gtk_widget_get_parent (marker), FALSE);
        }
      gtk_box_append (GTK_BOX (box), markers);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* Jobs imported elsewhere may keep their predictions only in the analysis
 * JSON; the matrix needs them as rows so that stories can link to them. */
static GListModel *
ensure_predicted_rows (CalStore  *store,
                       CalJob    *job,
                       GError   **error)
{
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *predicted;

  questions = cal_store_list_questions (store, cal_job_get_id (job), "predicted", error);
  if (questions == NULL || g_list_model_get_n_items (questions) > 0 || *cal_job_get_analysis (job) == '\0')
    return g_steal_pointer (&questions);

  node = json_from_string (cal_job_get_analysis (job), NULL);
  if (node == NULL || (analysis = cal_jd_analysis_new_from_json (node, NULL)) == NULL)
    return g_steal_pointer (&questions);

  predicted = cal_jd_analysis_get_questions (analysis);
  rows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; predicted != NULL && i < predicted->len; i++)
    {
      CalJdQuestion *q = g_ptr_array_index (predicted, i);
      CalQuestion *question = cal_question_new ();

      cal_question_set_text (question, q->text);
      cal_question_set_source (question, "predicted");
      cal_question_set_job_id (question, cal_job_get_id (job));
      cal_question_set_round (question, q->round ? q->round : "");
      cal_question_set_competency (question, q->competency ? q->competency : "");
      cal_question_set_why (question, q->why ? q->why : "");
      g_ptr_array_add (rows, question);
    }
  if (rows->len == 0)
    return g_steal_pointer (&questions);
  if (!cal_store_save_all (store, rows, error))
    return NULL;

  g_clear_object (&questions);
  return cal_store_list_questions (store, cal_job_get_id (job), "predicted", error);
}

static void
grade_candidate (CalStore      *store,
                 CalCalibrator *calibrator,
                 Candidate     *candidate,
                 const char    *job_level)
{
  g_autoptr(CalCalibration) cal = NULL;
  const char *level = job_level;
  const CalCatalogLevel *detected;

  if (level == NULL)
    level = cal_story_get_target_level (candidate->story);
  if (level != NULL && (*level == '\0' || cal_lexicon_get_level (cal_calibrator_get_lexicon (calibrator), level) == NULL))
    level = NULL;

  if (!cal_store_load_story_body (store, candidate->story, NULL))
    return;

  cal = cal_calibrator_calibrate_story (calibrator,
                                        cal_story_get_situation (candidate->story),
                                        cal_story_get_task (candidate->story),
                                        cal_story_get_action (candidate->story),
                                        cal_story_get_result (candidate->story),
                                        level, NULL);
  if (cal == NULL)
    return;

  candidate->eligible = cal_calibration_get_verdict (cal) != CAL_VERDICT_BELOW;
  detected = cal_catalog_get_level (cal_catalog_get_default (), cal_calibration_get_detected_level (cal));
  candidate->reads_at = g_strdup (detected != NULL ? detected->name : cal_calibration_get_detected_level (cal));
}

static void
fill_best (CalCoverageView *self,
           GPtrArray       *candidates,
           guint            n_questions,
           const char      *job_level)
{
  g_autofree gboolean *covered = g_new0 (gboolean, MAX (n_questions, 1));
  g_autoptr(CalCalibrator) calibrator = cal_calibrator_new (NULL);
  CalStore *store = cal_context_get_store (self->context);
  guint picked = 0;

  clear_list (self->best_list);

  /* Only the stories linked to this job's questions are graded, so this
   * stays a handful of calibrations (about a millisecond each). */
  for (guint c = 0; c < candidates->len; c++)
    grade_candidate (store, calibrator, g_ptr_array_index (candidates, c), job_level);

  while (picked < MAX_BEST)
    {
      Candidate *best = NULL;
      guint best_gain = 0;

      for (guint c = 0; c < candidates->len; c++)
        {
          Candidate *candidate = g_ptr_array_index (candidates, c);
          guint gain = 0;

          if (!candidate->eligible)
            continue;
          for (guint q = 0; q < candidate->questions->len; q++)
            if (!covered[g_array_index (candidate->questions, guint, q)])
              gain++;
          if (gain > best_gain)
            {
              best = candidate;
              best_gain = gain;
            }
        }
      if (best == NULL)
        break;

      for (guint q = 0; q < best->questions->len; q++)
        covered[g_array_index (best->questions, guint, q)] = TRUE;
      best->eligible = FALSE;
      picked++;

      {
        GtkWidget *row = adw_action_row_new ();
        g_autofree char *subtitle = NULL;

        subtitle = g_strdup_printf (ngettext ("Answers %u of %u question · reads at %s",
                                                 "Answers %u of %u questions · reads at %s",
                                                 n_questions),
                                    best->questions->len, n_questions,
                                    best->reads_at != NULL ? best->reads_at : "");
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), story_title (best->story));
        adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
        gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
        g_object_set_data_full (G_OBJECT (row), "cal-story-id", dup_id (cal_story_get_id (best->story)), g_free);
        gtk_list_box_append (self->best_list, row);
      }
    }

  gtk_label_set_text (self->best_placeholder,
                      candidates->len == 0
                        ? _("No story answers this job's questions yet. Link stories to questions, or write one below.")
                        : _("None of the stories linked to this job reads at its level yet. Open one and follow its suggestions."));
}

static void
fill_job (CalCoverageView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) candidate_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  CalStore *store = cal_context_get_store (self->context);
  const CalCatalogLevel *level = NULL;
  g_autofree char *title = NULL;
  guint n;

  clear_list (self->questions_list);
  clear_list (self->best_list);
  self->n_uncovered = 0;

  if (self->job_id == 0)
    return;

  job = cal_store_get_job (store, self->job_id, &error);
  if (job != NULL)
    questions = ensure_predicted_rows (store, job, &error);
  if (questions == NULL)
    {
      g_signal_emit (self, signals[MESSAGE], 0, error->message);
      return;
    }

  n = g_list_model_get_n_items (questions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalQuestion) question = g_list_model_get_item (questions, i);
      g_autoptr(GListModel) stories = cal_store_list_stories_for_question (store, cal_question_get_id (question), &error);

      if (stories == NULL)
        {
          g_signal_emit (self, signals[MESSAGE], 0, error->message);
          return;
        }

      if (g_list_model_get_n_items (stories) == 0)
        self->n_uncovered++;
      gtk_list_box_append (self->questions_list, question_row (self, question, stories));

      for (guint s = 0; s < g_list_model_get_n_items (stories); s++)
        {
          g_autoptr(CalStory) story = g_list_model_get_item (stories, s);
          gint64 id = cal_story_get_id (story);
          Candidate *candidate = g_hash_table_lookup (by_id, &id);

          if (candidate == NULL)
            {
              candidate = g_new0 (Candidate, 1);
              candidate->story = g_object_ref (story);
              candidate->questions = g_array_new (FALSE, FALSE, sizeof (guint));
              g_ptr_array_add (candidates, candidate);
              g_hash_table_insert (by_id, dup_id (id), candidate);
            }
          g_array_append_val (candidate->questions, i);
        }
    }

  title = g_strdup_printf (ngettext ("%u of %u question has a story",
                                        "%u of %u questions have a story", n),
                           n - self->n_uncovered, n);
  adw_preferences_group_set_description (self->questions_group, n > 0 ? title : NULL);

  if (*cal_job_get_level (job) != '\0')
    level = cal_catalog_get_level (cal_catalog_get_default (), cal_job_get_level (job));
  fill_best (self, candidates, n, level != NULL ? level->id : NULL);
}

static void
on_job_selected (CalCoverageView *self)
{
  guint selected = adw_combo_row_get_selected (self->job_row);

  if (self->filling || selected >= self->job_ids->len)
    return;

  self->job_id = g_array_index (self->job_ids, gint64, selected);
  fill_job (self);
}

static void
cal_coverage_view_dispose (GObject *object)
{
  CalCoverageView *self = CAL_COVERAGE_VIEW (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (cal_coverage_view_parent_class)->dispose (object);
}

static void
cal_coverage_view_finalize (GObject *object)
{
  CalCoverageView *self = CAL_COVERAGE_VIEW (object);

  g_clear_pointer (&self->job_ids, g_array_unref);

  G_OBJECT_CLASS (cal_coverage_view_parent_class)->finalize (object);
}

static void
cal_coverage_view_class_init (CalCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_coverage_view_dispose;
  object_class->finalize = cal_coverage_view_finalize;

  /**
   * CalCoverageView::open-story:
   * @story_id: the story to open
   */
  signals[OPEN_STORY] =
    g_signal_new ("open-story",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  /**
   * CalCoverageView::write-story:
   * @question: the #CalQuestion the new story should answer
   */
  signals[WRITE_STORY] =
    g_signal_new ("write-story",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CAL_TYPE_QUESTION);

  /**
   * CalCoverageView::message:
   * @text: a sentence for the user
   */
  signals[MESSAGE] =
    g_signal_new ("message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-coverage-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalCoverageView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalCoverageView, job_row);
  gtk_widget_class_bind_template_child (widget_class, CalCoverageView, best_list);
  gtk_widget_class_bind_template_child (widget_class, CalCoverageView, best_placeholder);
  gtk_widget_class_bind_template_child (widget_class, CalCoverageView, questions_group);
  gtk_widget_class_bind_template_child (widget_class, CalCoverageView, questions_list);
  gtk_widget_class_bind_template_callback (widget_class, on_job_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_best_row_activated);
}

static void
cal_coverage_view_init (CalCoverageView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->job_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

GtkWidget *
cal_coverage_view_new (void)
{
  return g_object_new (CAL_TYPE_COVERAGE_VIEW, NULL);
}

void
cal_coverage_view_set_context (CalCoverageView *self,
                               CalContext      *context)
{
  g_return_if_fail (CAL_IS_COVERAGE_VIEW (self));

  g_set_object (&self->context, context);
}

/**
 * cal_coverage_view_reload:
 * @self: a #CalCoverageView
 *
 * Reads the jobs and the chosen job's questions and links again.
 */
void
cal_coverage_view_reload (CalCoverageView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jobs = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_return_if_fail (CAL_IS_COVERAGE_VIEW (self));

  if (self->context == NULL)
    return;

  jobs = cal_store_list_jobs (cal_context_get_store (self->context), &error);
  if (jobs == NULL)
    {
      g_signal_emit (self, signals[MESSAGE], 0, error->message);
      return;
    }

  g_array_set_size (self->job_ids, 0);
  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(CalJob) job = g_list_model_get_item (jobs, i);
      gint64 id = cal_job_get_id (job);
      g_autofree char *name = NULL;

      if (*cal_job_get_company (job) != '\0' && *cal_job_get_title (job) != '\0')
        /* Translators: a job in a list, "Company — Title" */
        name = g_strdup_printf (_("%s — %s"), cal_job_get_company (job), cal_job_get_title (job));
      else if (*cal_job_get_title (job) != '\0')
        name = g_strdup (cal_job_get_title (job));
      else
        name = g_strdup (_("Untitled Job"));

      if (id == self->job_id)
        selected = i;
      g_array_append_val (self->job_ids, id);
      gtk_string_list_append (names, name);
    }

  gtk_stack_set_visible_child_name (self->stack, self->job_ids->len > 0 ? "matrix" : "empty");

  self->filling = TRUE;
  adw_combo_row_set_model (self->job_row, G_LIST_MODEL (names));
  if (self->job_ids->len > 0)
    adw_combo_row_set_selected (self->job_row, selected);
  self->filling = FALSE;

  self->job_id = self->job_ids->len > 0 ? g_array_index (self->job_ids, gint64, selected) : 0;
  fill_job (self);
}

gint64
cal_coverage_view_get_job_id (CalCoverageView *self)
{
  g_return_val_if_fail (CAL_IS_COVERAGE_VIEW (self), 0);

  return self->job_id;
}

/**
 * cal_coverage_view_select_job:
 * @self: a #CalCoverageView
 * @job_id: a job on show
 */
void
cal_coverage_view_select_job (CalCoverageView *self,
                              gint64           job_id)
{
  g_return_if_fail (CAL_IS_COVERAGE_VIEW (self));

  for (guint i = 0; i < self->job_ids->len; i++)
    if (g_array_index (self->job_ids, gint64, i) == job_id)
      adw_combo_row_set_selected (self->job_row, i);
}

/**
 * cal_coverage_view_get_n_uncovered:
 * @self: a #CalCoverageView
 *
 * Returns: how many of the job's questions have no story
 */
guint
cal_coverage_view_get_n_uncovered (CalCoverageView *self)
{
  g_return_val_if_fail (CAL_IS_COVERAGE_VIEW (self), 0);

  return self->n_uncovered;
}
