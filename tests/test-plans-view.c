/* test-plans-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Plans section in the real window, on a real (Xvfb) display, with a
 * real database: draft a plan from a job, edit, reorder with Alt+Down,
 * move between phases, remove and undo; then reopen the database and
 * find every change there, and export the PDF and read it back. And the
 * New Plan dialog by keyboard alone, with real key presses through the X
 * server: Return or Space on a job creates its plan, Escape cancels.
 */

#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "cal-jd-analyzer.h"
#include "cal-plan-editor.h"
#include "cal-plan-item-row.h"
#include "cal-plan-new-dialog.h"
#include "cal-plans-view.h"
#include "cal-test-pdf.h"
#include "cal-window.h"

static char *dir;
static char *db_path;
static CalStore *store;
static CalContext *context;

typedef gboolean (*Condition) (gpointer data);

static gboolean
iterate_until_timeout (Condition done,
                       gpointer  data,
                       guint     seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return done (data);
}

static gboolean
iterate_until (Condition done,
               gpointer  data)
{
  return iterate_until_timeout (done, data, 15);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
not_exporting (gpointer editor)
{
  return !cal_plan_editor_get_exporting (editor);
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);
      if (found)
        return found;
    }

  return NULL;
}

/* The section's own stack: the one with an "editor" page. */
static GtkStack *
find_view_stack (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), "editor") != NULL)
    return GTK_STACK (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_view_stack (child);
      if (found)
        return found;
    }

  return NULL;
}

static CalJob *
import_job (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJdAnalyzer) analyzer = NULL;
  g_autoptr(CalJdAnalysis) analysis = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "jds", name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  CalJob *job;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  analyzer = cal_jd_analyzer_new (cal_catalog_get_default (), &error);
  g_assert_no_error (error);
  analysis = cal_jd_analyzer_analyze (analyzer, text, NULL, &error);
  g_assert_no_error (error);
  json = cal_jd_analysis_to_json_string (analysis);

  job = cal_job_new ();
  cal_job_set_company (job, cal_jd_analysis_get_company (analysis));
  cal_job_set_title (job, cal_jd_analysis_get_title (analysis));
  cal_job_set_track (job, cal_jd_analysis_get_track (analysis));
  cal_job_set_level (job, cal_jd_analysis_get_level (analysis));
  cal_job_set_source_text (job, text);
  cal_job_set_analysis (job, json);
  cal_store_save_job (store, job, &error);
  g_assert_no_error (error);
  return job;
}

typedef struct
{
  CalWindow    *window;
  CalPlansView *view;
  AdwToast     *last_toast;
} Ui;

static void
on_toast (CalSection *section,
          AdwToast   *toast,
          Ui         *ui)
{
  g_set_object (&ui->last_toast, toast);
}

static void
ui_open (Ui *ui)
{
  ui->window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);
  gtk_window_set_default_size (GTK_WINDOW (ui->window), 1000, 760);
  gtk_window_present (GTK_WINDOW (ui->window));
  iterate_until (is_mapped, ui->window);
  cal_window_show_section (ui->window, "plans");
  ui->view = CAL_PLANS_VIEW (find_descendant (GTK_WIDGET (ui->window), CAL_TYPE_PLANS_VIEW));
  g_assert_nonnull (ui->view);
  iterate_until (is_mapped, ui->view);
  g_signal_connect (ui->view, "toast", G_CALLBACK (on_toast), ui);
}

static void
ui_close (Ui *ui)
{
  g_clear_object (&ui->last_toast);
  gtk_window_destroy (GTK_WINDOW (ui->window));
}

static CalPlanItemRow *
row_at (CalPlanEditor *editor,
        const char    *phase,
        int            index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (cal_plan_editor_get_phase_list (editor, phase), index);

  g_assert_nonnull (row);
  return CAL_PLAN_ITEM_ROW (row);
}

static const char *
title_at (CalPlanEditor *editor,
          const char    *phase,
          int            index)
{
  return cal_plan_item_get_title (cal_plan_item_row_get_item (row_at (editor, phase, index)));
}

static int
n_rows (CalPlanEditor *editor,
        const char    *phase)
{
  GtkListBox *list = cal_plan_editor_get_phase_list (editor, phase);
  int n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;
  return n;
}

/* Presses a key binding of @widget the way GTK would: find the shortcut
 * whose trigger is @accel among the widget's controllers and activate it. */
static gboolean
press_shortcut (GtkWidget  *widget,
                const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      g_autoptr(GListModel) shortcuts = NULL;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      shortcuts = g_object_ref (G_LIST_MODEL (controller));
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_str_equal (trigger, accel))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static void
test_empty_state (void)
{
  Ui ui = { 0 };
  GtkStack *stack;

  ui_open (&ui);
  stack = find_view_stack (GTK_WIDGET (ui.view));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (find_descendant (GTK_WIDGET (ui.view), ADW_TYPE_STATUS_PAGE)));

  /* A job without an analysis cannot be drafted from: a clear message,
   * and no plan is stored. */
  {
    g_autoptr(CalJob) bare = cal_job_new ();
    g_autoptr(GListModel) plans = NULL;

    cal_job_set_title (bare, "Typed in by hand");
    g_assert_false (cal_plans_view_draft_for_job (ui.view, bare));
    g_assert_nonnull (ui.last_toast);
    g_assert_nonnull (strstr (adw_toast_get_title (ui.last_toast), "no analysis"));
    plans = cal_store_list_plans (store, 0, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 0);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  }

  ui_close (&ui);
}

static void
test_draft_edit_reorder_and_reopen (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = import_job ("11-gitlab-engineering-director.md");
  g_autofree char *learn_first = NULL;
  g_autofree char *learn_second = NULL;
  g_autofree char *moved_title = NULL;
  g_autofree char *removed_title = NULL;
  g_autofree char *pdf_path = NULL;
  CalPlanEditor *editor;
  gint64 plan_id;
  int n_learn, n_act, n_diagnose;
  Ui ui = { 0 };

  ui_open (&ui);

  /* Draft from the job: the editor opens on a full plan. */
  g_assert_true (cal_plans_view_draft_for_job (ui.view, job));
  editor = cal_plans_view_get_editor (ui.view);
  iterate_until (is_mapped, editor);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  plan_id = cal_plan_get_id (cal_plan_editor_get_plan (editor));
  g_assert_cmpint (plan_id, >, 0);
  n_learn = n_rows (editor, "learn");
  n_diagnose = n_rows (editor, "diagnose");
  n_act = n_rows (editor, "act");
  g_assert_cmpint (n_learn, >=, 4);
  g_assert_cmpint (n_diagnose, >=, 4);
  g_assert_cmpint (n_act, >=, 4);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (row_at (editor, "learn", 0))));

  /* Edit the first item's title through its entry, as typing would. */
  {
    CalPlanItemRow *row = row_at (editor, "learn", 0);
    AdwEntryRow *entry;

    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    entry = ADW_ENTRY_ROW (find_descendant (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW));
    gtk_editable_set_text (GTK_EDITABLE (entry), "Meet all eight managers in two weeks");
    g_assert_cmpstr (title_at (editor, "learn", 0), ==, "Meet all eight managers in two weeks");
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                     "Meet all eight managers in two weeks");
  }

  /* Alt+Down on the first item swaps it with the second. */
  learn_first = g_strdup (title_at (editor, "learn", 0));
  learn_second = g_strdup (title_at (editor, "learn", 1));
  cal_plan_item_row_focus (row_at (editor, "learn", 0));
  g_assert_true (press_shortcut (GTK_WIDGET (row_at (editor, "learn", 0)), "<Alt>Down"));
  g_assert_cmpstr (title_at (editor, "learn", 0), ==, learn_second);
  g_assert_cmpstr (title_at (editor, "learn", 1), ==, learn_first);

  /* The row menu's "Move to Act" sends the last Learn item to the end of Act. */
  moved_title = g_strdup (title_at (editor, "learn", n_learn - 1));
  gtk_widget_activate_action (GTK_WIDGET (row_at (editor, "learn", n_learn - 1)), "item.move-act", NULL);
  g_assert_cmpint (n_rows (editor, "learn"), ==, n_learn - 1);
  g_assert_cmpint (n_rows (editor, "act"), ==, n_act + 1);
  g_assert_cmpstr (title_at (editor, "act", n_act), ==, moved_title);

  /* Remove the first Diagnose item, then bring it back with Undo. */
  removed_title = g_strdup (title_at (editor, "diagnose", 0));
  gtk_widget_activate_action (GTK_WIDGET (row_at (editor, "diagnose", 0)), "item.remove", NULL);
  g_assert_cmpint (n_rows (editor, "diagnose"), ==, n_diagnose - 1);
  g_assert_cmpstr (title_at (editor, "diagnose", 0), !=, removed_title);
  {
    g_autoptr(GListModel) stored = cal_store_list_plan_items (store, plan_id, NULL);
    /* Removed from the database at once: a crash cannot resurrect it. */
    g_assert_cmpuint (g_list_model_get_n_items (stored), ==, n_learn + n_diagnose + n_act - 1);
  }
  g_assert_nonnull (ui.last_toast);
  g_assert_cmpstr (adw_toast_get_button_label (ui.last_toast), ==, "_Undo");
  g_signal_emit_by_name (ui.last_toast, "button-clicked");
  g_assert_cmpint (n_rows (editor, "diagnose"), ==, n_diagnose);
  g_assert_cmpstr (title_at (editor, "diagnose", 0), ==, removed_title);

  /* Everything reaches the database without a Save button. */
  cal_autosave_flush (cal_context_get_autosave (context), &error);
  g_assert_no_error (error);

  {
    g_autoptr(CalStore) reopened = cal_store_open (db_path, &error);
    g_autoptr(GListModel) items = NULL;
    g_autoptr(CalPlanItem) first = NULL;
    g_autoptr(CalPlanItem) second = NULL;
    g_autoptr(CalPlanItem) last = NULL;
    g_autoptr(CalPlanItem) restored = NULL;

    g_assert_no_error (error);
    items = cal_store_list_plan_items (reopened, plan_id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (items), ==, n_learn + n_diagnose + n_act);

    first = g_list_model_get_item (items, 0);
    second = g_list_model_get_item (items, 1);
    g_assert_cmpstr (cal_plan_item_get_title (first), ==, learn_second);
    g_assert_cmpstr (cal_plan_item_get_title (second), ==, "Meet all eight managers in two weeks");
    g_assert_cmpint (cal_plan_item_get_position (second), ==, 1);

    last = g_list_model_get_item (items, n_learn + n_diagnose + n_act - 1);
    g_assert_cmpstr (cal_plan_item_get_title (last), ==, moved_title);
    g_assert_cmpstr (cal_plan_item_get_phase (last), ==, "act");

    restored = g_list_model_get_item (items, n_learn - 1);
    g_assert_cmpstr (cal_plan_item_get_phase (restored), ==, "diagnose");
    g_assert_cmpstr (cal_plan_item_get_title (restored), ==, removed_title);
    g_assert_cmpint (cal_plan_item_get_position (restored), ==, 0);
  }

  /* Copy as Markdown puts the plan, as edited, on the clipboard. */
  {
    g_autofree char *markdown = cal_plan_editor_to_markdown (editor);

    g_assert_nonnull (strstr (markdown, "- **P1** Meet all eight managers in two weeks\n"));
    g_assert_nonnull (strstr (markdown, "## Act — Days 61–90"));
    gtk_widget_activate_action (GTK_WIDGET (ui.view), "plans.copy-markdown", NULL);
    g_assert_cmpstr (adw_toast_get_title (ui.last_toast), ==, "Plan copied as Markdown");
  }

  /* Export the PDF off the main thread and read it back. */
  pdf_path = g_build_filename (dir, "plan.pdf", NULL);
  {
    g_autoptr(GFile) file = g_file_new_for_path (pdf_path);
    g_autoptr(PopplerDocument) document = NULL;
    g_autofree char *text = NULL;

    cal_plan_editor_export_to_file (editor, file);
    g_assert_true (cal_plan_editor_get_exporting (editor));
    /* Rendering is slow under sanitizers; give it time. */
    g_assert_true (iterate_until_timeout (not_exporting, editor, 120));
    g_assert_true (g_file_test (pdf_path, G_FILE_TEST_EXISTS));
    g_assert_nonnull (strstr (adw_toast_get_title (ui.last_toast), "plan.pdf"));
    g_assert_cmpstr (adw_toast_get_button_label (ui.last_toast), ==, "_Open");

    document = cal_test_pdf_open (pdf_path);
    text = cal_test_pdf_text (document);
    g_assert_nonnull (strstr (text, "Director, Engineering"));
    g_assert_nonnull (strstr (text, "Meet all eight managers in two weeks"));
    g_assert_nonnull (strstr (text, moved_title));
  }

  /* Back to the list: one plan, tied to the job. */
  gtk_widget_activate_action (GTK_WIDGET (ui.view), "plans.show-list", NULL);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (cal_plans_view_get_plans_list (ui.view), 0);

    g_assert_nonnull (row);
    g_assert_null (gtk_list_box_get_row_at_index (cal_plans_view_get_plans_list (ui.view), 1));
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Director, Engineering at GitLab"));
  }

  ui_close (&ui);
}

static void
test_blank_plan_add_item (void)
{
  g_autoptr(GError) error = NULL;
  CalPlanEditor *editor;
  CalPlanItemRow *row;
  AdwEntryRow *entry;
  gint64 plan_id;
  Ui ui = { 0 };

  ui_open (&ui);
  g_assert_true (cal_plans_view_new_blank_plan (ui.view));
  editor = cal_plans_view_get_editor (ui.view);
  plan_id = cal_plan_get_id (cal_plan_editor_get_plan (editor));
  g_assert_cmpint (n_rows (editor, "learn") + n_rows (editor, "diagnose") + n_rows (editor, "act"), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-item", "s", "act");
  g_assert_cmpint (n_rows (editor, "act"), ==, 1);
  row = row_at (editor, "act", 0);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  entry = ADW_ENTRY_ROW (find_descendant (GTK_WIDGET (row), ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ship the billing fix");

  cal_autosave_flush (cal_context_get_autosave (context), &error);
  g_assert_no_error (error);
  {
    g_autoptr(CalStore) reopened = cal_store_open (db_path, &error);
    g_autoptr(GListModel) items = cal_store_list_plan_items (reopened, plan_id, &error);
    g_autoptr(CalPlanItem) item = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
    item = g_list_model_get_item (items, 0);
    g_assert_cmpstr (cal_plan_item_get_title (item), ==, "Ship the billing fix");
    g_assert_cmpstr (cal_plan_item_get_phase (item), ==, "act");
  }

  ui_close (&ui);
}

/* --- the New Plan dialog by keyboard ------------------------------------ */

static void
run_xdotool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
}

/* Gives @window the X keyboard focus: there is no window manager under
 * Xvfb to do it when a window appears or goes away. */
static void
x_focus (GtkWindow *window)
{
  g_autofree char *xid = NULL;

  xid = g_strdup_printf ("%lu", (unsigned long) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  run_xdotool ((const char *[]) { "xdotool", "windowfocus", "--sync", xid, NULL });
}

/* A real key press, delivered by the X server to the focused window. */
static void
x_key (const char *keys)
{
  run_xdotool ((const char *[]) { "xdotool", "key", "--clearmodifiers", keys, NULL });
}

static GtkWindow *
find_new_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (CAL_IS_PLAN_NEW_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
new_dialog_mapped (gpointer data)
{
  GtkWindow *dialog = find_new_dialog ();

  return dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)) &&
         gtk_window_get_focus (dialog) != NULL;
}

static gboolean
new_dialog_gone (gpointer data)
{
  return find_new_dialog () == NULL;
}

static guint
count_plans (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = cal_store_list_plans (store, 0, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (plans);
}

static const char *
focused_row_title (GtkWindow *dialog)
{
  GtkWidget *focus = gtk_window_get_focus (dialog);

  if (!ADW_IS_PREFERENCES_ROW (focus))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (focus));
}

typedef struct
{
  GtkWindow  *dialog;
  const char *title;
} FocusWait;

static gboolean
focus_left (gpointer data)
{
  FocusWait *wait = data;

  return g_strcmp0 (focused_row_title (wait->dialog), wait->title) != 0;
}

/* Opens New Plan with Ctrl+N from the Plans section and moves the focus
 * with Down to the row called @title, as a keyboard user would. */
static void
open_new_dialog_on_row (Ui         *ui,
                        const char *title)
{
  GtkWindow *dialog;

  x_focus (GTK_WINDOW (ui->window));
  x_key ("ctrl+n");
  g_assert_true (iterate_until (new_dialog_mapped, NULL));
  dialog = find_new_dialog ();
  x_focus (dialog);

  /* The first row has the focus on show; Down walks the list, and every
   * press must move the focus to the next row. */
  g_assert_true (ADW_IS_PREFERENCES_ROW (gtk_window_get_focus (dialog)));
  for (int i = 0; i < 20 && g_strcmp0 (focused_row_title (dialog), title) != 0; i++)
    {
      g_autofree char *before = g_strdup (focused_row_title (dialog));
      FocusWait wait = { dialog, before };

      x_key ("Down");
      g_assert_true (iterate_until (focus_left, &wait));
    }
  g_assert_cmpstr (focused_row_title (dialog), ==, title);
}

typedef struct
{
  guint n;
} PlansWait;

static gboolean
plans_counted (gpointer data)
{
  PlansWait *wait = data;

  return count_plans () == wait->n;
}

static void
test_new_dialog_keyboard (void)
{
  g_autoptr(CalJob) job = import_job ("08-gitlab-sre-senior.md");
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  CalPlanEditor *editor;
  GtkStack *stack;
  PlansWait wait;
  guint n_plans;
  Ui ui = { 0 };

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed");
      return;
    }

  ui_open (&ui);
  if (!GDK_IS_X11_SURFACE (gtk_native_get_surface (GTK_NATIVE (ui.window))))
    {
      g_test_skip ("not running on X11");
      ui_close (&ui);
      return;
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  editor = cal_plans_view_get_editor (ui.view);
  stack = find_view_stack (GTK_WIDGET (ui.view));
  n_plans = count_plans ();

  /* Escape cancels: the dialog goes, no plan is made. */
  open_new_dialog_on_row (&ui, cal_job_get_title (job));
  x_key ("Escape");
  g_assert_true (iterate_until (new_dialog_gone, NULL));
  g_assert_cmpuint (count_plans (), ==, n_plans);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "editor");

  /* Return on a job's row drafts its plan. It used to activate the
   * dialog's default response (Cancel) instead: the dialog closed and
   * nothing was made. */
  open_new_dialog_on_row (&ui, cal_job_get_title (job));
  x_key ("Return");
  g_assert_true (iterate_until (new_dialog_gone, NULL));
  wait.n = n_plans + 1;
  g_assert_true (iterate_until (plans_counted, &wait));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "editor");
  g_assert_nonnull (cal_plan_editor_get_plan (editor));
  g_assert_cmpint (cal_plan_get_job_id (cal_plan_editor_get_plan (editor)), ==, cal_job_get_id (job));
  g_assert_cmpint (n_rows (editor, "learn"), >, 0);
  g_assert_cmpint (n_rows (editor, "diagnose"), >, 0);
  g_assert_cmpint (n_rows (editor, "act"), >, 0);

  /* Back to the list: the keyboard lands on the plan just left, not on
   * the editor's removed rows (where keys would go nowhere). */
  gtk_widget_activate_action (GTK_WIDGET (ui.view), "plans.show-list", NULL);
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (ui.window));

    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_get_mapped (focus));
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (cal_plans_view_get_plans_list (ui.view))));
  }

  /* Space on "Blank Plan" makes an empty plan tied to no job. */
  open_new_dialog_on_row (&ui, "Blank Plan");
  x_key ("space");
  g_assert_true (iterate_until (new_dialog_gone, NULL));
  wait.n = n_plans + 2;
  g_assert_true (iterate_until (plans_counted, &wait));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "editor");
  g_assert_cmpint (cal_plan_get_job_id (cal_plan_editor_get_plan (editor)), ==, 0);
  g_assert_cmpint (n_rows (editor, "learn") + n_rows (editor, "diagnose") + n_rows (editor, "act"), ==, 0);

  ui_close (&ui);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  dir = g_dir_make_tmp ("calibrd-plans-view-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (db_path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/plans-view/empty-state", test_empty_state);
  g_test_add_func ("/plans-view/draft-edit-reorder-and-reopen", test_draft_edit_reorder_and_reopen);
  g_test_add_func ("/plans-view/blank-plan-add-item", test_blank_plan_add_item);
  g_test_add_func ("/plans-view/new-dialog-keyboard", test_new_dialog_keyboard);

  status = g_test_run ();
  g_clear_object (&context);
  g_clear_object (&store);
  return status;
}
