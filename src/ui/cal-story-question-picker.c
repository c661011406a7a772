/* cal-story-question-picker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-story-question-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-story-question-picker.h"

/* CalStoryQuestionPicker offers the questions a story can answer: the ones
 * predicted for the user's jobs first (they are the ones that will be
 * asked), then the catalog's bank for the story's track. Bank questions are
 * not in the database until picked; the editor stores them then. */

struct _CalStoryQuestionPicker
{
  GtkPopover      parent_instance;

  GtkSearchEntry *search_entry;
  GtkListView    *list_view;

  GListStore     *questions;
  GtkFilterListModel *filtered;
};

G_DEFINE_FINAL_TYPE (CalStoryQuestionPicker, cal_story_question_picker, GTK_TYPE_POPOVER)

enum {
  PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pick (CalStoryQuestionPicker *self,
      guint                   position)
{
  g_autoptr(CalQuestion) question = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (question == NULL)
    return;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PICKED], 0, question);
}

static void
on_list_activate (CalStoryQuestionPicker *self,
                  guint                   position)
{
  pick (self, position);
}

static void
on_search_activate (CalStoryQuestionPicker *self)
{
  pick (self, 0);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *origin = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_label_set_xalign (GTK_LABEL (origin), 0);
  gtk_label_set_ellipsize (GTK_LABEL (origin), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (origin, "caption");
  gtk_widget_add_css_class (origin, "dim-label");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), origin);
  gtk_list_item_set_child (item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  CalQuestion *question = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *text = gtk_widget_get_first_child (box);
  GtkWidget *origin = gtk_widget_get_next_sibling (text);

  gtk_label_set_text (GTK_LABEL (text), cal_question_get_text (question));
  gtk_label_set_text (GTK_LABEL (origin), g_object_get_data (G_OBJECT (question), "cal-origin"));
}

static void
cal_story_question_picker_dispose (GObject *object)
{
  CalStoryQuestionPicker *self = CAL_STORY_QUESTION_PICKER (object);

  g_clear_object (&self->questions);
  g_clear_object (&self->filtered);

  G_OBJECT_CLASS (cal_story_question_picker_parent_class)->dispose (object);
}

static void
cal_story_question_picker_class_init (CalStoryQuestionPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_story_question_picker_dispose;

  /**
   * CalStoryQuestionPicker::picked:
   * @question: the #CalQuestion; a bank question has id 0
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CAL_TYPE_QUESTION);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-story-question-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, CalStoryQuestionPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CalStoryQuestionPicker, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
}

static void
cal_story_question_picker_init (CalStoryQuestionPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkStringFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->questions = g_list_store_new (CAL_TYPE_QUESTION);
  filter = gtk_string_filter_new (gtk_property_expression_new (CAL_TYPE_QUESTION, NULL, "text"));
  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (filter, TRUE);
  g_object_bind_property (self->search_entry, "text", filter, "search", G_BINDING_SYNC_CREATE);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->questions)), GTK_FILTER (filter));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))));
}

GtkWidget *
cal_story_question_picker_new (void)
{
  return g_object_new (CAL_TYPE_STORY_QUESTION_PICKER, NULL);
}

static char *
job_label (CalStore *store,
           gint64    job_id)
{
  g_autoptr(CalJob) job = cal_store_get_job (store, job_id, NULL);

  if (job == NULL)
    return g_strdup (_("Predicted"));
  if (*cal_job_get_company (job) != '\0')
    /* Translators: the origin of a question, e.g. "Predicted for GitLab · Senior Backend Engineer" */
    return g_strdup_printf (_("Predicted for %s · %s"), cal_job_get_company (job), cal_job_get_title (job));
  return g_strdup_printf (_("Predicted for %s"), cal_job_get_title (job));
}

/**
 * cal_story_question_picker_populate:
 * @self: a #CalStoryQuestionPicker
 * @store: the store, for predicted questions
 * @track: (nullable): the story's track id, to narrow the bank
 *
 * Fills the list: predicted questions of every job, then the bank.
 */
void
cal_story_question_picker_populate (CalStoryQuestionPicker *self,
                                    CalStore               *store,
                                    const char             *track)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) labels = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GListModel) predicted = NULL;
  g_autoptr(GPtrArray) bank = NULL;

  g_return_if_fail (CAL_IS_STORY_QUESTION_PICKER (self));
  g_return_if_fail (CAL_IS_STORE (store));

  predicted = cal_store_list_questions (store, 0, "predicted", NULL);
  for (guint i = 0; predicted != NULL && i < g_list_model_get_n_items (predicted); i++)
    {
      g_autoptr(CalQuestion) question = g_list_model_get_item (predicted, i);
      gint64 job_id = cal_question_get_job_id (question);
      const char *label = g_hash_table_lookup (labels, &job_id);

      if (label == NULL)
        {
          label = job_label (store, job_id);
          g_hash_table_insert (labels, g_memdup2 (&job_id, sizeof job_id), (char *) label);
        }
      g_object_set_data_full (G_OBJECT (question), "cal-origin", g_strdup (label), g_free);
      g_ptr_array_add (items, g_steal_pointer (&question));
    }

  bank = cal_catalog_find_questions (cal_catalog_get_default (),
                                     track != NULL && *track != '\0' ? track : NULL, NULL, NULL, NULL);
  for (guint i = 0; i < bank->len; i++)
    {
      const CalCatalogQuestion *entry = g_ptr_array_index (bank, i);
      const CalCatalogCompetency *competency = cal_catalog_get_competency (cal_catalog_get_default (), entry->competency);
      CalQuestion *question;

      if (!g_hash_table_add (seen, entry->text))
        continue;

      question = cal_question_new ();
      cal_question_set_text (question, entry->text);
      cal_question_set_source (question, "bank");
      cal_question_set_round (question, entry->round != NULL ? entry->round : "");
      cal_question_set_competency (question, entry->competency != NULL ? entry->competency : "");
      g_object_set_data_full (G_OBJECT (question), "cal-origin",
                              competency != NULL
                                ? g_strdup_printf (_("Question bank · %s"), competency->name)
                                : g_strdup (_("Question bank")),
                              g_free);
      g_ptr_array_add (items, question);
    }

  g_list_store_splice (self->questions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->questions)),
                       items->pdata, items->len);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/**
 * cal_story_question_picker_get_model:
 * @self: a #CalStoryQuestionPicker
 *
 * Returns: (transfer none): the questions on offer after the search filter
 */
GListModel *
cal_story_question_picker_get_model (CalStoryQuestionPicker *self)
{
  g_return_val_if_fail (CAL_IS_STORY_QUESTION_PICKER (self), NULL);

  return G_LIST_MODEL (self->filtered);
}
