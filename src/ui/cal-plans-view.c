/* cal-plans-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-plans-view"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-plan-drafter.h"
#include "cal-plan-editor.h"
#include "cal-plan-new-dialog.h"
#include "cal-plan-text.h"
#include "cal-plans-view.h"

/* The Plans section: the list of plans (each drafted from a job or
 * started blank) and, one click further, the editor of one plan. The
 * header bar is shared by both pages: on the list it offers New Plan, on
 * the editor a way back and the plan's menu (export, copy, delete). */

struct _CalPlansView
{
  CalSection     parent_instance;

  GtkStack      *stack;
  GtkListBox    *plans_list;
  CalPlanEditor *editor;
  GtkWidget     *sidebar_button;
  GtkWidget     *list_button;
  GtkWidget     *new_button;
  GtkWidget     *plan_menu_button;
  AdwWindowTitle *window_title;

  gulong         title_handler;

  /* Rows still to add (see append_plan_rows()). */
  GListModel    *pending_plans;
  GHashTable    *pending_counts;
  GHashTable    *pending_jobs;
  guint          pending_next;
  guint          pending_idle;
};

/* Rows added at once, and then by each idle pass. Most of a row's cost
 * is its first measure (two wrapping labels): the first frame measures a
 * screenful, not every plan, and the rest follow without blocking. */
#define PLAN_ROWS_BATCH 20

G_DEFINE_FINAL_TYPE (CalPlansView, cal_plans_view, CAL_TYPE_SECTION)

static void
update_header (CalPlansView *self)
{
  gboolean editing = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") == 0;
  CalPlan *plan = cal_plan_editor_get_plan (self->editor);

  gtk_widget_set_visible (self->sidebar_button, !editing && cal_section_get_folded (CAL_SECTION (self)));
  gtk_widget_set_visible (self->list_button, editing);
  gtk_widget_set_visible (self->new_button, !editing);
  gtk_widget_set_visible (self->plan_menu_button, editing);

  if (editing && plan != NULL)
    adw_window_title_set_title (self->window_title,
                                *cal_plan_get_title (plan) != '\0' ? cal_plan_get_title (plan) : _("Untitled Plan"));
  else
    adw_window_title_set_title (self->window_title, _("Plans"));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.export-pdf", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.copy-markdown", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.email-pdf", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.delete-plan", editing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plans.show-list", editing);
}

/* The subtitle of a plan's row, from what reload_list() read for all the
 * rows at once: @job is %NULL for a plan not tied to a job (or whose job
 * is gone), @n_items its number of items. */
static char *
describe_plan (CalJobSummary *job,
               guint          n_items)
{
  g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", n_items), n_items);

  if (job == NULL)
    /* Translators: a plan's subtitle in the list: not drafted from a job; then the number of items */
    return g_strdup_printf (_("Not tied to a job · %s"), count);
  if (*cal_job_summary_get_company (job) != '\0')
    /* Translators: a plan's subtitle: role, company, number of items */
    return g_strdup_printf (_("%s at %s · %s"), cal_job_summary_get_title (job), cal_job_summary_get_company (job), count);
  return g_strdup_printf (_("%s · %s"), cal_job_summary_get_title (job), count);
}

static void
clear_pending_rows (CalPlansView *self)
{
  g_clear_handle_id (&self->pending_idle, g_source_remove);
  g_clear_object (&self->pending_plans);
  g_clear_pointer (&self->pending_counts, g_hash_table_unref);
  g_clear_pointer (&self->pending_jobs, g_hash_table_unref);
  self->pending_next = 0;
}

/* Adds up to @max rows of the plans read by reload_list(). */
static void
append_plan_rows (CalPlansView *self,
                  guint         max)
{
  guint n, end;

  if (self->pending_plans == NULL)
    return;

  n = g_list_model_get_n_items (self->pending_plans);
  end = MIN (n, self->pending_next + max);
  for (guint i = self->pending_next; i < end; i++)
    {
      g_autoptr(CalPlan) plan = g_list_model_get_item (self->pending_plans, i);
      gint64 plan_id = cal_plan_get_id (plan);
      gint64 job_id = cal_plan_get_job_id (plan);
      g_autofree char *subtitle = describe_plan (job_id > 0 ? g_hash_table_lookup (self->pending_jobs, &job_id) : NULL,
                                                 GPOINTER_TO_UINT (g_hash_table_lookup (self->pending_counts, &plan_id)));
      GtkWidget *action_row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (action_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row),
                                     *cal_plan_get_title (plan) != '\0' ? cal_plan_get_title (plan)
                                                                        : _("Untitled Plan"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (action_row), TRUE);
      g_object_set_data (G_OBJECT (action_row), "plan-id", GSIZE_TO_POINTER ((gsize) cal_plan_get_id (plan)));
      gtk_list_box_append (self->plans_list, action_row);
    }

  self->pending_next = end;
  if (end >= n)
    {
      g_clear_object (&self->pending_plans);
      g_clear_pointer (&self->pending_counts, g_hash_table_unref);
      g_clear_pointer (&self->pending_jobs, g_hash_table_unref);
    }
}

/* Adds every row still pending, for who needs the whole list now. */
static void
finish_plan_rows (CalPlansView *self)
{
  append_plan_rows (self, G_MAXUINT);
  g_clear_handle_id (&self->pending_idle, g_source_remove);
}

static gboolean
append_plan_rows_idle (gpointer data)
{
  CalPlansView *self = data;

  append_plan_rows (self, PLAN_ROWS_BATCH);
  if (self->pending_plans != NULL)
    return G_SOURCE_CONTINUE;
  self->pending_idle = 0;
  return G_SOURCE_REMOVE;
}

static void
reload_list (CalPlansView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) jobs = NULL;
  GtkListBoxRow *row;
  guint n;

  clear_pending_rows (self);
  while ((row = gtk_list_box_get_row_at_index (self->plans_list, 0)) != NULL)
    gtk_list_box_remove (self->plans_list, GTK_WIDGET (row));

  if (context == NULL)
    return;

  plans = cal_store_list_plans (cal_context_get_store (context), 0, &error);
  if (plans == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  /* The subtitles need every plan's item count and job: two queries for
   * all the rows (not one item list and one whole job, description and
   * analysis included, per row). */
  n = g_list_model_get_n_items (plans);
  if (n > 0)
    {
      g_autoptr(GListModel) job_list = NULL;

      counts = cal_store_count_plan_items (cal_context_get_store (context), &error);
      if (counts != NULL)
        job_list = cal_store_list_job_summaries (cal_context_get_store (context), NULL, 0, &error);
      if (job_list == NULL)
        {
          cal_section_toast_message (CAL_SECTION (self), error->message);
          return;
        }

      jobs = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (job_list); i++)
        {
          CalJobSummary *job = g_list_model_get_item (job_list, i);

          g_object_set_data_full (G_OBJECT (job), "id", g_memdup2 (&(gint64) { cal_job_summary_get_id (job) }, sizeof (gint64)), g_free);
          g_hash_table_insert (jobs, g_object_get_data (G_OBJECT (job), "id"), job);
        }
    }

  self->pending_plans = g_steal_pointer (&plans);
  self->pending_counts = g_steal_pointer (&counts);
  self->pending_jobs = g_steal_pointer (&jobs);
  self->pending_next = 0;
  append_plan_rows (self, PLAN_ROWS_BATCH);
  if (self->pending_plans != NULL)
    self->pending_idle = g_idle_add_full (G_PRIORITY_LOW, append_plan_rows_idle, self, NULL);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "editor") != 0)
    gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
}

/* Puts the keyboard on the row of the plan just left, or on the first
 * plan, or on New Plan when there is none. */
static void
focus_plan_row (CalPlansView *self,
                gint64        plan_id)
{
  GtkListBoxRow *row;
  GtkListBoxRow *first;

  finish_plan_rows (self);
  first = gtk_list_box_get_row_at_index (self->plans_list, 0);

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->plans_list, i)) != NULL; i++)
    if ((gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "plan-id")) == plan_id)
      break;

  if (row == NULL)
    row = first;
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (self->new_button);
}

static void
on_plan_title_changed (CalPlansView *self)
{
  update_header (self);
}

static void
on_plans_list_row_activated (CalPlansView  *self,
                             GtkListBoxRow *row)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "plan-id"));

  cal_plans_view_open_plan (self, id);
}

static void
on_editor_toast (CalPlansView *self,
                 AdwToast     *toast)
{
  cal_section_show_toast (CAL_SECTION (self), g_object_ref (toast));
}

static void
on_editor_plan_deleted (CalPlansView *self)
{
  cal_plans_view_show_list (self);
}

static void
on_notify_context (CalPlansView *self)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));

  cal_plan_editor_set_context (self->editor, context);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  reload_list (self);
  update_header (self);
}

static void
on_new_dialog_chosen (CalPlanNewDialog *dialog,
                      CalJob           *job,
                      CalPlansView     *self)
{
  if (job != NULL)
    cal_plans_view_draft_for_job (self, job);
  else
    cal_plans_view_new_blank_plan (self);
}

/* --- actions ------------------------------------------------------------ */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CalPlansView *self = CAL_PLANS_VIEW (widget);
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jobs = NULL;
  GtkRoot *root;
  GtkWidget *dialog;

  if (context == NULL)
    return;

  jobs = cal_store_list_jobs (cal_context_get_store (context), &error);
  if (jobs == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return;
    }

  /* Without jobs, there is only one choice: no need to ask. */
  if (g_list_model_get_n_items (jobs) == 0)
    {
      cal_plans_view_new_blank_plan (self);
      return;
    }

  root = gtk_widget_get_root (widget);
  dialog = cal_plan_new_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, jobs);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (on_new_dialog_chosen), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
editor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CalPlansView *self = CAL_PLANS_VIEW (widget);

  if (g_str_equal (action_name, "plans.export-pdf"))
    cal_plan_editor_export (self->editor);
  else if (g_str_equal (action_name, "plans.email-pdf"))
    cal_plan_editor_email_pdf (self->editor);
  else if (g_str_equal (action_name, "plans.copy-markdown"))
    cal_plan_editor_copy_markdown (self->editor);
  else if (g_str_equal (action_name, "plans.delete-plan"))
    cal_plan_editor_delete_plan (self->editor);
  else if (g_str_equal (action_name, "plans.show-list"))
    cal_plans_view_show_list (self);
}

static void
cal_plans_view_dispose (GObject *object)
{
  CalPlansView *self = CAL_PLANS_VIEW (object);

  clear_pending_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CAL_TYPE_PLANS_VIEW);

  G_OBJECT_CLASS (cal_plans_view_parent_class)->dispose (object);
}

static void
cal_plans_view_class_init (CalPlansViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_plans_view_dispose;

  g_type_ensure (CAL_TYPE_PLAN_EDITOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-plans-view.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, stack);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, plans_list);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, editor);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, list_button);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, new_button);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, plan_menu_button);
  gtk_widget_class_bind_template_child (widget_class, CalPlansView, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_plans_list_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_toast);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_plan_deleted);

  gtk_widget_class_install_action (widget_class, "plans.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "plans.export-pdf", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "plans.copy-markdown", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "plans.email-pdf", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "plans.delete-plan", NULL, editor_action);
  gtk_widget_class_install_action (widget_class, "plans.show-list", NULL, editor_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "plans.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "plans.export-pdf", NULL);
}

static void
cal_plans_view_init (CalPlansView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self, "notify::context", G_CALLBACK (on_notify_context), NULL);
  g_signal_connect (self, "notify::folded", G_CALLBACK (update_header), NULL);
  update_header (self);
}

GtkWidget *
cal_plans_view_new (void)
{
  return g_object_new (CAL_TYPE_PLANS_VIEW, NULL);
}

/**
 * cal_plans_view_open_plan:
 * @self: a #CalPlansView
 * @plan_id: a stored plan
 *
 * Shows the editor of the plan.
 *
 * Returns: %TRUE if the plan could be opened; if not, a toast says why
 */
gboolean
cal_plans_view_open_plan (CalPlansView *self,
                          gint64        plan_id)
{
  g_autoptr(GError) error = NULL;
  CalPlan *plan;

  g_return_val_if_fail (CAL_IS_PLANS_VIEW (self), FALSE);

  if (self->title_handler != 0)
    {
      plan = cal_plan_editor_get_plan (self->editor);
      if (plan != NULL)
        g_clear_signal_handler (&self->title_handler, plan);
      self->title_handler = 0;
    }

  if (!cal_plan_editor_load (self->editor, plan_id, &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return FALSE;
    }

  plan = cal_plan_editor_get_plan (self->editor);
  self->title_handler = g_signal_connect_object (plan, "notify::title", G_CALLBACK (on_plan_title_changed),
                                                 self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  update_header (self);

  cal_plan_editor_focus_first_item (self->editor);
  return TRUE;
}

/**
 * cal_plans_view_show_list:
 * @self: a #CalPlansView
 *
 * Leaves the editor for the list of plans (or the empty state).
 */
void
cal_plans_view_show_list (CalPlansView *self)
{
  CalContext *context;
  GtkRoot *root;
  GtkWidget *focus;
  gboolean had_focus;
  gint64 left_id = 0;

  g_return_if_fail (CAL_IS_PLANS_VIEW (self));

  context = cal_section_get_context (CAL_SECTION (self));
  /* The list is read from the database: write what is pending first so
   * titles and counts are current. */
  if (context != NULL)
    cal_autosave_flush (cal_context_get_autosave (context), NULL);

  /* The keyboard was in the editor or on the "All plans" button, both
   * about to go: GTK 4.8 leaves the window's focus on an item row even
   * after the row is removed, and keys would then go nowhere (Ctrl+N
   * included) until a click. It moves to the plan just left instead. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
  if (cal_plan_editor_get_plan (self->editor) != NULL)
    left_id = cal_plan_get_id (cal_plan_editor_get_plan (self->editor));

  if (self->title_handler != 0 && cal_plan_editor_get_plan (self->editor) != NULL)
    g_clear_signal_handler (&self->title_handler, cal_plan_editor_get_plan (self->editor));
  self->title_handler = 0;
  cal_plan_editor_unload (self->editor);

  gtk_stack_set_visible_child_name (self->stack, "list");
  reload_list (self);
  update_header (self);

  if (had_focus)
    focus_plan_row (self, left_id);
}

static gboolean
store_new_plan (CalPlansView *self,
                CalPlan      *plan,
                GListModel   *items)
{
  CalContext *context = cal_section_get_context (CAL_SECTION (self));
  g_autoptr(GError) error = NULL;

  if (!cal_plan_drafter_save (cal_context_get_store (context), plan, items, &error))
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return FALSE;
    }

  reload_list (self);
  return cal_plans_view_open_plan (self, cal_plan_get_id (plan));
}

/**
 * cal_plans_view_draft_for_job:
 * @self: a #CalPlansView
 * @job: a stored job with an analysis of its description
 *
 * Drafts a first-90-days plan from @job, stores it and opens it in the
 * editor. This is what a "Draft Plan" button elsewhere in the app calls.
 * When the job cannot be drafted from (no analysis yet), a toast says
 * so and nothing is stored.
 *
 * Returns: %TRUE if a plan was drafted and opened
 */
gboolean
cal_plans_view_draft_for_job (CalPlansView *self,
                              CalJob       *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(CalPlan) plan = NULL;

  g_return_val_if_fail (CAL_IS_PLANS_VIEW (self), FALSE);
  g_return_val_if_fail (CAL_IS_JOB (job), FALSE);

  if (cal_section_get_context (CAL_SECTION (self)) == NULL)
    return FALSE;

  plan = cal_plan_drafter_draft (NULL, job, &items, &error);
  if (plan == NULL)
    {
      cal_section_toast_message (CAL_SECTION (self), error->message);
      return FALSE;
    }

  if (!store_new_plan (self, plan, items))
    return FALSE;

  cal_section_toast_message (CAL_SECTION (self),
                             _("Plan drafted. Every item says why it is there — make each one your own."));
  return TRUE;
}

/**
 * cal_plans_view_new_blank_plan:
 * @self: a #CalPlansView
 *
 * Stores an empty plan, not tied to a job, and opens it.
 *
 * Returns: %TRUE if it was created
 */
gboolean
cal_plans_view_new_blank_plan (CalPlansView *self)
{
  g_autoptr(CalPlan) plan = cal_plan_new ();
  g_autoptr(GListModel) items = G_LIST_MODEL (g_list_store_new (CAL_TYPE_PLAN_ITEM));
  g_autofree char *title = cal_plan_format_title (NULL);

  g_return_val_if_fail (CAL_IS_PLANS_VIEW (self), FALSE);

  if (cal_section_get_context (CAL_SECTION (self)) == NULL)
    return FALSE;

  cal_plan_set_title (plan, title);
  return store_new_plan (self, plan, items);
}

/**
 * cal_plans_view_get_editor:
 * @self: a #CalPlansView
 *
 * Returns: (transfer none): the plan editor
 */
CalPlanEditor *
cal_plans_view_get_editor (CalPlansView *self)
{
  g_return_val_if_fail (CAL_IS_PLANS_VIEW (self), NULL);

  return self->editor;
}

/**
 * cal_plans_view_get_plans_list:
 * @self: a #CalPlansView
 *
 * Returns: (transfer none): the list of plans, one row per plan
 */
GtkListBox *
cal_plans_view_get_plans_list (CalPlansView *self)
{
  g_return_val_if_fail (CAL_IS_PLANS_VIEW (self), NULL);

  /* Whoever asks gets every row. */
  finish_plan_rows (self);
  return self->plans_list;
}
