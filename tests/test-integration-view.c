/* test-integration-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The paths between sections and in and out of the app, through the real
 * window on a real (Xvfb) display: the job page's Prepare rows, the
 * primary menu's backup, and the Stories section's Markdown import.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cal-application.h"
#include "cal-backup.h"
#include "cal-catalog.h"
#include "cal-jd-analyzer.h"
#include "cal-jobs-view.h"
#include "cal-guides-view.h"
#include "cal-plans-view.h"
#include "cal-stories-interop.h"
#include "cal-stories-view.h"
#include "cal-story-markdown.h"
#include "cal-window-data.h"
#include "cal-window.h"

static CalStore *store;
static CalContext *context;
static char *tmp_dir;

static void
iterate_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

/* The Stories section reads its bank in a worker. */
static gboolean
stories_loaded (gpointer view)
{
  return !cal_stories_view_get_loading (view);
}

static gboolean
is_set (gpointer pointer)
{
  return *(gpointer *) pointer != NULL;
}

static GtkWidget *
find_descendant_of_type (GtkWidget *root,
                         GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_of_type (child, type);
      if (found)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);
      if (found)
        return found;
    }

  return NULL;
}

/* Every label on show, so two views can be compared by what a user reads. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      g_string_append (text, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (text, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
shown_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

static CalWindow *
create_window (void)
{
  CalWindow *window = g_object_new (CAL_TYPE_WINDOW, "context", context, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (is_mapped, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
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

static guint
count_plans (gint64 job_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) plans = cal_store_list_plans (store, job_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (plans);
}

/* win.draft-plan, as the job page's row activates it: a plan for the job is
 * stored and the Plans section shows it in the editor. */
static void
test_draft_plan_action (void)
{
  g_autoptr(CalJob) job = import_job ("02-gitlab-backend-senior.md");
  CalWindow *window = create_window ();
  CalPlansView *plans;
  CalPlan *plan;

  g_assert_cmpuint (count_plans (cal_job_get_id (job)), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.draft-plan", "x", cal_job_get_id (job)));

  g_assert_cmpstr (cal_window_get_visible_section (window), ==, "plans");
  g_assert_cmpuint (count_plans (cal_job_get_id (job)), ==, 1);
  plans = CAL_PLANS_VIEW (find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_PLANS_VIEW));
  plan = cal_plan_editor_get_plan (cal_plans_view_get_editor (plans));
  g_assert_nonnull (plan);
  g_assert_cmpint (cal_plan_get_job_id (plan), ==, cal_job_get_id (job));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The job page's "Open Role Guide" row shows Guides on the job's track
 * and level: the same guide as asking the Guides view for it directly. */
static void
test_job_page_guide_row (void)
{
  g_autoptr(CalJob) job = import_job ("09-gitlab-engineering-manager.md");
  CalWindow *window = create_window ();
  CalWindow *reference = NULL;
  CalJobsView *jobs;
  GtkWidget *row, *guides;
  g_autofree char *via_row = NULL;
  g_autofree char *direct = NULL;
  const CalCatalogLevel *level;

  g_assert_cmpstr (cal_job_get_track (job), !=, "");
  g_assert_cmpstr (cal_job_get_level (job), !=, "");

  cal_window_show_section (window, "jobs");
  jobs = CAL_JOBS_VIEW (find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_JOBS_VIEW));
  cal_jobs_view_reload (jobs);
  g_assert_true (cal_jobs_view_show_job (jobs, cal_job_get_id (job)));
  row = find_named (GTK_WIDGET (jobs), "role-guide-row");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (row));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.show-guide");

  gtk_widget_activate (row);
  g_assert_cmpstr (cal_window_get_visible_section (window), ==, "guides");
  guides = find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_GUIDES_VIEW);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  via_row = shown_text (guides);

  reference = create_window ();
  cal_window_show_section (reference, "guides");
  guides = find_descendant_of_type (GTK_WIDGET (reference), CAL_TYPE_GUIDES_VIEW);
  cal_guides_view_show_guide (CAL_GUIDES_VIEW (guides), cal_job_get_track (job), cal_job_get_level (job));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (reference));
  direct = shown_text (guides);

  level = cal_catalog_get_level (cal_catalog_get_default (), cal_job_get_level (job));
  g_assert_nonnull (level);
  g_assert_nonnull (strstr (via_row, level->name));
  g_assert_cmpstr (via_row, ==, direct);

  gtk_window_destroy (GTK_WINDOW (reference));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_async_done (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Back Up… goes through cal_window_back_up_async: the file it writes is a
 * backup cal_backup_validate accepts, with an edit that was still only in
 * the autosave when the backup started. */
static void
test_back_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CalStory) story = cal_story_new ();
  g_autoptr(CalStore) copy = NULL;
  g_autoptr(GListModel) stories = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "menu.calibrd-backup", NULL);
  g_autofree char *restored = g_build_filename (tmp_dir, "restored", "calibrd.db", NULL);
  CalWindow *window = create_window ();
  gboolean found = FALSE;
  int version = 0;

  cal_story_set_title (story, "Pending when the backup started");
  cal_store_save_story (store, story, &error);
  g_assert_no_error (error);
  cal_story_set_title (story, "Renamed in the autosave only");
  cal_autosave_mark (cal_context_get_autosave (context), story);

  cal_window_back_up_async (window, path, NULL, on_async_done, &result);
  iterate_until (is_set, &result);
  g_assert_nonnull (result);
  g_assert_true (cal_window_back_up_finish (window, result, &error));
  g_assert_no_error (error);

  g_assert_true (cal_backup_validate (path, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, >, 0);

  /* Restored elsewhere, it holds the edit the menu flushed first. */
  g_assert_true (cal_backup_restore (path, restored, NULL, &error));
  g_assert_no_error (error);
  copy = cal_store_open (restored, &error);
  g_assert_no_error (error);
  stories = cal_store_list_stories (copy, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) s = g_list_model_get_item (stories, i);

      found |= g_strcmp0 (cal_story_get_title (s), "Renamed in the autosave only") == 0;
    }
  g_assert_true (found);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Import Markdown… through the preview and apply the menu uses: the list
 * grows by the notes that map, the dialog lists every note, and a note
 * that cannot be read is shown as skipped. */
static void
test_markdown_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(CalStory) story = cal_story_new ();
  g_autofree char *dir = g_build_filename (tmp_dir, "notes", NULL);
  g_autofree char *good = g_build_filename (dir, "led-migration.md", NULL);
  g_autofree char *other = g_test_build_filename (G_TEST_DIST, "data", "markdown", "01-obsidian-h3.md", NULL);
  g_autofree char *markdown = NULL;
  const char *paths[] = { good, other, NULL };
  CalWindow *window = create_window ();
  CalStoriesView *view;
  GtkWidget *dialog, *list;
  guint before, n = 0, n_rows = 0;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  cal_story_set_title (story, "Led the billing migration");
  cal_story_set_situation (story, "Billing ran on a database we had outgrown.");
  cal_story_set_action (story, "I planned the cut-over and ran it with two teams.");
  cal_story_set_result (story, "Zero downtime, and invoices went out 40% faster.");
  markdown = cal_story_to_markdown (story);
  g_assert_true (g_file_set_contents (good, markdown, -1, &error));
  g_assert_no_error (error);

  cal_window_show_section (window, "stories");
  view = CAL_STORIES_VIEW (find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_STORIES_VIEW));
  iterate_until (stories_loaded, view);
  g_assert_false (cal_stories_view_get_loading (view));
  before = g_list_model_get_n_items (cal_stories_view_get_stories (view));

  cal_stories_view_preview_import_async (view, (GStrv) paths, NULL, on_async_done, &result);
  iterate_until (is_set, &result);
  g_assert_nonnull (result);
  items = cal_stories_view_preview_import_finish (view, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (((CalStoryImportItem *) g_ptr_array_index (items, 0))->title, ==, "Led the billing migration");

  /* The dialog lists each note. */
  dialog = cal_stories_import_dialog_new (GTK_WINDOW (window), items);
  list = find_named (dialog, "import-list");
  g_assert_nonnull (list);
  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n_rows += ADW_IS_ACTION_ROW (c);
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "import"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (cal_stories_view_apply_import (view, items, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  iterate_until (stories_loaded, view);
  g_assert_false (cal_stories_view_get_loading (view));
  g_assert_cmpuint (g_list_model_get_n_items (cal_stories_view_get_stories (view)), ==, before + 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_story (CalStore   *in,
           const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stories = cal_store_list_stories (in, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (stories); i++)
    {
      g_autoptr(CalStory) s = g_list_model_get_item (stories, i);

      if (g_strcmp0 (cal_story_get_title (s), title) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
save_story (CalStore   *in,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStory) story = cal_story_new ();

  cal_story_set_title (story, title);
  g_assert_true (cal_store_save_story (in, story, &error));
  g_assert_no_error (error);
}

/* Restore… as the application does it, on the real app with its own data
 * folder (isolated by the test): the window comes back on the backup's
 * data, and the data it replaced is kept beside it. */
static void
test_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(CalApplication) app = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data_dir = NULL;
  GtkWindow *window, *reopened;
  CalContext *app_context;
  const char *name;
  gboolean kept = FALSE;

  g_setenv ("CALIBRD_NO_WELCOME", "1", TRUE);
  data_dir = g_build_filename (g_get_user_data_dir (), "calibrd", NULL);
  path = g_build_filename (g_get_user_data_dir (), "restore.calibrd-backup", NULL);

  app = cal_application_new ("com.calibrd.App.IntegrationTest", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CAL_IS_WINDOW (window));
  app_context = cal_application_get_context (app);
  g_assert_nonnull (app_context);
  g_assert_true (g_str_has_prefix (cal_store_get_path (cal_context_get_store (app_context)), data_dir));

  save_story (cal_context_get_store (app_context), "In the backup");
  cal_window_back_up_async (CAL_WINDOW (window), path, NULL, on_async_done, &result);
  iterate_until (is_set, &result);
  g_assert_true (cal_window_back_up_finish (CAL_WINDOW (window), result, &error));
  g_assert_no_error (error);
  save_story (cal_context_get_store (app_context), "Written after the backup");

  g_assert_true (cal_application_restore_backup (app, path));

  reopened = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (CAL_IS_WINDOW (reopened));
  g_assert_true (reopened != window);
  app_context = cal_application_get_context (app);
  g_assert_true (cal_window_get_context (CAL_WINDOW (reopened)) == app_context);
  g_assert_true (has_story (cal_context_get_store (app_context), "In the backup"));
  g_assert_false (has_story (cal_context_get_store (app_context), "Written after the backup"));

  /* Nothing is lost: the replaced database is beside the new one. */
  dir = g_dir_open (data_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    kept |= g_str_has_prefix (name, "calibrd.db.before-restore");
  g_assert_true (kept);

  gtk_window_destroy (reopened);
  g_application_quit (G_APPLICATION (app));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *db_path = NULL;
  int status;

  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  tmp_dir = g_dir_make_tmp ("calibrd-integration-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmp_dir, "calibrd.db", NULL);
  store = cal_store_open (db_path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/integration/draft-plan-action", test_draft_plan_action);
  g_test_add_func ("/integration/job-page-guide-row", test_job_page_guide_row);
  g_test_add_func ("/integration/back-up", test_back_up);
  g_test_add_func ("/integration/markdown-import", test_markdown_import);
  g_test_add_func ("/integration/restore", test_restore);

  status = g_test_run ();
  g_clear_object (&context);
  g_clear_object (&store);
  g_free (tmp_dir);
  return status;
}
