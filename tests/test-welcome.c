/* test-welcome.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first-run welcome, through the real CalApplication on a real (Xvfb)
 * display: shown only while show-welcome is true, and its example job
 * really creates a job, a story and a plan.
 */

#include "config.h"

#include <adwaita.h>

#include "cal-jobs-view.h"
#include "cal-welcome-window.h"
#include "cal-window.h"

static CalApplication *app;
static GSettings *settings;

static void
iterate_until (gboolean (*done) (gpointer), gpointer data, int seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
welcome_gone (gpointer data)
{
  return find_toplevel (CAL_TYPE_WELCOME_WINDOW) == NULL;
}

static gboolean
welcome_mapped (gpointer data)
{
  GtkWindow *welcome = find_toplevel (CAL_TYPE_WELCOME_WINDOW);

  return welcome != NULL && gtk_widget_get_mapped (GTK_WIDGET (welcome));
}

static GtkWidget *
find_button_with_action (GtkWidget  *root,
                         const char *action)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_with_action (child, action);
      if (found)
        return found;
    }

  return NULL;
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

static guint
count (GListModel *model)
{
  guint n;

  g_assert_nonnull (model);
  n = g_list_model_get_n_items (model);
  g_object_unref (model);

  return n;
}

static CalStore *
app_store (void)
{
  return cal_context_get_store (cal_application_get_context (app));
}

/* A fresh start: no main window, so activate makes one. */
static void
restart (void)
{
  GtkWindow *window;

  while ((window = find_toplevel (CAL_TYPE_WELCOME_WINDOW)) != NULL)
    gtk_window_destroy (window);
  while ((window = find_toplevel (CAL_TYPE_WINDOW)) != NULL)
    gtk_window_destroy (window);

  g_application_activate (G_APPLICATION (app));
  window = find_toplevel (CAL_TYPE_WINDOW);
  g_assert_nonnull (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
}

static void
test_welcome_not_shown_when_off (void)
{
  g_settings_set_boolean (settings, "show-welcome", FALSE);
  restart ();

  g_assert_null (find_toplevel (CAL_TYPE_WELCOME_WINDOW));
}

static void
test_welcome_not_shown_with_env (void)
{
  g_settings_set_boolean (settings, "show-welcome", TRUE);
  g_setenv ("CALIBRD_NO_WELCOME", "1", TRUE);
  restart ();
  g_unsetenv ("CALIBRD_NO_WELCOME");

  g_assert_null (find_toplevel (CAL_TYPE_WELCOME_WINDOW));
  g_assert_true (g_settings_get_boolean (settings, "show-welcome"));
}

static void
test_welcome_start_from_scratch (void)
{
  GtkWindow *welcome;
  GtkWidget *button;

  g_settings_set_boolean (settings, "show-welcome", TRUE);
  restart ();
  iterate_until (welcome_mapped, NULL, 5);
  welcome = find_toplevel (CAL_TYPE_WELCOME_WINDOW);
  g_assert_nonnull (welcome);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (welcome)));
  g_assert_true (gtk_window_get_transient_for (welcome) == find_toplevel (CAL_TYPE_WINDOW));

  button = find_button_with_action (GTK_WIDGET (welcome), "window.close");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  iterate_until (welcome_gone, NULL, 5);

  g_assert_null (find_toplevel (CAL_TYPE_WELCOME_WINDOW));
  g_assert_false (g_settings_get_boolean (settings, "show-welcome"));
  g_assert_cmpuint (count (cal_store_list_jobs (app_store (), NULL)), ==, 0);

  /* Dismissed means never again. */
  restart ();
  g_assert_null (find_toplevel (CAL_TYPE_WELCOME_WINDOW));
}

static void
test_welcome_try_example (void)
{
  g_autoptr(GListModel) jobs = NULL;
  g_autoptr(GListModel) stories = NULL;
  g_autoptr(CalJob) job = NULL;
  g_autoptr(CalStory) story = NULL;
  GtkWindow *welcome;
  GtkWindow *window;
  GtkWidget *button;
  GtkWidget *jobs_view;

  g_settings_set_boolean (settings, "show-welcome", TRUE);
  restart ();
  iterate_until (welcome_mapped, NULL, 5);
  welcome = find_toplevel (CAL_TYPE_WELCOME_WINDOW);
  g_assert_nonnull (welcome);

  button = find_button_with_action (GTK_WIDGET (welcome), "welcome.try-example");
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  iterate_until (welcome_gone, NULL, 30);
  g_assert_null (find_toplevel (CAL_TYPE_WELCOME_WINDOW));

  /* One job, one story, one plan, all in the database. */
  jobs = cal_store_list_jobs (app_store (), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 1);
  job = g_list_model_get_item (jobs, 0);
  g_assert_cmpstr (cal_job_get_company (job), ==, "Lanternfish Labs");
  g_assert_cmpstr (cal_job_get_level (job), !=, "");
  g_assert_true (g_str_has_prefix (cal_job_get_source_text (job),
                                   "This is an example job description written for Calibrd"));
  g_assert_cmpuint (count (cal_store_list_questions (app_store (), cal_job_get_id (job), NULL, NULL)), >, 0);

  stories = cal_store_list_stories (app_store (), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (stories), ==, 1);
  story = g_list_model_get_item (stories, 0);
  g_assert_true (g_str_has_prefix (cal_story_get_title (story), "Example: "));
  g_assert_cmpstr (cal_story_get_target_level (story), ==, cal_job_get_level (job));

  g_assert_cmpuint (count (cal_store_list_plans (app_store (), cal_job_get_id (job), NULL)), ==, 1);

  g_assert_false (g_settings_get_boolean (settings, "show-welcome"));

  /* And the user lands on the job's page. */
  window = find_toplevel (CAL_TYPE_WINDOW);
  g_assert_cmpstr (cal_window_get_visible_section (CAL_WINDOW (window)), ==, "jobs");
  jobs_view = find_descendant_of_type (GTK_WIDGET (window), CAL_TYPE_JOBS_VIEW);
  g_assert_nonnull (jobs_view);
  g_assert_cmpstr (cal_jobs_view_get_mode (CAL_JOBS_VIEW (jobs_view)), ==, "job");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  int status;

  /* The app opens its database in the user data folder: a throwaway one. */
  dir = g_dir_make_tmp ("calibrd-welcome-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  g_unsetenv ("CALIBRD_NO_WELCOME");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  settings = g_settings_new (SCHEMA_ID);
  app = cal_application_new ("com.calibrd.App.TestWelcome", G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/welcome/not-shown-when-off", test_welcome_not_shown_when_off);
  g_test_add_func ("/welcome/not-shown-with-env", test_welcome_not_shown_with_env);
  g_test_add_func ("/welcome/start-from-scratch", test_welcome_start_from_scratch);
  g_test_add_func ("/welcome/try-example", test_welcome_try_example);

  status = g_test_run ();
  g_clear_object (&app);
  g_clear_object (&settings);
  return status;
}
