/* test-transcriber.c: transcription of real audio files, no audio server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gst/gst.h>

#include "cal-media.h"
#include "cal-pocketsphinx-engine.h"
#include "cal-test-speech.h"
#include "cal-transcriber.h"

static char *tmp_dir;
static char *star_wav;
static CalTranscriber *shared_transcriber;

static void
assert_star_transcript (CalTranscript *transcript)
{
  const char *text = cal_transcript_get_text (transcript);
  double wer = cal_test_wer (CAL_TEST_STAR_ANSWER, text);
  double last_end = -1.0;

  g_test_message ("heard: %s (WER %.2f)", text, wer);
  g_assert_cmpstr (cal_transcript_get_engine (transcript), ==, "pocketsphinx");
  g_assert_cmpfloat (wer, <=, 0.5);
  g_assert_true (cal_test_has_words (text, CAL_TEST_STAR_KEYWORDS));

  /* flite speaks it in about 15 s; the decoder's clock is the audio's. */
  g_assert_cmpfloat (cal_transcript_get_duration (transcript), >, 14.0);
  g_assert_cmpfloat (cal_transcript_get_duration (transcript), <, 17.0);

  for (guint i = 0; i < cal_transcript_get_n_words (transcript); i++)
    {
      const CalTranscriptWord *word = cal_transcript_get_word (transcript, i);

      g_assert_false (word->word[0] == '<' || word->word[0] == '[');
      g_assert_null (strchr (word->word, '('));
      g_assert_cmpfloat (word->start, <=, word->end);
      g_assert_cmpfloat (word->start, >=, last_end - 1e-9);
      g_assert_cmpfloat (word->end, <=, cal_transcript_get_duration (transcript));
      last_end = word->end;
    }
  /* Speech starts at once and runs to the end, so the words do too. */
  g_assert_cmpfloat (cal_transcript_get_word (transcript, 0)->start, <, 1.0);
  g_assert_cmpfloat (last_end, >, cal_transcript_get_duration (transcript) - 2.0);
}

static void
test_transcriber_wav (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;

  if (star_wav == NULL)
    {
      g_test_skip ("flite is not installed");
      return;
    }

  file = g_file_new_for_path (star_wav);
  transcript = cal_transcriber_transcribe (shared_transcriber, file, NULL, &error);
  g_assert_no_error (error);
  assert_star_transcript (transcript);
}

typedef struct
{
  GMainLoop     *loop;
  CalTranscript *transcript;
  GError        *error;
  GArray        *fractions;
  GThread       *main_thread;
} AsyncState;

static void
on_progress (CalTranscriber *transcriber,
             double          fraction,
             AsyncState     *state)
{
  /* Progress is for the UI, so it must arrive on the caller's thread. */
  g_assert_true (g_thread_self () == state->main_thread);
  g_array_append_val (state->fractions, fraction);
}

static void
on_transcribed (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncState *state = user_data;

  state->transcript = cal_transcriber_transcribe_finish (CAL_TRANSCRIBER (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_transcriber_async_progress (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncState state = { loop, NULL, NULL, g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self () };
  gulong handler;

  if (star_wav == NULL)
    {
      g_test_skip ("flite is not installed");
      g_array_unref (state.fractions);
      return;
    }

  file = g_file_new_for_path (star_wav);
  handler = g_signal_connect (shared_transcriber, "progress", G_CALLBACK (on_progress), &state);
  cal_transcriber_transcribe_async (shared_transcriber, file, NULL, on_transcribed, &state);
  g_main_loop_run (loop);
  g_signal_handler_disconnect (shared_transcriber, handler);

  g_assert_no_error (state.error);
  assert_star_transcript (state.transcript);

  /* Several steps, rising, ending at 1. */
  g_assert_cmpuint (state.fractions->len, >=, 5);
  for (guint i = 1; i < state.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (state.fractions, double, i), >=,
                       g_array_index (state.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (state.fractions, double, state.fractions->len - 1), ==, 1.0);

  g_object_unref (state.transcript);
  g_array_unref (state.fractions);
}

static void
cancel_on_progress (CalTranscriber *transcriber,
                    double          fraction,
                    GCancellable   *cancellable)
{
  if (fraction > 0.2)
    g_cancellable_cancel (cancellable);
}

static void
test_transcriber_cancel (void)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncState state = { loop, NULL, NULL, NULL, NULL };
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GError) error = NULL;
  gulong handler;

  if (star_wav == NULL)
    {
      g_test_skip ("flite is not installed");
      return;
    }

  file = g_file_new_for_path (star_wav);
  handler = g_signal_connect (shared_transcriber, "progress", G_CALLBACK (cancel_on_progress), cancellable);
  cal_transcriber_transcribe_async (shared_transcriber, file, cancellable, on_transcribed, &state);
  g_main_loop_run (loop);
  g_signal_handler_disconnect (shared_transcriber, handler);

  g_assert_null (state.transcript);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&state.error);

  /* The engine is left clean for the next recording. */
  transcript = cal_transcriber_transcribe (shared_transcriber, file, NULL, &error);
  g_assert_no_error (error);
  assert_star_transcript (transcript);
}

static void
test_transcriber_not_audio (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "notes.ogg", NULL);
  g_autofree char *missing = g_build_filename (tmp_dir, "missing.ogg", NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GError) error = NULL;
  g_autoptr(CalTranscript) transcript = NULL;

  g_assert_true (g_file_set_contents (path, "These are notes, not sound.\n", -1, NULL));
  file = g_file_new_for_path (path);

  transcript = cal_transcriber_transcribe (shared_transcriber, file, NULL, &error);
  g_assert_null (transcript);
  g_assert_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE);
  g_assert_nonnull (strstr (error->message, "notes.ogg"));
  g_clear_error (&error);

  transcript = cal_transcriber_transcribe (shared_transcriber, missing_file, NULL, &error);
  g_assert_null (transcript);
  g_assert_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE);
  g_assert_nonnull (strstr (error->message, "missing.ogg"));
}

static void
test_transcriber_no_model (void)
{
  g_autofree char *empty = g_build_filename (tmp_dir, "no-model", NULL);
  g_autoptr(CalTranscriber) transcriber = NULL;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  g_assert_cmpint (g_mkdir_with_parents (empty, 0700), ==, 0);
  g_setenv ("CALIBRD_PS_MODEL_DIR", empty, TRUE);

  found = cal_pocketsphinx_engine_find_model_dir (&error);
  g_assert_null (found);
  g_assert_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL);
  g_assert_nonnull (strstr (error->message, "CALIBRD_PS_MODEL_DIR"));
  g_clear_error (&error);

  /* The transcriber reports it the same way, before decoding anything. */
  transcriber = cal_transcriber_new (NULL);
  file = g_file_new_for_path (star_wav != NULL ? star_wav : "/dev/null");
  transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
  g_assert_null (transcript);
  g_assert_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_MODEL);

  g_unsetenv ("CALIBRD_PS_MODEL_DIR");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_true (cal_media_init (NULL));
  g_unsetenv ("CALIBRD_PS_MODEL_DIR");

  tmp_dir = g_dir_make_tmp ("calibrd-transcriber-XXXXXX", NULL);
  star_wav = cal_test_speak (tmp_dir, "star.wav", CAL_TEST_STAR_ANSWER);
  shared_transcriber = cal_transcriber_new (NULL);

  g_test_add_func ("/transcriber/wav", test_transcriber_wav);
  g_test_add_func ("/transcriber/async-progress", test_transcriber_async_progress);
  g_test_add_func ("/transcriber/cancel", test_transcriber_cancel);
  g_test_add_func ("/transcriber/not-audio", test_transcriber_not_audio);
  g_test_add_func ("/transcriber/no-model", test_transcriber_no_model);

  status = g_test_run ();

  g_clear_object (&shared_transcriber);
  cal_test_rm_rf (tmp_dir);
  g_free (star_wav);
  g_free (tmp_dir);
  gst_deinit ();
  return status;
}
