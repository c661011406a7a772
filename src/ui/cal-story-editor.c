/* cal-story-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-story-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-calibration-panel.h"
#include "cal-catalog.h"
#include "cal-story-editor.h"
#include "cal-story-question-picker.h"
#include "cal-story-split.h"
#include "cal-tag-entry.h"

/* CalStoryEditor edits one story in place. Every edit goes straight into
 * the CalStory and marks it for the autosave, which writes it a couple of
 * seconds later in the background: there is no Save button and a crash
 * loses at most the last few seconds. The calibration panel is refreshed
 * once typing pauses for CALIBRATE_DELAY_MS. */

#define CALIBRATE_DELAY_MS 300

struct _CalStoryEditor
{
  AdwBin               parent_instance;

  GtkScrolledWindow   *scroller;
  CalStorySplit       *split;
  AdwEntryRow         *title_row;
  AdwComboRow         *level_row;
  AdwComboRow         *track_row;
  GtkTextView         *situation_view;
  GtkTextView         *task_view;
  GtkTextView         *action_view;
  GtkTextView         *result_view;
  CalTagEntry         *tag_entry;
  GtkMenuButton       *add_question_button;
  CalStoryQuestionPicker *picker;
  GtkListBox          *questions_list;
  CalCalibrationPanel *panel;

  CalContext          *context;
  CalStory            *story;
  GPtrArray           *level_ids;   /* "" first: no target */
  GPtrArray           *track_ids;   /* "" first: any track */
  guint                calibrate_id;
  gboolean             loading;
};

G_DEFINE_FINAL_TYPE (CalStoryEditor, cal_story_editor, ADW_TYPE_BIN)

enum {
  MESSAGE,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
part_buffer (CalStoryEditor *self,
             CalStarPart     part)
{
  GtkTextView *views[CAL_STAR_N] = { self->situation_view, self->task_view,
                                     self->action_view, self->result_view };

  return gtk_text_view_get_buffer (views[part]);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
message (CalStoryEditor *self,
         const char     *text)
{
  g_signal_emit (self, signals[MESSAGE], 0, text);
}

static void
mark_edited (CalStoryEditor *self)
{
  if (self->context != NULL)
    cal_autosave_mark (cal_context_get_autosave (self->context), self->story);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
calibrate_cb (gpointer user_data)
{
  CalStoryEditor *self = user_data;

  self->calibrate_id = 0;
  if (self->story == NULL)
    return G_SOURCE_REMOVE;

  cal_calibration_panel_set_track (self->panel, cal_story_get_track (self->story));
  cal_calibration_panel_update (self->panel,
                                cal_story_get_situation (self->story),
                                cal_story_get_task (self->story),
                                cal_story_get_action (self->story),
                                cal_story_get_result (self->story),
                                cal_story_get_target_level (self->story));
  return G_SOURCE_REMOVE;
}

/* Each keystroke pushes the grading back, so it only runs in a pause. */
static void
schedule_calibration (CalStoryEditor *self)
{
  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  self->calibrate_id = g_timeout_add (CALIBRATE_DELAY_MS, calibrate_cb, self);
  g_source_set_name_by_id (self->calibrate_id, "[calibrd] story calibration");
}

static void
on_title_changed (CalStoryEditor *self)
{
  if (self->loading || self->story == NULL)
    return;

  cal_story_set_title (self->story, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
  mark_edited (self);
}

static void
on_part_changed (GtkTextBuffer  *buffer,
                 CalStoryEditor *self)
{
  g_autofree char *text = NULL;
  CalStarPart part = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (buffer), "cal-part"));

  cal_story_split_refresh_text_views (self->split);
  if (self->loading || self->story == NULL)
    return;

  text = buffer_text (buffer);
  switch (part)
    {
    case CAL_STAR_SITUATION:
      cal_story_set_situation (self->story, text);
      break;
    case CAL_STAR_TASK:
      cal_story_set_task (self->story, text);
      break;
    case CAL_STAR_ACTION:
      cal_story_set_action (self->story, text);
      break;
    case CAL_STAR_RESULT:
    case CAL_STAR_N:
    default:
      cal_story_set_result (self->story, text);
      break;
    }
  mark_edited (self);
  schedule_calibration (self);
}

static void
on_level_selected (CalStoryEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->level_row);

  if (self->loading || self->story == NULL || selected >= self->level_ids->len)
    return;

  cal_story_set_target_level (self->story, g_ptr_array_index (self->level_ids, selected));
  mark_edited (self);
  /* A new target is a deliberate choice, not typing: grade right away. */
  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  calibrate_cb (self);
}

static void
on_track_selected (CalStoryEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->track_row);

  if (self->loading || self->story == NULL || selected >= self->track_ids->len)
    return;

  cal_story_set_track (self->story, g_ptr_array_index (self->track_ids, selected));
  mark_edited (self);
}

static void
on_tags_changed (CalStoryEditor *self)
{
  if (self->loading || self->story == NULL)
    return;

  cal_story_set_tags (self->story, cal_tag_entry_get_tags (self->tag_entry));
  mark_edited (self);
}

static void
on_picker_show (CalStoryEditor *self)
{
  if (self->context == NULL || self->story == NULL)
    return;

  cal_story_question_picker_populate (self->picker, cal_context_get_store (self->context),
                                      cal_story_get_track (self->story));
}

static void reload_questions (CalStoryEditor *self);

static void
on_unlink_clicked (GtkButton      *button,
                   CalStoryEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 question_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "cal-question-id");

  if (!cal_store_unlink_story_question (cal_context_get_store (self->context),
                                        cal_story_get_id (self->story), question_id, &error))
    {
      message (self, error->message);
      return;
    }
  reload_questions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->add_question_button));
}

static const char *
source_label (CalQuestion *question)
{
  const char *source = cal_question_get_source (question);

  if (g_str_equal (source, "predicted"))
    return _("Predicted for a job");
  if (g_str_equal (source, "bank"))
    return _("Question bank");
  return _("Your own question");
}

static void
reload_questions (CalStoryEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) questions = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->questions_list))) != NULL)
    gtk_list_box_remove (self->questions_list, child);

  if (self->context == NULL || self->story == NULL || cal_story_get_id (self->story) == 0)
    return;

  questions = cal_store_list_questions_for_story (cal_context_get_store (self->context),
                                                  cal_story_get_id (self->story), &error);
  if (questions == NULL)
    {
      message (self, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(CalQuestion) question = g_list_model_get_item (questions, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
      g_autofree char *name = g_strdup_printf (_("Unlink “%s”"), cal_question_get_text (question));
      gint64 *id = g_new (gint64, 1);

      *id = cal_question_get_id (question);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cal_question_get_text (question));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), source_label (question));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Unlink Question"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_object_set_data_full (G_OBJECT (remove), "cal-question-id", id, g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (on_unlink_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (self->questions_list, row);
    }
}

static void
on_question_picked (CalStoryEditor *self,
                    CalQuestion    *question)
{
  g_autoptr(GError) error = NULL;

  if (!cal_story_editor_link_question (self, question, &error))
    message (self, error->message);
}

static void
fill_combos (CalStoryEditor *self)
{
  CalCatalog *catalog = cal_catalog_get_default ();
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) tracks = gtk_string_list_new (NULL);
  GPtrArray *catalog_levels = cal_catalog_get_levels (catalog);
  GPtrArray *catalog_tracks = cal_catalog_get_tracks (catalog);

  g_ptr_array_add (self->level_ids, g_strdup (""));
  gtk_string_list_append (levels, _("No target"));
  for (guint i = 0; i < catalog_levels->len; i++)
    {
      const CalCatalogLevel *level = g_ptr_array_index (catalog_levels, i);

      g_ptr_array_add (self->level_ids, g_strdup (level->id));
      gtk_string_list_append (levels, level->name);
    }

  g_ptr_array_add (self->track_ids, g_strdup (""));
  gtk_string_list_append (tracks, _("Any track"));
  for (guint i = 0; i < catalog_tracks->len; i++)
    {
      const CalCatalogTrack *track = g_ptr_array_index (catalog_tracks, i);

      g_ptr_array_add (self->track_ids, g_strdup (track->id));
      gtk_string_list_append (tracks, track->name);
    }

  adw_combo_row_set_model (self->level_row, G_LIST_MODEL (levels));
  adw_combo_row_set_model (self->track_row, G_LIST_MODEL (tracks));
}

static guint
index_of (GPtrArray  *ids,
          const char *id)
{
  guint index;

  if (id != NULL && g_ptr_array_find_with_equal_func (ids, id, g_str_equal, &index))
    return index;
  return 0;
}

static void
set_buffer_text (GtkTextBuffer *buffer,
                 const char    *text)
{
  /* Loading a story is not an edit the user could undo. */
  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_end_irreversible_action (buffer);
}

static void
cal_story_editor_dispose (GObject *object)
{
  CalStoryEditor *self = CAL_STORY_EDITOR (object);

  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  g_clear_object (&self->story);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cal_story_editor_parent_class)->dispose (object);
}

static void
cal_story_editor_finalize (GObject *object)
{
  CalStoryEditor *self = CAL_STORY_EDITOR (object);

  g_clear_pointer (&self->level_ids, g_ptr_array_unref);
  g_clear_pointer (&self->track_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_story_editor_parent_class)->finalize (object);
}

static void
cal_story_editor_class_init (CalStoryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_story_editor_dispose;
  object_class->finalize = cal_story_editor_finalize;

  /**
   * CalStoryEditor::message:
   * @text: a sentence for the user
   *
   * Something went wrong that the user should hear about (as a toast).
   */
  signals[MESSAGE] =
    g_signal_new ("message",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * CalStoryEditor::changed:
   *
   * The user edited the story.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (CAL_TYPE_STORY_SPLIT);
  g_type_ensure (CAL_TYPE_TAG_ENTRY);
  g_type_ensure (CAL_TYPE_STORY_QUESTION_PICKER);
  g_type_ensure (CAL_TYPE_CALIBRATION_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-story-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, split);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, level_row);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, track_row);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, situation_view);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, task_view);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, action_view);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, result_view);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, tag_entry);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, add_question_button);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, picker);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, questions_list);
  gtk_widget_class_bind_template_child (widget_class, CalStoryEditor, panel);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_level_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_track_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_show);
  gtk_widget_class_bind_template_callback (widget_class, on_question_picked);
}

static void
cal_story_editor_init (CalStoryEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->level_ids = g_ptr_array_new_with_free_func (g_free);
  self->track_ids = g_ptr_array_new_with_free_func (g_free);

  self->loading = TRUE;
  fill_combos (self);
  for (guint p = 0; p < CAL_STAR_N; p++)
    {
      GtkTextBuffer *buffer = part_buffer (self, p);

      gtk_text_buffer_set_enable_undo (buffer, TRUE);
      g_object_set_data (G_OBJECT (buffer), "cal-part", GUINT_TO_POINTER (p));
      g_signal_connect (buffer, "changed", G_CALLBACK (on_part_changed), self);
    }
  self->loading = FALSE;
}

GtkWidget *
cal_story_editor_new (void)
{
  return g_object_new (CAL_TYPE_STORY_EDITOR, NULL);
}

/**
 * cal_story_editor_set_context:
 * @self: a #CalStoryEditor
 * @context: (nullable): the app's context
 */
void
cal_story_editor_set_context (CalStoryEditor *self,
                              CalContext     *context)
{
  g_return_if_fail (CAL_IS_STORY_EDITOR (self));

  g_set_object (&self->context, context);
}

/**
 * cal_story_editor_get_story:
 * @self: a #CalStoryEditor
 *
 * Returns: (transfer none) (nullable): the story being edited
 */
CalStory *
cal_story_editor_get_story (CalStoryEditor *self)
{
  g_return_val_if_fail (CAL_IS_STORY_EDITOR (self), NULL);

  return self->story;
}

/**
 * cal_story_editor_set_story:
 * @self: a #CalStoryEditor
 * @story: (nullable): a stored story with its body loaded
 *
 * Shows @story; later edits go into it and through the autosave.
 */
void
cal_story_editor_set_story (CalStoryEditor *self,
                            CalStory       *story)
{
  g_return_if_fail (CAL_IS_STORY_EDITOR (self));
  g_return_if_fail (story == NULL || cal_story_get_body_loaded (story));

  g_clear_handle_id (&self->calibrate_id, g_source_remove);
  g_set_object (&self->story, story);

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), story ? cal_story_get_title (story) : "");
  adw_combo_row_set_selected (self->level_row,
                              index_of (self->level_ids, story ? cal_story_get_target_level (story) : NULL));
  adw_combo_row_set_selected (self->track_row,
                              index_of (self->track_ids, story ? cal_story_get_track (story) : NULL));
  set_buffer_text (part_buffer (self, CAL_STAR_SITUATION), story ? cal_story_get_situation (story) : "");
  set_buffer_text (part_buffer (self, CAL_STAR_TASK), story ? cal_story_get_task (story) : "");
  set_buffer_text (part_buffer (self, CAL_STAR_ACTION), story ? cal_story_get_action (story) : "");
  set_buffer_text (part_buffer (self, CAL_STAR_RESULT), story ? cal_story_get_result (story) : "");
  cal_tag_entry_set_tags (self->tag_entry, story ? cal_story_get_tags (story) : NULL);
  if (self->context != NULL)
    {
      g_auto(GStrv) known = cal_store_list_tags (cal_context_get_store (self->context), NULL);
      cal_tag_entry_set_known_tags (self->tag_entry, (const char * const *) known);
    }
  self->loading = FALSE;

  reload_questions (self);
  calibrate_cb (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/**
 * cal_story_editor_focus_title:
 * @self: a #CalStoryEditor
 */
void
cal_story_editor_focus_title (CalStoryEditor *self)
{
  g_return_if_fail (CAL_IS_STORY_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* A bank question becomes a row the first time a story answers it; later
 * picks reuse that row so the coverage counts stay right. */
static gboolean
ensure_stored (CalStore     *store,
               CalQuestion  *question,
               GError      **error)
{
  g_autoptr(GListModel) bank = NULL;

  if (cal_question_get_id (question) != 0)
    return TRUE;

  bank = cal_store_list_questions (store, 0, cal_question_get_source (question), error);
  if (bank == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (bank); i++)
    {
      g_autoptr(CalQuestion) stored = g_list_model_get_item (bank, i);

      if (g_str_equal (cal_question_get_text (stored), cal_question_get_text (question)))
        {
          cal_question_set_id (question, cal_question_get_id (stored));
          cal_question_set_dirty (question, FALSE);
          return TRUE;
        }
    }

  return cal_store_save_question (store, question, error);
}

/**
 * cal_story_editor_link_question:
 * @self: a #CalStoryEditor
 * @question: a stored question, or a bank question not stored yet
 * @error: return location for a #GError
 *
 * Links the story on show to @question, storing @question first if needed.
 *
 * Returns: %TRUE if the link exists
 */
gboolean
cal_story_editor_link_question (CalStoryEditor  *self,
                                CalQuestion     *question,
                                GError         **error)
{
  CalStore *store;

  g_return_val_if_fail (CAL_IS_STORY_EDITOR (self), FALSE);
  g_return_val_if_fail (CAL_IS_QUESTION (question), FALSE);
  g_return_val_if_fail (self->context != NULL && self->story != NULL, FALSE);

  store = cal_context_get_store (self->context);
  if (!ensure_stored (store, question, error))
    return FALSE;
  if (!cal_store_link_story_question (store, cal_story_get_id (self->story), cal_question_get_id (question), error))
    return FALSE;

  reload_questions (self);
  return TRUE;
}

/**
 * cal_story_editor_get_panel:
 * @self: a #CalStoryEditor
 *
 * Returns: (transfer none): the calibration panel
 */
CalCalibrationPanel *
cal_story_editor_get_panel (CalStoryEditor *self)
{
  g_return_val_if_fail (CAL_IS_STORY_EDITOR (self), NULL);

  return self->panel;
}
