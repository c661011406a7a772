/* cal-question-chooser.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a practice starts: a question predicted for one of the user's
 * jobs, one from the catalog's bank (filtered by track and round), or one
 * the user types.
 */

#define G_LOG_DOMAIN "cal-question-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-question-chooser.h"

/* The bank has a few hundred questions; more rows than this at once only
 * slow the list down, and the filters narrow it quickly. */
#define MAX_BANK_ROWS 150

struct _CalQuestionChooser
{
  AdwWindow     parent_instance;

  GtkStack     *jobs_stack;
  GtkListBox   *jobs_list;
  GtkListBox   *bank_list;
  GtkSearchEntry *search_entry;
  GtkDropDown  *track_drop;
  GtkDropDown  *round_drop;
  AdwEntryRow  *own_row;
  GtkWidget    *own_button;

  CalStore     *store;
  GPtrArray    *track_ids;    /* NULL first, for "any" */
  GPtrArray    *round_ids;
  gboolean      ready;        /* both filters have their models */
};

G_DEFINE_FINAL_TYPE (CalQuestionChooser, cal_question_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
question_row (CalQuestion *question,
              const char  *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (cal_question_get_text (question), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "cal-question", g_object_ref (question), g_object_unref);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static char *
round_name (const char *round)
{
  const CalCatalogRoundKind *kind;

  if (round == NULL || *round == '\0')
    return NULL;
  kind = cal_catalog_get_round_kind (cal_catalog_get_default (), round);
  return g_strdup (kind != NULL ? kind->name : round);
}

static void
fill_jobs (CalQuestionChooser *self)
{
  g_autoptr(GListModel) predicted = NULL;
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GError) error = NULL;
  guint n;

  clear_list (self->jobs_list);
  predicted = cal_store_list_questions (self->store, 0, "predicted", &error);
  if (predicted == NULL)
    g_warning ("Could not list the predicted questions: %s", error->message);
  n = predicted != NULL ? g_list_model_get_n_items (predicted) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalQuestion) question = g_list_model_get_item (predicted, i);
      gint64 job_id = cal_question_get_job_id (question);
      const char *label = g_hash_table_lookup (labels, &job_id);
      g_autofree char *round = round_name (cal_question_get_round (question));
      g_autofree char *subtitle = NULL;

      if (label == NULL)
        {
          g_autoptr(CalJob) job = job_id > 0 ? cal_store_get_job (self->store, job_id, NULL) : NULL;
          char *text;

          if (job == NULL)
            text = g_strdup (_("A job"));
          else if (*cal_job_get_company (job) != '\0')
            /* Translators: a job as "Company — Title" */
            text = g_strdup_printf (_("%s — %s"), cal_job_get_company (job), cal_job_get_title (job));
          else
            text = g_strdup (cal_job_get_title (job));
          g_hash_table_insert (labels, g_memdup2 (&job_id, sizeof job_id), text);
          label = text;
        }

      subtitle = round != NULL ? g_strdup_printf ("%s · %s", label, round) : g_strdup (label);
      gtk_list_box_append (self->jobs_list, question_row (question, subtitle));
    }

  gtk_stack_set_visible_child_name (self->jobs_stack, n > 0 ? "list" : "empty");
}

static gboolean
matches_search (const char *text,
                const char *query)
{
  g_autofree char *folded_text = NULL;
  g_autofree char *folded_query = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  folded_text = g_utf8_casefold (text, -1);
  folded_query = g_utf8_casefold (query, -1);
  return strstr (folded_text, folded_query) != NULL;
}

static void
fill_bank (CalQuestionChooser *self)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  const char *track = g_ptr_array_index (self->track_ids, gtk_drop_down_get_selected (self->track_drop));
  const char *round = g_ptr_array_index (self->round_ids, gtk_drop_down_get_selected (self->round_drop));
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) found = cal_catalog_find_questions (catalog, track, NULL, round, NULL);
  guint shown = 0;

  clear_list (self->bank_list);
  for (guint i = 0; i < found->len && shown < MAX_BANK_ROWS; i++)
    {
      const CalCatalogQuestion *entry = g_ptr_array_index (found, i);
      const CalCatalogCompetency *competency = cal_catalog_get_competency (catalog, entry->competency);
      g_autoptr(CalQuestion) question = NULL;
      g_autofree char *kind = NULL;
      g_autofree char *subtitle = NULL;

      if (!matches_search (entry->text, query))
        continue;

      question = cal_question_new ();
      cal_question_set_text (question, entry->text);
      cal_question_set_source (question, "bank");
      cal_question_set_round (question, entry->round != NULL ? entry->round : "");
      cal_question_set_competency (question, entry->competency != NULL ? entry->competency : "");

      kind = round_name (entry->round);
      if (competency != NULL && kind != NULL)
        subtitle = g_strdup_printf ("%s · %s", kind, competency->name);
      else
        subtitle = g_strdup (kind != NULL ? kind : competency != NULL ? competency->name : "");
      gtk_list_box_append (self->bank_list, question_row (question, subtitle));
      shown++;
    }

  if (shown == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No question matches these filters"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->bank_list, row);
    }
}

static void
fill_filters (CalQuestionChooser *self)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  g_autoptr(GtkStringList) tracks = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rounds = gtk_string_list_new (NULL);
  GPtrArray *all_tracks = cal_catalog_get_tracks (catalog);
  GPtrArray *all_rounds = cal_catalog_get_round_kinds (catalog);

  gtk_string_list_append (tracks, _("Any track"));
  g_ptr_array_add (self->track_ids, NULL);
  for (guint i = 0; all_tracks != NULL && i < all_tracks->len; i++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (all_tracks, i);

      gtk_string_list_append (tracks, track->name);
      g_ptr_array_add (self->track_ids, g_strdup (track->id));
    }

  gtk_string_list_append (rounds, _("Any round"));
  g_ptr_array_add (self->round_ids, NULL);
  for (guint i = 0; all_rounds != NULL && i < all_rounds->len; i++)
    {
      const CalCatalogRoundKind *kind = g_ptr_array_index (all_rounds, i);

      gtk_string_list_append (rounds, kind->name);
      g_ptr_array_add (self->round_ids, g_strdup (kind->id));
    }

  gtk_drop_down_set_model (self->track_drop, G_LIST_MODEL (tracks));
  gtk_drop_down_set_model (self->round_drop, G_LIST_MODEL (rounds));
}

static void
choose (CalQuestionChooser *self,
        CalQuestion        *question)
{
  g_autoptr(CalQuestionChooser) hold = g_object_ref (self);

  g_signal_emit (self, signals[CHOSEN], 0, question);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_row_activated (GtkListBox         *list,
                  GtkListBoxRow      *row,
                  CalQuestionChooser *self)
{
  CalQuestion *question = g_object_get_data (G_OBJECT (row), "cal-question");

  if (question != NULL)
    choose (self, question);
}

static void
on_filter_changed (CalQuestionChooser *self)
{
  if (self->ready)
    fill_bank (self);
}

static void
on_own_changed (CalQuestionChooser *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->own_row))));

  gtk_widget_set_sensitive (self->own_button, *text != '\0');
}

static void
on_own_activated (CalQuestionChooser *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->own_row))));
  g_autoptr(CalQuestion) question = NULL;

  if (*text == '\0')
    return;

  question = cal_question_new ();
  cal_question_set_text (question, text);
  cal_question_set_source (question, "own");
  choose (self, question);
}

static void
cal_question_chooser_dispose (GObject *object)
{
  CalQuestionChooser *self = CAL_QUESTION_CHOOSER (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_QUESTION_CHOOSER);

  G_OBJECT_CLASS (cal_question_chooser_parent_class)->dispose (object);
}

static void
cal_question_chooser_finalize (GObject *object)
{
  CalQuestionChooser *self = CAL_QUESTION_CHOOSER (object);

  g_clear_pointer (&self->track_ids, g_ptr_array_unref);
  g_clear_pointer (&self->round_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_question_chooser_parent_class)->finalize (object);
}

static void
cal_question_chooser_class_init (CalQuestionChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_question_chooser_dispose;
  object_class->finalize = cal_question_chooser_finalize;

  /**
   * CalQuestionChooser::chosen:
   * @self: the chooser
   * @question: the question; not yet stored when it comes from the bank
   *   or was typed (its id is 0)
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CAL_TYPE_QUESTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-question-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, jobs_stack);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, jobs_list);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, bank_list);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, track_drop);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, round_drop);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, own_row);
  gtk_widget_class_bind_template_child (widget_class, CalQuestionChooser, own_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_own_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_own_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cal_question_chooser_init (CalQuestionChooser *self)
{
  self->track_ids = g_ptr_array_new_with_free_func (g_free);
  self->round_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_question_chooser_new:
 * @parent: (nullable): the window to sit on
 * @store: where the jobs' predicted questions are
 *
 * Returns: (transfer none): a new chooser; present it, and connect to
 *   #CalQuestionChooser::chosen
 */
CalQuestionChooser *
cal_question_chooser_new (GtkWindow *parent,
                          CalStore  *store)
{
  CalQuestionChooser *self;

  g_return_val_if_fail (CAL_IS_STORE (store), NULL);

  self = g_object_new (CAL_TYPE_QUESTION_CHOOSER, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill_filters (self);
  self->ready = TRUE;
  fill_jobs (self);
  fill_bank (self);

  return self;
}
