/* test-practice-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Practice section in the real window, on a real (Xvfb) display, with
 * a real database: an answer spoken by flite goes through the same path a
 * recording takes after Stop (stored, transcribed, coached), and what the
 * user sees is checked. No audio server is needed.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cal-practice-view.h"
#include "cal-recorder-panel.h"
#include "cal-test-speech.h"

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
  return !cal_practice_view_get_analysing (view);
}

static gboolean
has_duration (gpointer player)
{
  return cal_player_get_duration (player) > 0;
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

static GtkLabel *
find_label_with_text (GtkWidget  *root,
                      const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label_with_text (child, text);
      if (found)
        return found;
    }

  return NULL;
}

/* Everything a sighted user could read in @root: labels, and the titles
 * and subtitles of rows, one per line; only widgets that are visible. */
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
  if (ADW_IS_EXPANDER_ROW (root) && adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (root)) != NULL)
    g_string_append_printf (out, "%s\n", adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (root)));
  if (ADW_IS_PREFERENCES_GROUP (root) && adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (root)) != NULL)
    g_string_append_printf (out, "%s\n", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (root)));

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

/* The section on its own in a window the size of the app's content
 * pane, wired the way CalWindow wires it: the context right after
 * construction. */
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

static CalQuestion *
own_question (const char *text)
{
  CalQuestion *question = cal_question_new ();
  g_autoptr(GError) error = NULL;

  cal_question_set_text (question, text);
  cal_question_set_source (question, "own");
  cal_store_save_question (cal_context_get_store (context), question, &error);
  g_assert_no_error (error);
  return question;
}

static void
test_practice_view_empty_state_and_chooser (void)
{
  CalPracticeView *view;
  GtkWindow *window = create_window (1100, &view);
  GtkWidget *stack = find_descendant_of_type (GTK_WIDGET (view), GTK_TYPE_STACK);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before = g_list_model_get_n_items (toplevels);
  GtkWindow *chooser = NULL;

  /* No attempt yet: the empty state, whose button opens the chooser. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "empty");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "practice.choose", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before + 1);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (g_str_equal (G_OBJECT_TYPE_NAME (toplevel), "CalQuestionChooser"))
        chooser = toplevel;
    }
  g_assert_nonnull (chooser);
  {
    g_autofree char *text = visible_text (GTK_WIDGET (chooser));

    /* The bank page lists catalog questions with their round. */
    g_assert_nonnull (strstr (text, "Tell me about a time"));
  }

  /* Choosing a question puts the keyboard on the record button (Space
   * starts the answer), and the question text is not left selected. */
  {
    g_autoptr(CalQuestion) question = own_question ("What would your last manager say about you?");
    GtkWidget *panel = GTK_WIDGET (cal_practice_view_get_recorder_panel (view));
    GtkWidget *focus;
    GtkLabel *label = NULL;
    int start, end;

    g_signal_emit_by_name (chooser, "chosen", question);
    gtk_window_destroy (chooser);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "question");
    focus = gtk_window_get_focus (window);
    g_assert_true (GTK_IS_BUTTON (focus));
    g_assert_true (gtk_widget_is_ancestor (focus, panel));
    label = find_label_with_text (GTK_WIDGET (view), "What would your last manager say about you?");
    g_assert_nonnull (label);
    g_assert_false (gtk_label_get_selection_bounds (label, &start, &end));
  }
  gtk_window_destroy (window);
}

static void
test_practice_view_no_microphone (void)
{
  CalPracticeView *view;
  GtkWindow *window = create_window (1100, &view);
  CalRecorderPanel *panel = cal_practice_view_get_recorder_panel (view);
  g_autoptr(CalQuestion) question = own_question ("What are you most proud of?");
  g_autoptr(GListModel) practices = NULL;

  cal_practice_view_set_question (view, question);
  cal_recorder_panel_start (panel);

  if (cal_recorder_panel_get_busy (panel))
    {
      /* A machine with a working audio server: nothing to check here. */
      cal_recorder_panel_discard (panel);
      gtk_window_destroy (window);
      g_test_skip ("an audio input is available");
      return;
    }

  /* Without a microphone the user is told what to do, and no attempt
   * points at a file that does not exist. */
  g_assert_nonnull (cal_recorder_panel_get_error (panel));
  g_assert_nonnull (strstr (cal_recorder_panel_get_error (panel), "microphone"));
  practices = cal_store_list_practices (cal_context_get_store (context), cal_question_get_id (question), 0, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 0);
  gtk_window_destroy (window);
}

static void
test_practice_view_attempt_from_file (void)
{
  CalPracticeView *view;
  GtkWindow *window = create_window (1280, &view);
  g_autoptr(CalQuestion) question = own_question ("Tell me about a time you fixed a reliability problem.");
  g_autofree char *wav = cal_test_speak (test_dir, "answer.wav", CAL_TEST_STAR_ANSWER);
  g_autofree char *wav2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CalPractice) stored = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  CalPractice *practice;
  CalPracticeAttempt *attempt;
  CalTranscriptView *transcript_view;
  CalTranscript *transcript;
  CalPlayer *player;
  const CalTranscriptWord *word;
  graphene_rect_t area;
  guint index, found = 0;
  const char *keywords[] = { CAL_TEST_STAR_KEYWORDS };

  if (wav == NULL)
    {
      gtk_window_destroy (window);
      g_test_skip ("flite is not installed");
      return;
    }

  cal_practice_view_set_question (view, question);
  cal_practice_view_set_target_level (view, "senior");

  practice = cal_practice_view_add_attempt_from_file (view, wav, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (practice);
  g_assert_true (cal_practice_view_get_analysing (view));
  iterate_until (is_idle, view, 120);
  g_assert_false (cal_practice_view_get_analysing (view));
  g_assert_null (cal_practice_view_get_error (view));

  /* Stored: transcript and report on the practice row. */
  stored = cal_store_get_practice (cal_context_get_store (context), cal_practice_get_id (practice), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_practice_get_audio_path (stored), ==, wav);
  g_assert_cmpint (cal_practice_get_question_id (stored), ==, cal_question_get_id (question));
  g_assert_cmpfloat (cal_practice_get_duration (stored), >, 5.0);
  g_assert_nonnull (strstr (cal_practice_get_transcript (stored), "\"words\""));
  g_assert_nonnull (strstr (cal_practice_get_report (stored), "\"wpm\""));
  g_assert_nonnull (strstr (cal_practice_get_report (stored), "\"target_level\":\"senior\""));

  /* The transcript shows the words heard. */
  attempt = cal_practice_view_get_attempt (view);
  transcript_view = cal_practice_attempt_get_transcript_view (attempt);
  words = cal_transcript_view_dup_text (transcript_view);
  for (guint i = 0; i < G_N_ELEMENTS (keywords); i++)
    found += cal_test_has_word (words, keywords[i]);
  g_assert_cmpuint (found, >=, 3);

  /* The report, with its labels. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  text = visible_text (GTK_WIDGET (attempt));
  g_assert_nonnull (strstr (text, "Duration"));
  g_assert_nonnull (strstr (text, "Pace"));
  g_assert_nonnull (strstr (text, "words a minute"));
  g_assert_nonnull (strstr (text, "Long pauses"));
  g_assert_nonnull (strstr (text, "Fillers"));
  g_assert_nonnull (strstr (text, "Hedges"));
  g_assert_nonnull (strstr (text, "STAR coverage"));
  g_assert_nonnull (strstr (text, "Impact first"));
  g_assert_nonnull (strstr (text, "aiming at Senior"));
  g_assert_nonnull (strstr (text, "What to Do Next Time"));
  g_assert_null (strstr (text, "Recording missing"));

  /* Clicking a word in the middle seeks the player to it. */
  player = cal_practice_attempt_get_player (attempt);
  iterate_until (has_duration, player, 10);
  g_assert_cmpfloat (cal_player_get_duration (player), >, 5.0);
  transcript = cal_transcript_view_get_transcript (transcript_view);
  index = cal_transcript_get_n_words (transcript) / 2;
  word = cal_transcript_get_word (transcript, index);
  g_assert_cmpfloat (word->start, >, 1.0);
  g_assert_true (cal_transcript_view_get_word_area (transcript_view, index, &area));
  g_assert_true (cal_transcript_view_activate_at (transcript_view,
                                                  area.origin.x + 2, area.origin.y + area.size.height / 2));
  g_assert_cmpfloat_with_epsilon (cal_player_get_position (player), word->start, 0.3);
  cal_player_pause (player);

  /* A second attempt: the history lists both. */
  g_file_get_contents (wav, &contents, &length, &error);
  g_assert_no_error (error);
  wav2 = g_build_filename (test_dir, "answer-2.wav", NULL);
  g_file_set_contents (wav2, contents, length, &error);
  g_assert_no_error (error);
  practice = cal_practice_view_add_attempt_from_file (view, wav2, 0, &error);
  g_assert_no_error (error);
  iterate_until (is_idle, view, 120);
  g_assert_cmpuint (cal_practice_history_get_n_attempts (cal_practice_view_get_history (view)), ==, 2);
  {
    g_autofree char *history = visible_text (GTK_WIDGET (cal_practice_view_get_history (view)));
    const char *first = strstr (history, "wpm");

    g_assert_nonnull (first);
    g_assert_nonnull (strstr (first + 1, "wpm"));
  }

  /* The recording goes missing: said so, transcript and report stay. */
  g_assert_cmpint (g_unlink (wav2), ==, 0);
  cal_practice_view_show_practice (view, practice);
  g_assert_true (cal_practice_attempt_get_recording_missing (attempt));
  g_clear_pointer (&text, g_free);
  text = visible_text (GTK_WIDGET (attempt));
  g_assert_nonnull (strstr (text, "Recording missing"));
  g_assert_nonnull (strstr (text, "STAR coverage"));
  g_clear_pointer (&words, g_free);
  words = cal_transcript_view_dup_text (transcript_view);
  g_assert_cmpuint (strlen (words), >, 20);

  gtk_window_destroy (window);
}

/* A recording cut short by a crash leaves a .part file (see
 * tests/test-crash-recording.c). When the section gets its context, before
 * anything can record, it points its recorder at the recordings folder
 * beside the database and removes such files, and only those. */
static void
test_practice_view_removes_stale_parts (void)
{
  g_autofree char *recordings = g_build_filename (test_dir, "recordings", NULL);
  g_autofree char *part = g_build_filename (recordings, "answer-20240101-120000-abcdef.ogg.part", NULL);
  g_autofree char *kept = g_build_filename (recordings, "answer-20240101-115500-012345.ogg", NULL);
  CalPracticeView *view;
  GtkWindow *window;
  CalRecorder *recorder;

  g_assert_cmpint (g_mkdir_with_parents (recordings, 0700), ==, 0);
  g_assert_true (g_file_set_contents (part, "OggS half an answer", -1, NULL));
  g_assert_true (g_file_set_contents (kept, "OggS a whole answer", -1, NULL));

  window = create_window (1100, &view);
  recorder = cal_recorder_panel_get_recorder (cal_practice_view_get_recorder_panel (view));
  g_assert_cmpstr (cal_recorder_get_directory (recorder), ==, recordings);
  g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));

  g_unlink (kept);
  gtk_window_destroy (window);
}

static void
test_practice_view_cancel (void)
{
  CalPracticeView *view;
  GtkWindow *window = create_window (1100, &view);
  g_autoptr(CalQuestion) question = own_question ("Why do you want this job?");
  g_autofree char *wav = cal_test_speak (test_dir, "cancel.wav", CAL_TEST_STAR_ANSWER);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalPractice) stored = NULL;
  CalPractice *practice;

  if (wav == NULL)
    {
      gtk_window_destroy (window);
      g_test_skip ("flite is not installed");
      return;
    }

  cal_practice_view_set_question (view, question);
  practice = cal_practice_view_add_attempt_from_file (view, wav, 15, &error);
  g_assert_no_error (error);
  cal_practice_view_cancel_analysis (view);
  iterate_until (is_idle, view, 30);
  g_assert_false (cal_practice_view_get_analysing (view));

  /* Cancelled: the attempt and its recording are kept, unanalysed. */
  g_assert_nonnull (cal_practice_view_get_error (view));
  stored = cal_store_get_practice (cal_context_get_store (context), cal_practice_get_id (practice), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cal_practice_get_transcript (stored), ==, "");
  g_assert_true (g_file_test (wav, G_FILE_TEST_EXISTS));

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

  /* A real database in a throwaway folder. */
  test_dir = g_dir_make_tmp ("calibrd-practice-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (test_dir, "calibrd.db", NULL);
  store = cal_store_open (path, &error);
  g_assert_no_error (error);
  settings = g_settings_new (SCHEMA_ID);
  context = cal_context_new (store, settings);

  g_test_add_func ("/practice-view/empty-state-and-chooser", test_practice_view_empty_state_and_chooser);
  g_test_add_func ("/practice-view/no-microphone", test_practice_view_no_microphone);
  g_test_add_func ("/practice-view/attempt-from-file", test_practice_view_attempt_from_file);
  g_test_add_func ("/practice-view/cancel", test_practice_view_cancel);
  g_test_add_func ("/practice-view/removes-stale-parts", test_practice_view_removes_stale_parts);

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
