/* test-think-aloud-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The think-aloud mode of the Practice section on a real (Xvfb) display
 * with a real database: a session spoken by flite, with 6 s of silence in
 * the middle made by sox, goes through the path a recording takes after
 * Stop (stored, transcribed, analysed), and what the user sees is checked.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cal-practice-view.h"
#include "cal-test-speech.h"

#define FIRST "First I will ask a clarifying question. What if the input is empty?"
#define SECOND "The time complexity is linear. To summarise, we use a hash map."
#define GAP_S 6.0
#define PROMPT_ID "coding-top-k-words"

static CalContext *context;
static char *test_dir;

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer  data,
               int       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static gboolean
is_idle (gpointer view)
{
  return !cal_think_aloud_view_get_analysing (view);
}

static void
collect_text (GtkWidget *root,
              GString   *out)
{
  if (!gtk_widget_get_visible (root))
    return;

  if (GTK_IS_LABEL (root))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  if (ADW_IS_PREFERENCES_ROW (root))
    g_string_append_printf (out, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)));
  if (ADW_IS_ACTION_ROW (root) && adw_action_row_get_subtitle (ADW_ACTION_ROW (root)) != NULL)
    g_string_append_printf (out, "%s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

static char *
visible_text (GtkWidget *root)
{
  GString *out = g_string_new (NULL);

  collect_text (root, out);
  return g_string_free (out, FALSE);
}

/* Rows of @root with the CSS class @name that are shown. */
static guint
count_class (GtkWidget  *root,
             const char *name)
{
  guint n = 0;

  if (!gtk_widget_get_visible (root))
    return 0;
  n += gtk_widget_has_css_class (root, name);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_class (child, name);
  return n;
}

static gboolean
run_sox (const char * const *args)
{
  g_autofree char *sox = g_find_program_in_path ("sox");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  int status = -1;

  if (sox == NULL)
    return FALSE;
  g_ptr_array_add (argv, sox);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  return g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) &&
         g_spawn_check_wait_status (status, NULL);
}

static GtkWindow *
create_window (int               width,
               CalPracticeView **view)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());

  *view = CAL_PRACTICE_VIEW (cal_practice_view_new ());
  cal_section_set_context (CAL_SECTION (*view), context);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (*view));
  gtk_window_set_default_size (window, width, 800);
  gtk_window_present (window);
  iterate_until (is_mapped, *view, 5);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static void
test_think_aloud_view_prompts (void)
{
  CalPracticeView *view;
  GtkWindow *window = create_window (400, &view);
  CalThinkAloudView *think = cal_practice_view_get_think_aloud_view (view);
  g_autofree char *text = NULL;
  int min_width = 0;

  /* The way in: the empty Practice page offers it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "practice.think-aloud", NULL));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (think)));
  text = visible_text (GTK_WIDGET (think));
  g_assert_nonnull (strstr (text, "Coding ·"));
  g_assert_nonnull (strstr (text, "System design ·"));
  g_assert_nonnull (strstr (text, "minutes"));

  /* Narrow enough for a phone. */
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 400);

  g_assert_false (cal_think_aloud_view_set_prompt (think, "no-such-prompt"));
  g_assert_true (cal_think_aloud_view_set_prompt (think, PROMPT_ID));
  g_clear_pointer (&text, g_free);
  text = visible_text (GTK_WIDGET (think));
  /* The countdown starts from the setting, 10 minutes by default. */
  g_assert_nonnull (strstr (text, "10:00"));
  g_assert_nonnull (strstr (text, "Scratch Pad"));

  gtk_window_destroy (window);
}

static void
test_think_aloud_view_attempt_from_file (void)
{
  g_autofree char *first = cal_test_speak (test_dir, "think-first.wav", FIRST);
  g_autofree char *second = cal_test_speak (test_dir, "think-second.wav", SECOND);
  g_autofree char *padded = g_build_filename (test_dir, "think-first-padded.wav", NULL);
  g_autofree char *joined = g_build_filename (test_dir, "think-aloud.wav", NULL);
  g_autoptr(CalPractice) stored = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *history = NULL;
  CalPracticeView *view;
  CalThinkAloudView *think;
  CalPractice *practice;
  GtkWindow *window;
  double gap = -1;
  gint64 id;
  const char *quiet;

  if (first == NULL || second == NULL)
    {
      g_test_skip ("flite is not installed");
      return;
    }
  if (!run_sox ((const char *[]) { first, padded, "pad", "0", "6", NULL }) ||
      !run_sox ((const char *[]) { padded, second, joined, NULL }))
    {
      g_test_skip ("sox is not installed or cannot join the utterances");
      return;
    }

  window = create_window (1100, &view);
  think = cal_practice_view_get_think_aloud_view (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "practice.think-aloud", NULL));
  g_assert_true (cal_think_aloud_view_set_prompt (think, PROMPT_ID));
  cal_think_aloud_view_set_scratch_pad (think, "count words with a hash map, then a heap of size k");

  practice = cal_think_aloud_view_add_attempt_from_file (think, joined, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (practice);
  /* The view swaps in the stored copy once analysed: keep the id. */
  id = cal_practice_get_id (practice);
  g_assert_cmpint (id, >, 0);
  g_assert_true (cal_think_aloud_view_get_analysing (think));
  iterate_until (is_idle, think, 120);
  g_assert_false (cal_think_aloud_view_get_analysing (think));
  g_assert_null (cal_think_aloud_view_get_error (think));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The silence: "You went quiet here" with about 6 s. */
  text = visible_text (cal_think_aloud_view_get_report (think));
  g_test_message ("report:\n%s", text);
  quiet = strstr (text, "You went quiet here");
  g_assert_nonnull (quiet);
  g_assert_nonnull (strstr (quiet, "for "));
  gap = g_ascii_strtod (strstr (quiet, "for ") + 4, NULL);
  g_assert_cmpfloat (gap, >=, GAP_S - 1.5);
  g_assert_cmpfloat (gap, <=, GAP_S + 1.5);

  /* All eight checkpoints listed, at least one ticked with its time. */
  g_assert_cmpuint (count_class (cal_think_aloud_view_get_report (think), "checkpoint-made") +
                    count_class (cal_think_aloud_view_get_report (think), "checkpoint-missed"), ==, 8);
  g_assert_cmpuint (count_class (cal_think_aloud_view_get_report (think), "checkpoint-made"), >=, 1);
  g_assert_nonnull (strstr (text, "Ended with a summary"));
  g_assert_nonnull (strstr (text, "words a minute"));
  g_assert_nonnull (strstr (text, "hash map, then a heap"));

  /* The report still fits a phone-sized window. */
  {
    int min_width = 0;

    gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
    g_assert_cmpint (min_width, <=, 400);
  }

  /* In the history, and in the database as a think-aloud practice. */
  g_assert_cmpuint (cal_think_aloud_view_get_n_attempts (think), ==, 1);
  history = visible_text (GTK_WIDGET (think));
  g_assert_nonnull (strstr (history, "Longest silence"));

  stored = cal_store_get_practice (cal_context_get_store (context), id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_practice_get_mode (stored), ==, "think-aloud");
  g_assert_cmpstr (cal_practice_get_audio_path (stored), ==, joined);
  g_assert_nonnull (strstr (cal_practice_get_transcript (stored), "\"words\""));
  g_assert_nonnull (strstr (cal_practice_get_report (stored), "\"longest_silence_s\""));
  g_assert_nonnull (strstr (cal_practice_get_report (stored), "\"scratch_pad\":\"count words"));
  g_assert_nonnull (strstr (cal_practice_get_report (stored), "\"id\":\"" PROMPT_ID "\""));

  /* A fresh Practice section comes back to the prompt and its report. */
  gtk_window_destroy (window);
  window = create_window (1100, &view);
  think = cal_practice_view_get_think_aloud_view (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (think)));
  g_assert_cmpstr (cal_think_aloud_view_get_prompt_id (think), ==, PROMPT_ID);
  g_assert_cmpuint (cal_think_aloud_view_get_n_attempts (think), ==, 1);
  g_clear_pointer (&text, g_free);
  text = visible_text (cal_think_aloud_view_get_report (think));
  g_assert_nonnull (strstr (text, "You went quiet here"));

  /* The behavioural history does not list it. */
  all = cal_store_list_practices (cal_context_get_store (context), 0, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 1);

  /* Deleting it asks first, then the history is empty and the file that
   * the app did not record is kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (think), "think-aloud.delete-attempt", "x", id));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (item))
          dialog = ADW_MESSAGE_DIALOG (item);
      }
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "delete");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_cmpuint (cal_think_aloud_view_get_n_attempts (think), ==, 0);
  g_assert_false (gtk_widget_get_visible (cal_think_aloud_view_get_report (think)));
  g_clear_object (&stored);
  stored = cal_store_get_practice (cal_context_get_store (context), id, NULL);
  g_assert_null (stored);
  g_assert_true (g_file_test (joined, G_FILE_TEST_IS_REGULAR));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *path = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  test_dir = g_dir_make_tmp ("calibrd-think-aloud-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (test_dir, "calibrd.db", NULL);
  store = cal_store_open (path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/think-aloud-view/prompts", test_think_aloud_view_prompts);
  g_test_add_func ("/think-aloud-view/attempt-from-file", test_think_aloud_view_attempt_from_file);

  status = g_test_run ();
  g_clear_object (&context);
  g_clear_object (&store);
  {
    g_autofree char *recordings = g_build_filename (test_dir, "recordings", NULL);

    cal_test_rm_rf (recordings);
  }
  cal_test_rm_rf (test_dir);
  g_free (test_dir);
  return status;
}
