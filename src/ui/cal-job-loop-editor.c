/* cal-job-loop-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-job-loop-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-catalog.h"
#include "cal-jd-analysis.h"
#include "cal-job-loop-editor.h"

/* The editable interview loop of one job: its rounds (CalRound rows with
 * the job's id and no process), each with a kind and a title, in order.
 * Title and kind edits go through the autosave; adding and removing rounds
 * write at once, because the row must exist (or be gone) before anything
 * else refers to it. */

struct _CalJobLoopEditor
{
  AdwBin               parent_instance;

  CalContext          *context;
  gint64               job_id;
  GListStore          *rounds;
  GPtrArray           *rows;
  GtkStringList       *kind_names;
  GPtrArray           *kind_ids;

  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (CalJobLoopEditor, cal_job_loop_editor, ADW_TYPE_BIN)

enum {
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The toast's receiver takes its own reference. */
static void
emit_toast (CalJobLoopEditor *self,
            const char *message)
{
  g_autoptr(AdwToast) toast = adw_toast_new (message);

  g_signal_emit (self, signals[TOAST], 0, toast);
}

static void rebuild (CalJobLoopEditor *self,
                     int               expand);

static const char *
kind_name (CalJobLoopEditor *self,
           const char       *kind)
{
  const CalCatalogRoundKind *entry = cal_catalog_get_round_kind (cal_catalog_get_default (), kind);

  return entry != NULL ? entry->name : kind;
}

static guint
kind_index (CalJobLoopEditor *self,
            const char       *kind)
{
  for (guint i = 0; i < self->kind_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->kind_ids, i), kind) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
mark (CalJobLoopEditor *self,
      CalRound         *round)
{
  cal_round_set_updated (round, g_get_real_time () / G_USEC_PER_SEC);
  cal_autosave_mark (cal_context_get_autosave (self->context), round);
}

static void
on_title_changed (GtkEditable      *editable,
                  CalJobLoopEditor *self)
{
  CalRound *round = g_object_get_data (G_OBJECT (editable), "round");
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (editable), "expander");
  const char *text = gtk_editable_get_text (editable);

  if (g_strcmp0 (text, cal_round_get_title (round)) == 0)
    return;

  cal_round_set_title (round, text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *text != '\0' ? text : kind_name (self, cal_round_get_kind (round)));
  mark (self, round);
}

static void
on_kind_selected (AdwComboRow      *combo,
                  GParamSpec       *pspec,
                  CalJobLoopEditor *self)
{
  CalRound *round = g_object_get_data (G_OBJECT (combo), "round");
  AdwExpanderRow *row = g_object_get_data (G_OBJECT (combo), "expander");
  guint selected = adw_combo_row_get_selected (combo);
  const char *kind;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->kind_ids->len)
    return;

  kind = g_ptr_array_index (self->kind_ids, selected);
  if (g_strcmp0 (kind, cal_round_get_kind (round)) == 0)
    return;

  cal_round_set_kind (round, kind);
  adw_expander_row_set_subtitle (row, kind_name (self, kind));
  mark (self, round);
}

static void
on_move_clicked (GtkButton        *button,
                 CalJobLoopEditor *self)
{
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position"));
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  if (delta == 0)
    cal_job_loop_editor_remove_round (self, position);
  else
    cal_job_loop_editor_move_round (self, position, delta);
}

static GtkWidget *
tool_button (CalJobLoopEditor *self,
             const char       *icon_name,
             const char       *label,
             guint             position,
             int               delta,
             gboolean          sensitive)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, sensitive);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move_clicked), self);
  if (delta == 0)
    gtk_widget_add_css_class (button, "destructive-action");

  return button;
}

static GtkWidget *
create_round_row (CalJobLoopEditor *self,
                  CalRound         *round,
                  guint             position,
                  guint             n_rounds)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *title = adw_entry_row_new ();
  GtkWidget *kind = adw_combo_row_new ();
  GtkWidget *tools = adw_action_row_new ();
  g_autofree char *number = g_strdup_printf ("%u", position + 1);
  GtkWidget *badge = gtk_label_new (number);
  const char *text = cal_round_get_title (round);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *text != '\0' ? text : kind_name (self, cal_round_get_kind (round)));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), kind_name (self, cal_round_get_kind (round)));
  gtk_widget_add_css_class (row, "loop-round");
  gtk_widget_add_css_class (badge, "round-number");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), badge);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title), _("Title"));
  gtk_editable_set_text (GTK_EDITABLE (title), text);
  g_object_set_data_full (G_OBJECT (title), "round", g_object_ref (round), g_object_unref);
  g_object_set_data (G_OBJECT (title), "expander", row);
  g_signal_connect (title, "changed", G_CALLBACK (on_title_changed), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), title);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (self->kind_names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), kind_index (self, cal_round_get_kind (round)));
  g_object_set_data_full (G_OBJECT (kind), "round", g_object_ref (round), g_object_unref);
  g_object_set_data (G_OBJECT (kind), "expander", row);
  g_signal_connect (kind, "notify::selected", G_CALLBACK (on_kind_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), kind);

  if (*cal_round_get_notes (round) != '\0')
    {
      GtkWidget *why = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (why), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (why), _("Why expected"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (why), cal_round_get_notes (round));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), why);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (tools), _("Order"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (tools),
                             tool_button (self, "go-up-symbolic", _("Move Round Up"), position, -1, position > 0));
  adw_action_row_add_suffix (ADW_ACTION_ROW (tools),
                             tool_button (self, "go-down-symbolic", _("Move Round Down"), position, 1, position + 1 < n_rounds));
  adw_action_row_add_suffix (ADW_ACTION_ROW (tools),
                             tool_button (self, "user-trash-symbolic", _("Remove Round"), position, 0, TRUE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), tools);

  return row;
}

static void
clear_rows (CalJobLoopEditor *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

/* Rebuilds every row; @expand is the position of the row to open, or -1. */
static void
rebuild (CalJobLoopEditor *self,
         int               expand)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));

  clear_rows (self);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);
      GtkWidget *row = create_round_row (self, round, i, n);

      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
      if ((int) i == expand)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }

  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No rounds"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Add the rounds the recruiter described."));
      adw_preferences_group_add (self->group, row);
      g_ptr_array_add (self->rows, row);
    }
}

static void
renumber (CalJobLoopEditor *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalRound) round = g_list_model_get_item (G_LIST_MODEL (self->rounds), i);

      if (cal_round_get_position (round) != (int) i)
        {
          cal_round_set_position (round, i);
          mark (self, round);
        }
    }
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  cal_job_loop_editor_add_round (CAL_JOB_LOOP_EDITOR (widget));
}

static void
cal_job_loop_editor_dispose (GObject *object)
{
  CalJobLoopEditor *self = CAL_JOB_LOOP_EDITOR (object);

  g_clear_object (&self->context);
  g_clear_object (&self->rounds);
  g_clear_object (&self->kind_names);
  g_clear_pointer (&self->kind_ids, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  /* AdwBin unparents the template's child itself; disposing the template
   * as well would unparent it twice. */

  G_OBJECT_CLASS (cal_job_loop_editor_parent_class)->dispose (object);
}

static void
cal_job_loop_editor_class_init (CalJobLoopEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_job_loop_editor_dispose;

  /**
   * CalJobLoopEditor::toast:
   * @toast: the #AdwToast to show
   */
  signals[TOAST] =
    g_signal_new ("toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-job-loop-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CalJobLoopEditor, group);

  gtk_widget_class_install_action (widget_class, "loop.add", NULL, add_action);
}

static void
cal_job_loop_editor_init (CalJobLoopEditor *self)
{
  GPtrArray *kinds = cal_catalog_get_round_kinds (cal_catalog_get_default ());

  self->rounds = g_list_store_new (CAL_TYPE_ROUND);
  self->rows = g_ptr_array_new ();
  self->kind_names = gtk_string_list_new (NULL);
  self->kind_ids = g_ptr_array_new ();
  for (guint i = 0; kinds != NULL && i < kinds->len; i++)
    {
      const CalCatalogRoundKind *kind = g_ptr_array_index (kinds, i);

      gtk_string_list_append (self->kind_names, kind->name);
      g_ptr_array_add (self->kind_ids, kind->id);
    }

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cal_job_loop_editor_set_job:
 * @self: a #CalJobLoopEditor
 * @context: the app's context
 * @job_id: the job whose loop to edit
 */
void
cal_job_loop_editor_set_job (CalJobLoopEditor *self,
                             CalContext       *context,
                             gint64            job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = NULL;

  g_return_if_fail (CAL_IS_JOB_LOOP_EDITOR (self));
  g_return_if_fail (CAL_IS_CONTEXT (context));

  g_set_object (&self->context, context);
  self->job_id = job_id;
  g_list_store_remove_all (self->rounds);

  rounds = cal_store_list_rounds (cal_context_get_store (context), 0, job_id, &error);
  if (rounds == NULL)
    emit_toast (self, error->message);
  else
    for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
      {
        g_autoptr(CalRound) round = g_list_model_get_item (rounds, i);

        /* A round of a process belongs to the funnel, not to this loop. */
        if (cal_round_get_process_id (round) == 0)
          g_list_store_append (self->rounds, round);
      }

  rebuild (self, -1);
}

/**
 * cal_job_loop_editor_get_rounds:
 * @self: a #CalJobLoopEditor
 *
 * Returns: (transfer none): the rounds, in order, as a #GListModel of #CalRound
 */
GListModel *
cal_job_loop_editor_get_rounds (CalJobLoopEditor *self)
{
  g_return_val_if_fail (CAL_IS_JOB_LOOP_EDITOR (self), NULL);

  return G_LIST_MODEL (self->rounds);
}

/**
 * cal_job_loop_editor_add_round:
 * @self: a #CalJobLoopEditor
 *
 * Appends a round, stores it and opens it for editing.
 */
void
cal_job_loop_editor_add_round (CalJobLoopEditor *self)
{
  g_autoptr(CalRound) round = NULL;
  g_autoptr(GError) error = NULL;
  guint n;
  const char *kind;
  GtkWidget *row;

  g_return_if_fail (CAL_IS_JOB_LOOP_EDITOR (self));

  if (self->context == NULL || self->job_id == 0)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));
  kind = kind_index (self, "behavioral") != GTK_INVALID_LIST_POSITION ? "behavioral"
         : self->kind_ids->len > 0 ? g_ptr_array_index (self->kind_ids, 0) : "";

  round = cal_round_new ();
  cal_round_set_job_id (round, self->job_id);
  cal_round_set_position (round, n);
  cal_round_set_kind (round, kind);
  cal_round_set_title (round, kind_name (self, kind));
  cal_round_set_created (round, g_get_real_time () / G_USEC_PER_SEC);
  if (!cal_store_save_round (cal_context_get_store (self->context), round, &error))
    {
      emit_toast (self, error->message);
      return;
    }

  g_list_store_append (self->rounds, round);
  rebuild (self, n);

  row = g_ptr_array_index (self->rows, n);
  gtk_widget_grab_focus (row);
}

/**
 * cal_job_loop_editor_move_round:
 * @self: a #CalJobLoopEditor
 * @position: the round to move
 * @delta: -1 to move it up, 1 to move it down
 */
void
cal_job_loop_editor_move_round (CalJobLoopEditor *self,
                                guint             position,
                                int               delta)
{
  g_autoptr(CalRound) round = NULL;
  guint n, target;

  g_return_if_fail (CAL_IS_JOB_LOOP_EDITOR (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rounds));
  if (position >= n || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  target = delta < 0 ? position - 1 : position + 1;
  round = g_list_model_get_item (G_LIST_MODEL (self->rounds), position);
  g_list_store_remove (self->rounds, position);
  g_list_store_insert (self->rounds, target, round);
  renumber (self);
  rebuild (self, target);
  gtk_widget_grab_focus (g_ptr_array_index (self->rows, target));
}

/**
 * cal_job_loop_editor_remove_round:
 * @self: a #CalJobLoopEditor
 * @position: the round to remove
 *
 * Deletes the round from the store at once.
 */
void
cal_job_loop_editor_remove_round (CalJobLoopEditor *self,
                                  guint             position)
{
  g_autoptr(CalRound) round = NULL;
  g_autoptr(GError) error = NULL;
  CalAutosave *autosave;

  g_return_if_fail (CAL_IS_JOB_LOOP_EDITOR (self));

  if (position >= g_list_model_get_n_items (G_LIST_MODEL (self->rounds)))
    return;

  round = g_list_model_get_item (G_LIST_MODEL (self->rounds), position);
  autosave = cal_context_get_autosave (self->context);

  /* Write pending edits first so a queued write cannot bring the round back. */
  if (!cal_autosave_flush (autosave, &error) ||
      !cal_store_delete_round (cal_context_get_store (self->context), cal_round_get_id (round), &error))
    {
      emit_toast (self, error->message);
      return;
    }

  g_list_store_remove (self->rounds, position);
  renumber (self);
  rebuild (self, -1);
}

/**
 * cal_job_loop_editor_seed:
 * @self: a #CalJobLoopEditor
 * @analysis: the job's analysis
 *
 * Stores the loop the analyzer predicted as the job's rounds, for a job
 * that has none yet (one imported from the command line, say).
 *
 * Returns: %TRUE if the rounds were stored
 */
gboolean
cal_job_loop_editor_seed (CalJobLoopEditor *self,
                          CalJdAnalysis    *analysis)
{
  g_autoptr(GPtrArray) rounds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GPtrArray *predicted;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (CAL_IS_JOB_LOOP_EDITOR (self), FALSE);
  g_return_val_if_fail (CAL_IS_JD_ANALYSIS (analysis), FALSE);

  if (self->context == NULL || self->job_id == 0)
    return FALSE;

  predicted = cal_jd_analysis_get_rounds (analysis);
  for (guint i = 0; i < predicted->len; i++)
    {
      CalJdRound *r = g_ptr_array_index (predicted, i);
      CalRound *round = cal_round_new ();

      cal_round_set_job_id (round, self->job_id);
      cal_round_set_position (round, i);
      cal_round_set_kind (round, r->kind != NULL ? r->kind : "");
      cal_round_set_title (round, r->title != NULL ? r->title : "");
      cal_round_set_notes (round, r->why != NULL ? r->why : "");
      cal_round_set_created (round, now);
      g_ptr_array_add (rounds, round);
    }

  if (rounds->len == 0)
    return FALSE;
  if (!cal_store_save_all (cal_context_get_store (self->context), rounds, &error))
    {
      emit_toast (self, error->message);
      return FALSE;
    }

  g_list_store_splice (self->rounds, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rounds)),
                       rounds->pdata, rounds->len);
  rebuild (self, -1);
  return TRUE;
}
