/* test-jobs-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Jobs section in the real window, on a real (Xvfb) display, with a
 * real database: import a job description through the dialog, correct the
 * level, edit the loop, refuse bad input, search and delete.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cal-catalog.h"
#include "cal-cv-gaps-group.h"
#include "cal-jd-import-dialog.h"
#include "cal-job-loop-editor.h"
#include "cal-job-page.h"
#include "cal-jobs-view.h"
#include "cal-recruiter-email-dialog.h"
#include "cal-window.h"

static char *db_path;
static CalStore *store;
static CalContext *context;

typedef gboolean (*Condition) (gpointer data);

static gboolean
iterate_until (Condition done,
               gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);

  return done (data);
}

static void
iterate_for (guint msec)
{
  gint64 deadline = g_get_monotonic_time () + msec * 1000;

  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static GtkWidget *
find_descendant (GtkWidget  *root,
                 GType       type,
                 const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type, name);
      if (found)
        return found;
    }

  return NULL;
}

static gboolean
catalog_loaded (gpointer data)
{
  return cal_catalog_is_loaded (cal_catalog_get_default ());
}

static GtkWidget *
find_descendant_with_class (GtkWidget  *root,
                            const char *css_class)
{
  if (gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_with_class (child, css_class);
      if (found)
        return found;
    }

  return NULL;
}

static guint
count_with_class (GtkWidget  *root,
                  const char *css_class)
{
  guint n = gtk_widget_has_css_class (root, css_class) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_with_class (child, css_class);

  return n;
}

/* The jobs the list shows: its model's items (a GtkGridView builds rows
 * only for the ones on screen), 0 while it shows "no match" instead. */
static guint
count_list_rows (GtkGridView *list)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_STACK));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "jobs") != 0)
    return 0;
  return g_list_model_get_n_items (G_LIST_MODEL (gtk_grid_view_get_model (list)));
}

/* The row widgets the list view has built. */
static guint
count_built_rows (GtkGridView *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "activatable") || gtk_widget_get_first_child (child) != NULL)
      n++;
  return n;
}

/* The title the built row of @position shows. */
static const char *
row_title (GtkGridView *list,
           guint        position)
{
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child; child = gtk_widget_get_next_sibling (child), i++)
    if (i == position)
      {
        GtkWidget *label = find_descendant (child, GTK_TYPE_LABEL, NULL);

        g_assert_nonnull (label);
        return gtk_label_get_text (GTK_LABEL (label));
      }
  return NULL;
}

static CalWindow *
create_window (int width)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  cal_window_show_section (window, "jobs");

  return window;
}

static CalJobsView *
get_view (CalWindow *window)
{
  return CAL_JOBS_VIEW (find_descendant (GTK_WIDGET (window), CAL_TYPE_JOBS_VIEW, NULL));
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static CalJdImportDialog *
find_import_dialog (void)
{
  return find_toplevel (CAL_TYPE_JD_IMPORT_DIALOG);
}

static CalJdImportDialog *
open_import_dialog (CalJobsView *view)
{
  CalJdImportDialog *dialog;

  g_assert_null (find_import_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.add", NULL));
  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  iterate_until (is_mapped, dialog);

  return dialog;
}

static void
set_dialog_text (CalJdImportDialog *dialog,
                 const char        *text)
{
  GtkTextView *view = GTK_TEXT_VIEW (find_descendant (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW, NULL));

  g_assert_nonnull (view);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
read_jd (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "jds", name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static gboolean
view_shows_job (gpointer view)
{
  return g_strcmp0 (cal_jobs_view_get_mode (view), "job") == 0;
}

static gboolean
import_dialog_gone (gpointer data)
{
  return find_import_dialog () == NULL;
}

static gboolean
dialog_idle_cv (gpointer group)
{
  return !cal_cv_gaps_group_get_busy (group);
}

static gboolean
dialog_idle (gpointer dialog)
{
  return !cal_jd_import_dialog_get_busy (dialog);
}

static gint64
import_through_dialog (CalJobsView *view,
                       const char  *jd)
{
  g_autofree char *text = read_jd (jd);
  CalJdImportDialog *dialog = open_import_dialog (view);
  CalJobPage *page;

  set_dialog_text (dialog, text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.analyze", NULL));
  g_assert_true (iterate_until (import_dialog_gone, NULL));
  g_assert_true (iterate_until (view_shows_job, view));

  page = CAL_JOB_PAGE (find_descendant (GTK_WIDGET (view), CAL_TYPE_JOB_PAGE, NULL));
  return cal_job_get_id (cal_job_page_get_job (page));
}

static guint
n_stored_jobs (CalStore *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jobs = cal_store_list_jobs (s, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (jobs);
}

static const char *
combo_selected_string (AdwComboRow *row)
{
  GObject *item = adw_combo_row_get_selected_item (row);

  g_assert_true (GTK_IS_STRING_OBJECT (item));
  return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
}

static guint
combo_find (AdwComboRow *row,
            const char  *text)
{
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), text) == 0)
        return i;
    }
  g_assert_not_reached ();
}

/* The level and track names of the rows come from the catalog, which the
 * list does not wait for: they are there once it has loaded (this runs
 * first, before anything else in the process has read the catalog). */
static void
test_level_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalJob) job = cal_job_new ();
  CalWindow *window;
  CalJobsView *view;
  GtkGridView *list;
  GtkWidget *subtitle;

  cal_job_set_company (job, "Acme");
  cal_job_set_title (job, "Backend Engineer");
  cal_job_set_level (job, "senior");
  cal_job_set_track (job, "backend-engineer");
  g_assert_true (cal_store_save_job (store, job, &error));
  g_assert_no_error (error);

  window = create_window (1100);
  view = get_view (window);
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "list");
  list = GTK_GRID_VIEW (find_descendant (GTK_WIDGET (view), GTK_TYPE_GRID_VIEW, NULL));
  subtitle = find_descendant_with_class (GTK_WIDGET (list), "subtitle");
  g_test_message ("first drawn with: “%s”", subtitle != NULL ? gtk_label_get_text (GTK_LABEL (subtitle)) : "");
  g_assert_true (iterate_until (catalog_loaded, NULL));
  iterate_for (50);
  subtitle = find_descendant_with_class (GTK_WIDGET (list), "subtitle");
  g_assert_nonnull (subtitle);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (subtitle)), ==, "Acme · Senior · Backend Engineer");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (cal_store_delete_job (store, cal_job_get_id (job), &error));
  g_assert_no_error (error);
}

static void
test_import_and_correct_level (void)
{
  CalWindow *window = create_window (1100);
  CalJobsView *view = get_view (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) rounds = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(CalStore) reopened = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(CalContext) reopened_context = NULL;
  AdwComboRow *level_row;
  CalJobLoopEditor *loop;
  GtkWidget *company;
  gint64 id;

  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "empty");

  id = import_through_dialog (view, "02-gitlab-backend-senior.md");
  g_assert_cmpint (id, >, 0);

  /* The page shows what a user reads first: company, title, level. */
  company = find_descendant (GTK_WIDGET (view), GTK_TYPE_LABEL, "job-company");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (company)), ==, "GitLab");
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (find_descendant (GTK_WIDGET (view), GTK_TYPE_LABEL, "job-title"))),
                            "Backend Engineer"));
  level_row = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, "level-row"));
  g_assert_cmpstr (combo_selected_string (level_row), ==, "Senior");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (level_row)), "confidence"));

  /* Stored: the job, its loop and its predicted questions. */
  g_assert_cmpuint (n_stored_jobs (store), ==, 1);
  rounds = cal_store_list_rounds (store, 0, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rounds), >=, 3);
  questions = cal_store_list_questions (store, id, "predicted", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (questions), >=, 5);

  /* …and on screen: one row per round, one per predicted question. */
  loop = CAL_JOB_LOOP_EDITOR (find_descendant (GTK_WIDGET (view), CAL_TYPE_JOB_LOOP_EDITOR, NULL));
  g_assert_cmpuint (count_with_class (GTK_WIDGET (loop), "loop-round"), ==, g_list_model_get_n_items (rounds));
  g_assert_cmpuint (count_with_class (GTK_WIDGET (view), "question-row"), ==, g_list_model_get_n_items (questions));
  g_assert_cmpuint (count_with_class (GTK_WIDGET (view), "question-group"), >=, 2);

  /* The recruiter email names the company and the role. */
  {
    CalRecruiterEmailDialog *email;
    g_autofree char *body = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.draft-email", NULL));
    email = find_toplevel (CAL_TYPE_RECRUITER_EMAIL_DIALOG);
    g_assert_nonnull (email);
    body = cal_recruiter_email_dialog_dup_body (email);
    g_assert_nonnull (strstr (body, "GitLab"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (email), "email.copy", NULL));
    gtk_window_destroy (GTK_WINDOW (email));
  }

  /* The user knows better: this is a Staff role. */
  adw_combo_row_set_selected (level_row, combo_find (level_row, "Staff"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (level_row)), "Set by you"));
  g_assert_true (cal_autosave_flush (cal_context_get_autosave (context), &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (window));

  /* A second connection reads what the first one wrote. */
  reopened = cal_store_open (db_path, &error);
  g_assert_no_error (error);
  job = cal_store_get_job (reopened, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_job_get_level (job), ==, "staff");
  g_assert_nonnull (strstr (cal_job_get_overrides (job), "\"staff\""));
  /* The analysis itself is untouched: it still says Senior. */
  g_assert_nonnull (strstr (cal_job_get_analysis (job), "\"senior\""));

  /* And the correction wins when the job is shown again. */
  reopened_context = cal_context_new (reopened, cal_context_get_settings (context));
  window = g_object_new (CAL_TYPE_WINDOW, "context", reopened_context, NULL);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  view = get_view (window);
  g_assert_true (cal_jobs_view_show_job (view, id));
  level_row = ADW_COMBO_ROW (find_descendant (GTK_WIDGET (view), ADW_TYPE_COMBO_ROW, "level-row"));
  g_assert_cmpstr (combo_selected_string (level_row), ==, "Staff");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
error_shown (gpointer dialog)
{
  return !cal_jd_import_dialog_get_busy (dialog) && cal_jd_import_dialog_get_error (dialog) != NULL;
}

static GtkWidget *
find_visible_error_label (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_has_css_class (root, "error") && gtk_widget_get_visible (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_visible_error_label (child);
      if (found)
        return found;
    }
  return NULL;
}

static void
test_bad_input (void)
{
  CalWindow *window = create_window (1100);
  CalJobsView *view = get_view (window);
  guint before = n_stored_jobs (store);
  CalJdImportDialog *dialog;
  GtkWidget *label;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  static const guint8 binary[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                   0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66, 0, 0, 0 };

  dialog = open_import_dialog (view);

  /* Whitespace only. */
  set_dialog_text (dialog, "   \n\t  \n");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.analyze", NULL);
  g_assert_true (iterate_until (error_shown, dialog));
  label = find_visible_error_label (GTK_WIDGET (dialog));
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, cal_jd_import_dialog_get_error (dialog));
  g_assert_cmpuint (n_stored_jobs (store), ==, before);

  /* A binary file, as a drop or Open File… would hand it over. */
  file = g_file_new_tmp ("calibrd-binary-XXXXXX.md", &stream, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (stream)), binary, sizeof binary,
                             NULL, NULL, &error);
  g_assert_no_error (error);
  g_io_stream_close (G_IO_STREAM (stream), NULL, NULL);
  cal_jd_import_dialog_open_file (dialog, file);
  g_assert_true (cal_jd_import_dialog_get_busy (dialog));
  g_assert_true (iterate_until (dialog_idle, dialog));
  g_assert_nonnull (cal_jd_import_dialog_get_error (dialog));
  g_assert_nonnull (strstr (cal_jd_import_dialog_get_error (dialog), "not a text document"));
  g_assert_cmpuint (n_stored_jobs (store), ==, before);

  /* The dialog stays open and keeps the text, so nothing is lost. */
  g_assert_true (find_import_dialog () == dialog);
  g_assert_true (gtk_widget_get_visible (find_visible_error_label (GTK_WIDGET (dialog))));
  g_file_delete (file, NULL, NULL);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);
      if (found)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);
      if (found)
        return found;
    }
  return NULL;
}

typedef struct
{
  GtkGridView *list;
  guint        rows;
} RowCount;

static gboolean
list_has_rows (gpointer data)
{
  RowCount *count = data;

  return count_list_rows (count->list) == count->rows;
}

static void
test_search_and_delete (void)
{
  CalWindow *window = create_window (1100);
  CalJobsView *view = get_view (window);
  GtkGridView *list;
  GtkEditable *entry;
  RowCount count;
  GtkWidget *undo;
  gint64 posthog;
  guint before;

  posthog = import_through_dialog (view, "26-posthog-sre.md");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.back", NULL));
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "list");

  before = n_stored_jobs (store);
  g_assert_cmpuint (before, >=, 2);
  list = GTK_GRID_VIEW (find_descendant (GTK_WIDGET (view), GTK_TYPE_GRID_VIEW, NULL));
  g_assert_cmpuint (count_list_rows (list), ==, before);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (count_built_rows (list), ==, before);

  /* Typing filters the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.search", NULL));
  entry = GTK_EDITABLE (find_descendant (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY, NULL));
  gtk_editable_set_text (entry, "posthog");
  count = (RowCount) { list, 1 };
  g_assert_true (iterate_until (list_has_rows, &count));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (row_title (list, 0), ==, "Site Reliability Engineer");

  /* Nothing matches: the list says so. */
  gtk_editable_set_text (entry, "zzyzx");
  count = (RowCount) { list, 0 };
  g_assert_true (iterate_until (list_has_rows, &count));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (find_label (GTK_WIDGET (view), "No job matches your search")));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (list)));

  gtk_editable_set_text (entry, "");
  count = (RowCount) { list, before };
  g_assert_true (iterate_until (list_has_rows, &count));

  /* Activating a row (a click, or Enter on it) opens its job. */
  {
    g_autoptr(CalJobSummary) first = g_list_model_get_item (G_LIST_MODEL (gtk_grid_view_get_model (list)), 0);
    CalJobPage *page = CAL_JOB_PAGE (find_descendant (GTK_WIDGET (view), CAL_TYPE_JOB_PAGE, NULL));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", 0));
    g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "job");
    g_assert_cmpint (cal_job_get_id (cal_job_page_get_job (page)), ==, cal_job_summary_get_id (first));
    /* The page holds the whole job, description and all. */
    g_assert_cmpstr (cal_job_get_source_text (cal_job_page_get_job (page)), !=, "");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.back", NULL));
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "list");

  /* Deleting hides the job at once and keeps it until the undo toast goes. */
  g_assert_true (cal_jobs_view_show_job (view, posthog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.delete", NULL));
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "list");
  g_assert_cmpuint (count_list_rows (list), ==, before - 1);
  g_assert_cmpuint (n_stored_jobs (store), ==, before);

  /* Undo brings it back, on its page, and in the list. */
  undo = find_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "job");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.back", NULL));
  g_assert_cmpuint (count_list_rows (list), ==, before);
  iterate_for (100);
  g_assert_cmpuint (n_stored_jobs (store), ==, before);

  /* Deleted again, for good this time. */
  g_assert_true (cal_jobs_view_show_job (view, posthog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "jobs.delete", NULL));
  g_assert_cmpuint (count_list_rows (list), ==, before - 1);

  /* Closing the window while the toast is up carries the deletion out. */
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (100);
  g_assert_cmpuint (n_stored_jobs (store), ==, before - 1);
}

static void
test_edit_loop (void)
{
  CalWindow *window = create_window (400);
  CalJobsView *view = get_view (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) jobs = cal_store_list_jobs (store, &error);
  g_autoptr(CalJob) job = g_list_model_get_item (jobs, 0);
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(CalRound) first = NULL;
  g_autoptr(CalRound) moved = NULL;
  CalJobLoopEditor *loop;
  GListModel *rounds;
  guint n;
  gint64 first_id;

  g_assert_true (cal_jobs_view_show_job (view, cal_job_get_id (job)));
  loop = CAL_JOB_LOOP_EDITOR (find_descendant (GTK_WIDGET (view), CAL_TYPE_JOB_LOOP_EDITOR, NULL));
  rounds = cal_job_loop_editor_get_rounds (loop);
  n = g_list_model_get_n_items (rounds);
  g_assert_cmpuint (n, >=, 2);
  first = g_list_model_get_item (rounds, 0);
  first_id = cal_round_get_id (first);

  /* Add one, move the first one down, remove the new one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (loop), "loop.add", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, n + 1);
  cal_job_loop_editor_move_round (loop, 0, 1);
  cal_job_loop_editor_remove_round (loop, n);
  g_assert_true (cal_autosave_flush (cal_context_get_autosave (context), &error));
  g_assert_no_error (error);

  stored = cal_store_list_rounds (store, 0, cal_job_get_id (job), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, n);
  moved = g_list_model_get_item (stored, 1);
  g_assert_cmpint (cal_round_get_id (moved), ==, first_id);
  g_assert_cmpint (cal_round_get_position (moved), ==, 1);

  /* A CV: the skills it shows are matched, the others listed as gaps. */
  {
    static const char cv_text[] =
      "# Alex Example\n\n"
      "- Built Ruby on Rails services for six years and led code review for the team.\n"
      "- Mentored two junior engineers and ran the on-call rotation.\n";
    CalCvGapsGroup *cv = CAL_CV_GAPS_GROUP (find_descendant (GTK_WIDGET (view), CAL_TYPE_CV_GAPS_GROUP, NULL));
    g_autofree char *cv_path = g_build_filename (g_get_tmp_dir (), "calibrd-test-cv.md", NULL);
    g_autoptr(GFile) cv_file = g_file_new_for_path (cv_path);
    g_autoptr(GListModel) cvs = NULL;

    g_file_set_contents (cv_path, cv_text, -1, &error);
    g_assert_no_error (error);
    cal_cv_gaps_group_import_file (cv, cv_file);
    g_assert_true (cal_cv_gaps_group_get_busy (cv));
    g_assert_true (iterate_until (dialog_idle_cv, cv));
    cvs = cal_store_list_cvs (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (cvs), ==, 1);
    g_assert_cmpuint (count_with_class (GTK_WIDGET (cv), "cv-match"), ==, 1);
    g_assert_cmpuint (count_with_class (GTK_WIDGET (cv), "cv-gap"), >=, 1);
    g_unlink (cv_path);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A long list builds rows for the jobs on screen only, and reads no job
 * in full until one is opened, wherever it is in the list. */
static void
test_many_jobs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *text = read_jd ("02-gitlab-backend-senior.md");
  CalWindow *window;
  CalJobsView *view;
  GtkGridView *list;
  GtkAdjustment *vadjustment;
  CalJobPage *page;
  g_autoptr(CalJobSummary) last = NULL;
  guint n;

  for (guint i = 0; i < 500; i++)
    {
      CalJob *job = cal_job_new ();
      g_autofree char *title = g_strdup_printf ("Bulk Engineer %u", i);

      cal_job_set_company (job, "Bulk Inc");
      cal_job_set_title (job, title);
      cal_job_set_level (job, "senior");
      cal_job_set_source_text (job, text);
      g_ptr_array_add (jobs, job);
    }
  g_assert_true (cal_store_save_all (store, jobs, &error));
  g_assert_no_error (error);
  n = n_stored_jobs (store);

  window = create_window (1100);
  view = get_view (window);
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "list");
  list = GTK_GRID_VIEW (find_descendant (GTK_WIDGET (view), GTK_TYPE_GRID_VIEW, NULL));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (count_list_rows (list), ==, n);
  g_test_message ("%u rows built for %u jobs", count_built_rows (list), n);
  g_assert_cmpuint (count_built_rows (list), >=, 5);
  g_assert_cmpuint (count_built_rows (list), <=, 60);

  /* Scrolled to the end: still a screenful of rows. */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate_for (50);
  g_assert_cmpuint (count_built_rows (list), <=, 60);

  /* The last job opens, in full. */
  last = g_list_model_get_item (G_LIST_MODEL (gtk_grid_view_get_model (list)), n - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "list.activate-item", "u", n - 1));
  g_assert_cmpstr (cal_jobs_view_get_mode (view), ==, "job");
  page = CAL_JOB_PAGE (find_descendant (GTK_WIDGET (view), CAL_TYPE_JOB_PAGE, NULL));
  g_assert_cmpint (cal_job_get_id (cal_job_page_get_job (page)), ==, cal_job_summary_get_id (last));
  g_assert_cmpstr (cal_job_get_source_text (cal_job_page_get_job (page)), !=, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* A real database in a throwaway folder. */
  dir = g_dir_make_tmp ("calibrd-jobs-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (dir, "calibrd.db", NULL);
  store = cal_store_open (db_path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  /* The order matters: each case builds on the jobs the one before stored. */
  g_test_add_func ("/jobs-view/level-names", test_level_names);
  g_test_add_func ("/jobs-view/import-and-correct-level", test_import_and_correct_level);
  g_test_add_func ("/jobs-view/bad-input", test_bad_input);
  g_test_add_func ("/jobs-view/search-and-delete", test_search_and_delete);
  g_test_add_func ("/jobs-view/edit-loop", test_edit_loop);
  g_test_add_func ("/jobs-view/many-jobs", test_many_jobs);

  status = g_test_run ();
  g_clear_object (&context);
  g_clear_object (&store);
  g_free (db_path);
  return status;
}
