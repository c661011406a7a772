/* cal-plan-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plan-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-plan-editor-private.h"
#include "cal-plan-item-row.h"
#include "cal-plan-text.h"

/* The editor of one plan: its title and three phase lists of items.
 *
 * The rows' order is the truth: after any add, move or removal the
 * editor renumbers every item from the lists (phase and position), and
 * the items that changed become dirty. Every item and the plan are
 * watched by the context's CalAutosave, so typing, reordering and moving
 * are all saved a moment later without a Save button.
 *
 * A removed item is deleted from the database at once (so a crash cannot
 * bring it back) and the toast's Undo stores it again as a new row. */


G_DEFINE_FINAL_TYPE (CalPlanEditor, cal_plan_editor, ADW_TYPE_BIN)

enum {
  TOAST,
  PLAN_DELETED,
  N_SIGNALS
};

GParamSpec *cal_plan_editor_properties[CAL_PLAN_EDITOR_N_PROPS];
static guint signals[N_SIGNALS];

/* An item removed from the plan, kept until its toast is gone so Undo
 * can put it back where it was. */
typedef struct
{
  GWeakRef     editor;
  CalPlanItem *item;
  guint        phase;
  int          index;
} Removal;

static void
removal_free (Removal *removal)
{
  g_weak_ref_clear (&removal->editor);
  g_clear_object (&removal->item);
  g_free (removal);
}

void
cal_plan_editor_show_toast (CalPlanEditor *self,
                            AdwToast      *toast)
{
  g_signal_emit (self, signals[TOAST], 0, toast);
  g_object_unref (toast);
}

void
cal_plan_editor_show_message (CalPlanEditor *self,
                              const char    *message)
{
  cal_plan_editor_show_toast (self, adw_toast_new (message));
}

static CalAutosave *
get_autosave (CalPlanEditor *self)
{
  return self->context != NULL ? cal_context_get_autosave (self->context) : NULL;
}

static GtkListBox *
list_for_phase (CalPlanEditor *self,
                guint          phase)
{
  GtkListBox *lists[CAL_PLAN_N_PHASES] = { self->learn_list, self->diagnose_list, self->act_list };

  g_return_val_if_fail (phase < CAL_PLAN_N_PHASES, NULL);

  return lists[phase];
}

static guint
phase_of_list (CalPlanEditor *self,
               GtkListBox    *list)
{
  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    if (list_for_phase (self, p) == list)
      return p;

  g_return_val_if_reached (0);
}

static int
count_rows (GtkListBox *list)
{
  int n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

static void
watch_item (CalPlanEditor *self,
            CalPlanItem   *item)
{
  if (get_autosave (self) == NULL)
    return;

  cal_autosave_watch (get_autosave (self), item);
  g_ptr_array_add (self->watched, g_object_ref (item));
}

static void
unwatch_item (CalPlanEditor *self,
              CalPlanItem   *item)
{
  if (get_autosave (self) != NULL)
    cal_autosave_unwatch (get_autosave (self), item);
  g_ptr_array_remove (self->watched, item);
}

/* Phase and position of every item from the rows' order; only the items
 * whose place really changed become dirty. */
static void
renumber (CalPlanEditor *self)
{
  gboolean changed = FALSE;

  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    {
      GtkListBox *list = list_for_phase (self, p);
      GtkListBoxRow *row;

      for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
        {
          CalPlanItem *item = cal_plan_item_row_get_item (CAL_PLAN_ITEM_ROW (row));

          if (g_strcmp0 (cal_plan_item_get_phase (item), cal_plan_phase_id (p)) != 0 ||
              cal_plan_item_get_position (item) != i)
            {
              cal_plan_item_set_phase (item, cal_plan_phase_id (p));
              cal_plan_item_set_position (item, i);
              changed = TRUE;
            }
        }
    }

  /* The plan list shows the last edited plan first. */
  if (changed && self->plan != NULL && get_autosave (self) != NULL)
    cal_autosave_mark (get_autosave (self), self->plan);
}

static gboolean
focus_is_in (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
move_row (CalPlanEditor  *self,
          CalPlanItemRow *row,
          guint           phase,
          int             index)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (row));
  gboolean had_focus = focus_is_in (GTK_WIDGET (row));

  g_object_ref (row);
  gtk_list_box_remove (GTK_LIST_BOX (parent), GTK_WIDGET (row));
  gtk_list_box_insert (list_for_phase (self, phase), GTK_WIDGET (row), index);
  g_object_unref (row);

  renumber (self);

  if (had_focus)
    cal_plan_item_row_focus (row);
}

static void
on_row_move_by (CalPlanItemRow *row,
                int             delta,
                CalPlanEditor  *self)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  guint phase = phase_of_list (self, list);
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  int n = count_rows (list);

  /* Past the end of a phase, the item steps into the next one: Alt+Down
   * on the last Learn item makes it the first Diagnose item. */
  if (delta < 0 && index > 0)
    move_row (self, row, phase, index - 1);
  else if (delta < 0 && phase > 0)
    move_row (self, row, phase - 1, count_rows (list_for_phase (self, phase - 1)));
  else if (delta > 0 && index < n - 1)
    move_row (self, row, phase, index + 1);
  else if (delta > 0 && phase < CAL_PLAN_N_PHASES - 1)
    move_row (self, row, phase + 1, 0);
  else
    gtk_widget_error_bell (GTK_WIDGET (row));
}

static void
on_row_move_to_phase (CalPlanItemRow *row,
                      const char     *phase_id,
                      CalPlanEditor  *self)
{
  int phase = cal_plan_phase_index (phase_id);
  g_autofree char *message = NULL;

  g_return_if_fail (phase >= 0);

  move_row (self, row, phase, count_rows (list_for_phase (self, phase)));

  /* The row leaves the part of the page the user was looking at. */
  /* Translators: %s is a phase of the plan: Learn, Diagnose or Act */
  message = g_strdup_printf (_("Moved to %s"), cal_plan_phase_get_name (phase_id));
  cal_plan_editor_show_message (self, message);
}

static void
on_row_drop_row (CalPlanItemRow *target,
                 CalPlanItemRow *source,
                 gboolean        after,
                 CalPlanEditor  *self)
{
  GtkWidget *source_parent = gtk_widget_get_parent (GTK_WIDGET (source));
  guint phase = phase_of_list (self, GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (target))));
  int index;

  /* Only rows of this editor can be dropped here. */
  if (source_parent == NULL || !gtk_widget_is_ancestor (source_parent, GTK_WIDGET (self)))
    return;

  g_object_ref (source);
  gtk_list_box_remove (GTK_LIST_BOX (source_parent), GTK_WIDGET (source));
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (target)) + (after ? 1 : 0);
  gtk_list_box_insert (list_for_phase (self, phase), GTK_WIDGET (source), index);
  g_object_unref (source);

  renumber (self);
}

static gboolean
on_list_drop (GtkDropTarget *drop_target,
              const GValue  *value,
              double         x,
              double         y,
              CalPlanEditor *self)
{
  CalPlanItemRow *source = g_value_get_object (value);
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (drop_target));
  GtkWidget *source_parent;
  guint phase;

  if (source == NULL)
    return FALSE;
  source_parent = gtk_widget_get_parent (GTK_WIDGET (source));
  if (source_parent == NULL || !gtk_widget_is_ancestor (source_parent, GTK_WIDGET (self)))
    return FALSE;

  /* Dropped on a list's empty space: the item goes to its end. */
  phase = phase_of_list (self, GTK_LIST_BOX (list));
  move_row (self, source, phase, source_parent == list ? count_rows (GTK_LIST_BOX (list)) - 1
                                                       : count_rows (GTK_LIST_BOX (list)));
  return TRUE;
}

static void on_row_remove (CalPlanItemRow *row,
                           CalPlanEditor  *self);

static CalPlanItemRow *
insert_row (CalPlanEditor *self,
            CalPlanItem   *item,
            guint          phase,
            int            index)
{
  GtkWidget *row = cal_plan_item_row_new (item);

  g_signal_connect_object (row, "move-by", G_CALLBACK (on_row_move_by), self, 0);
  g_signal_connect_object (row, "move-to-phase", G_CALLBACK (on_row_move_to_phase), self, 0);
  g_signal_connect_object (row, "drop-row", G_CALLBACK (on_row_drop_row), self, 0);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove), self, 0);
  gtk_list_box_insert (list_for_phase (self, phase), row, index);

  return CAL_PLAN_ITEM_ROW (row);
}

static void
on_undo_remove (AdwToast *toast,
                Removal  *removal)
{
  g_autoptr(CalPlanEditor) self = g_weak_ref_get (&removal->editor);
  CalPlanItem *item = removal->item;

  if (self == NULL || get_autosave (self) == NULL)
    return;

  /* The row was deleted; the item comes back as a new one. */
  cal_plan_item_set_id (item, 0);

  if (self->plan != NULL && cal_plan_get_id (self->plan) == cal_plan_item_get_plan_id (item))
    {
      GtkListBox *list = list_for_phase (self, removal->phase);
      CalPlanItemRow *row;

      row = insert_row (self, item, removal->phase, MIN (removal->index, count_rows (list)));
      watch_item (self, item);
      cal_autosave_mark (get_autosave (self), item);
      renumber (self);
      cal_plan_item_row_focus (row);
    }
  else
    cal_autosave_mark (get_autosave (self), item);
}

static void
on_row_remove (CalPlanItemRow *row,
               CalPlanEditor  *self)
{
  g_autoptr(GError) error = NULL;
  CalPlanItem *item = cal_plan_item_row_get_item (row);
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));
  CalAutosave *autosave = get_autosave (self);
  g_autofree char *title = NULL;
  Removal *removal;
  AdwToast *toast;
  int index;

  if (autosave == NULL)
    return;

  /* Nothing queued may write the item again after it is deleted. */
  unwatch_item (self, item);
  g_object_ref (item);
  cal_plan_item_set_dirty (item, FALSE);
  if (!cal_autosave_flush (autosave, &error) ||
      (cal_plan_item_get_id (item) != 0 &&
       !cal_store_delete_plan_item (cal_context_get_store (self->context), cal_plan_item_get_id (item), &error)))
    {
      watch_item (self, item);
      cal_autosave_mark (autosave, item);
      g_object_unref (item);
      cal_plan_editor_show_message (self, error->message);
      return;
    }

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  removal = g_new0 (Removal, 1);
  g_weak_ref_init (&removal->editor, self);
  removal->item = item;
  removal->phase = phase_of_list (self, list);
  removal->index = index;

  gtk_list_box_remove (list, GTK_WIDGET (row));
  renumber (self);

  /* Keep the keyboard in the list: on the row that took this one's place. */
  {
    GtkListBoxRow *next = gtk_list_box_get_row_at_index (list, MIN (index, count_rows (list) - 1));
    if (next != NULL)
      cal_plan_item_row_focus (CAL_PLAN_ITEM_ROW (next));
  }

  title = g_strdup (*cal_plan_item_get_title (item) != '\0' ? cal_plan_item_get_title (item) : _("Untitled item"));
  /* Translators: a toast after removing a plan item; %s is its title */
  toast = adw_toast_new_format (_("“%s” removed"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove), removal,
                         (GClosureNotify) removal_free, 0);
  cal_plan_editor_show_toast (self, toast);
}

static void
on_title_row_changed (CalPlanEditor *self)
{
  if (self->loading || self->plan == NULL)
    return;

  cal_plan_set_title (self->plan, gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

static void
clear_lists (CalPlanEditor *self)
{
  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    {
      GtkListBox *list = list_for_phase (self, p);
      GtkListBoxRow *row;

      while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
        gtk_list_box_remove (list, GTK_WIDGET (row));
    }
}

/* --- actions ------------------------------------------------------------ */

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  cal_plan_editor_add_item (CAL_PLAN_EDITOR (widget), g_variant_get_string (parameter, NULL));
}

static void
cancel_export_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  cal_plan_editor_cancel_export (CAL_PLAN_EDITOR (widget));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    CalPlanEditor    *self)
{
  g_autoptr(GError) error = NULL;
  CalAutosave *autosave = get_autosave (self);
  gint64 id;

  if (g_strcmp0 (response, "delete") != 0 || self->plan == NULL || autosave == NULL)
    return;

  id = cal_plan_get_id (self->plan);
  /* Nothing queued may write the plan or its items back. */
  for (guint i = 0; i < self->watched->len; i++)
    cal_plan_item_set_dirty (self->watched->pdata[i], FALSE);
  cal_plan_set_dirty (self->plan, FALSE);
  cal_plan_editor_unload (self);

  if (!cal_autosave_flush (autosave, &error) ||
      !cal_store_delete_plan (cal_context_get_store (self->context), id, &error))
    {
      cal_plan_editor_show_message (self, error->message);
      cal_plan_editor_load (self, id, NULL);
      return;
    }

  g_signal_emit (self, signals[PLAN_DELETED], 0);
  cal_plan_editor_show_message (self, _("Plan deleted"));
}

/* --- GObject ------------------------------------------------------------ */

static void
cal_plan_editor_dispose (GObject *object)
{
  CalPlanEditor *self = CAL_PLAN_EDITOR (object);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
  g_clear_object (&self->export_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  cal_plan_editor_unload (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_PLAN_EDITOR);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (cal_plan_editor_parent_class)->dispose (object);
}

static void
cal_plan_editor_finalize (GObject *object)
{
  CalPlanEditor *self = CAL_PLAN_EDITOR (object);

  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_plan_editor_parent_class)->finalize (object);
}

static void
cal_plan_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CalPlanEditor *self = CAL_PLAN_EDITOR (object);

  switch (prop_id)
    {
    case CAL_PLAN_EDITOR_PROP_EXPORTING:
      g_value_set_boolean (value, cal_plan_editor_get_exporting (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_plan_editor_class_init (CalPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_plan_editor_dispose;
  object_class->finalize = cal_plan_editor_finalize;
  object_class->get_property = cal_plan_editor_get_property;

  /**
   * CalPlanEditor:exporting:
   *
   * Whether a PDF export is running.
   */
  cal_plan_editor_properties[CAL_PLAN_EDITOR_PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, CAL_PLAN_EDITOR_N_PROPS, cal_plan_editor_properties);

  /**
   * CalPlanEditor::toast:
   * @toast: the #AdwToast to show
   */
  signals[TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  /**
   * CalPlanEditor::plan-deleted:
   *
   * The plan was deleted; the editor is empty now.
   */
  signals[PLAN_DELETED] =
    g_signal_new ("plan-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (CAL_TYPE_PLAN_ITEM_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, export_spinner);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, job_row);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, learn_list);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, diagnose_list);
  gtk_widget_class_bind_template_child (widget_class, CalPlanEditor, act_list);
  gtk_widget_class_bind_template_callback (widget_class, on_title_row_changed);

  gtk_widget_class_install_action (widget_class, "editor.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel-export", NULL, cancel_export_action);
}

static void
cal_plan_editor_init (CalPlanEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.cancel-export", FALSE);

  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    {
      GtkListBox *list = list_for_phase (self, p);
      GtkWidget *placeholder;
      GtkDropTarget *drop_target;

      placeholder = gtk_label_new (_("Nothing planned yet. Add an item, or drag one here."));
      gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
      gtk_label_set_justify (GTK_LABEL (placeholder), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_add_css_class (placeholder, "plan-placeholder");
      gtk_list_box_set_placeholder (list, placeholder);

      drop_target = gtk_drop_target_new (CAL_TYPE_PLAN_ITEM_ROW, GDK_ACTION_MOVE);
      g_signal_connect (drop_target, "drop", G_CALLBACK (on_list_drop), self);
      gtk_widget_add_controller (GTK_WIDGET (list), GTK_EVENT_CONTROLLER (drop_target));
    }
}

/* --- public API --------------------------------------------------------- */

GtkWidget *
cal_plan_editor_new (void)
{
  return g_object_new (CAL_TYPE_PLAN_EDITOR, NULL);
}

void
cal_plan_editor_set_context (CalPlanEditor *self,
                             CalContext    *context)
{
  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  if (self->context == context)
    return;

  cal_plan_editor_unload (self);
  g_set_object (&self->context, context);
}

/**
 * cal_plan_editor_load:
 * @self: a #CalPlanEditor
 * @plan_id: the plan to edit
 * @error: return location for a #GError
 *
 * Reads the plan, its items and its job from the store and shows them.
 *
 * Returns: %TRUE if the plan could be read
 */
gboolean
cal_plan_editor_load (CalPlanEditor  *self,
                      gint64          plan_id,
                      GError        **error)
{
  g_autoptr(CalPlan) plan = NULL;
  g_autoptr(GListModel) items = NULL;
  CalStore *store;
  guint n;

  g_return_val_if_fail (CAL_IS_PLAN_EDITOR (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);

  store = cal_context_get_store (self->context);
  plan = cal_store_get_plan (store, plan_id, error);
  if (plan == NULL)
    return FALSE;
  items = cal_store_list_plan_items (store, plan_id, error);
  if (items == NULL)
    return FALSE;

  cal_plan_editor_unload (self);

  self->loading = TRUE;
  self->plan = g_steal_pointer (&plan);
  if (cal_plan_get_job_id (self->plan) > 0)
    /* A plan outlives its job (the column is set to NULL when the job is
     * deleted), so a missing job is not an error. */
    self->job = cal_store_get_job (store, cal_plan_get_job_id (self->plan), NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->title_row), cal_plan_get_title (self->plan));
  if (self->job != NULL)
    {
      g_autofree char *role = NULL;

      if (*cal_job_get_company (self->job) != '\0')
        /* Translators: a role and a company, e.g. "Staff Engineer at Acme" */
        role = g_strdup_printf (_("%s at %s"), cal_job_get_title (self->job), cal_job_get_company (self->job));
      else
        role = g_strdup (cal_job_get_title (self->job));
      adw_action_row_set_subtitle (self->job_row, role);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->job_row), self->job != NULL);

  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CalPlanItem) item = g_list_model_get_item (items, i);
      int phase = cal_plan_phase_index (cal_plan_item_get_phase (item));

      insert_row (self, item, MAX (phase, 0), -1);
      watch_item (self, item);
    }

  if (get_autosave (self) != NULL)
    cal_autosave_watch (get_autosave (self), self->plan);

  self->loading = FALSE;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  return TRUE;
}

/**
 * cal_plan_editor_unload:
 * @self: a #CalPlanEditor
 *
 * Stops editing the current plan. Edits already made are still saved.
 */
void
cal_plan_editor_unload (CalPlanEditor *self)
{
  CalAutosave *autosave;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  autosave = get_autosave (self);
  if (autosave != NULL)
    {
      for (guint i = 0; i < self->watched->len; i++)
        cal_autosave_unwatch (autosave, self->watched->pdata[i]);
      if (self->plan != NULL)
        cal_autosave_unwatch (autosave, self->plan);
    }
  g_ptr_array_set_size (self->watched, 0);

  if (self->learn_list != NULL)
    clear_lists (self);
  g_clear_object (&self->plan);
  g_clear_object (&self->job);
  g_clear_object (&self->exported_pdf);
}

/**
 * cal_plan_editor_focus_first_item:
 * @self: a #CalPlanEditor
 *
 * Puts the keyboard on the first item rather than in the title, whose
 * text would otherwise be selected and easy to type over by mistake.
 */
void
cal_plan_editor_focus_first_item (CalPlanEditor *self)
{
  GtkListBoxRow *first = NULL;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  for (guint p = 0; p < CAL_PLAN_N_PHASES && first == NULL; p++)
    first = gtk_list_box_get_row_at_index (list_for_phase (self, p), 0);

  if (first != NULL)
    cal_plan_item_row_focus (CAL_PLAN_ITEM_ROW (first));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
  gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, 0);
}

/**
 * cal_plan_editor_get_plan:
 * @self: a #CalPlanEditor
 *
 * Returns: (transfer none) (nullable): the plan being edited
 */
CalPlan *
cal_plan_editor_get_plan (CalPlanEditor *self)
{
  g_return_val_if_fail (CAL_IS_PLAN_EDITOR (self), NULL);

  return self->plan;
}

/**
 * cal_plan_editor_list_items:
 * @self: a #CalPlanEditor
 *
 * Returns: (transfer full): a #GListModel of the #CalPlanItem as shown:
 *   learn, diagnose, act, each in the order of its list
 */
GListModel *
cal_plan_editor_list_items (CalPlanEditor *self)
{
  GListStore *store = g_list_store_new (CAL_TYPE_PLAN_ITEM);

  g_return_val_if_fail (CAL_IS_PLAN_EDITOR (self), G_LIST_MODEL (store));

  for (guint p = 0; p < CAL_PLAN_N_PHASES; p++)
    {
      GtkListBoxRow *row;

      for (int i = 0; (row = gtk_list_box_get_row_at_index (list_for_phase (self, p), i)) != NULL; i++)
        g_list_store_append (store, cal_plan_item_row_get_item (CAL_PLAN_ITEM_ROW (row)));
    }

  return G_LIST_MODEL (store);
}

/**
 * cal_plan_editor_get_phase_list:
 * @self: a #CalPlanEditor
 * @phase: "learn", "diagnose" or "act"
 *
 * Returns: (transfer none): the list of that phase's #CalPlanItemRow
 */
GtkListBox *
cal_plan_editor_get_phase_list (CalPlanEditor *self,
                                const char    *phase)
{
  int index = cal_plan_phase_index (phase);

  g_return_val_if_fail (CAL_IS_PLAN_EDITOR (self), NULL);
  g_return_val_if_fail (index >= 0, NULL);

  return list_for_phase (self, index);
}

/**
 * cal_plan_editor_add_item:
 * @self: a #CalPlanEditor
 * @phase: the phase to add to
 *
 * Adds an empty item at the end of @phase and puts the cursor in its
 * title. It is stored by the autosave like any edit.
 */
void
cal_plan_editor_add_item (CalPlanEditor *self,
                          const char    *phase)
{
  g_autoptr(CalPlanItem) item = NULL;
  CalPlanItemRow *row;
  int index = cal_plan_phase_index (phase);

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));
  g_return_if_fail (index >= 0);

  if (self->plan == NULL || get_autosave (self) == NULL)
    return;

  item = cal_plan_item_new ();
  cal_plan_item_set_plan_id (item, cal_plan_get_id (self->plan));
  cal_plan_item_set_phase (item, phase);
  cal_plan_item_set_priority (item, 2);
  row = insert_row (self, item, index, -1);
  watch_item (self, item);
  renumber (self);
  cal_autosave_mark (get_autosave (self), item);
  cal_plan_item_row_edit_title (row);
}

/**
 * cal_plan_editor_to_markdown:
 * @self: a #CalPlanEditor
 *
 * Returns: (transfer full) (nullable): the plan as Markdown, as shown
 */
char *
cal_plan_editor_to_markdown (CalPlanEditor *self)
{
  g_autoptr(GListModel) items = NULL;

  g_return_val_if_fail (CAL_IS_PLAN_EDITOR (self), NULL);

  if (self->plan == NULL)
    return NULL;

  items = cal_plan_editor_list_items (self);
  return cal_plan_to_markdown (self->plan, items, self->job);
}

/**
 * cal_plan_editor_copy_markdown:
 * @self: a #CalPlanEditor
 *
 * Puts the plan on the clipboard as Markdown, ready to paste into a
 * document or an email.
 */
void
cal_plan_editor_copy_markdown (CalPlanEditor *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  text = cal_plan_editor_to_markdown (self);
  if (text == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  cal_plan_editor_show_message (self, _("Plan copied as Markdown"));
}

/**
 * cal_plan_editor_delete_plan:
 * @self: a #CalPlanEditor
 *
 * Asks for confirmation, then deletes the plan and all its items.
 */
void
cal_plan_editor_delete_plan (CalPlanEditor *self)
{
  GtkRoot *root;
  GtkWidget *dialog;

  g_return_if_fail (CAL_IS_PLAN_EDITOR (self));

  if (self->plan == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Delete This Plan?"),
                                   _("The plan and all its items will be deleted. This cannot be undone."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
