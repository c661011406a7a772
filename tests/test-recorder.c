/* test-recorder.c: record speech through a (virtual) microphone, play it
 * back, transcribe it. Runs under with-virtual-mic.sh.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <glib/gstdio.h>

#include "cal-coach.h"
#include "cal-coach-report.h"
#include "cal-media.h"
#include "cal-player.h"
#include "cal-recorder.h"
#include "cal-test-media.h"
#include "cal-test-speech.h"
#include "cal-think-aloud.h"
#include "cal-transcriber.h"

static char *tmp_dir;
static char *recorded;   /* the .ogg of the end-to-end test, for the player */

static void
on_child_exited (GPid     pid,
                 int      status,
                 gpointer user_data)
{
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_spawn_close_pid (pid);
  *(gboolean *) user_data = TRUE;
}

static void
on_stopped (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CalTestFinished *stopped = user_data;

  stopped->path = cal_recorder_stop_finish (CAL_RECORDER (source), result, &stopped->error);
  stopped->done = TRUE;
}

static void
on_state_notify (CalRecorder *recorder,
                 GParamSpec  *pspec,
                 gboolean    *recording)
{
  if (cal_recorder_get_state (recorder) == CAL_RECORDER_STATE_RECORDING)
    *recording = TRUE;
}

static void
test_recorder_speech (void)
{
  g_autofree char *wav = NULL;
  g_autofree char *dir = g_build_filename (tmp_dir, "recordings", NULL);
  g_autofree char *paplay = g_find_program_in_path ("paplay");
  g_autoptr(CalRecorder) recorder = cal_recorder_new ();
  g_autoptr(CalTranscriber) transcriber = NULL;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  CalTestFinished stopped = { 0 };
  gboolean recording = FALSE;
  gboolean played = FALSE;
  GPid pid;
  const char *text;
  double wav_duration, ogg_duration, wer;
  struct stat st;

  wav = cal_test_speak (tmp_dir, "answer.wav", CAL_TEST_STAR_ANSWER);
  if (wav == NULL || paplay == NULL)
    {
      g_test_skip ("flite or paplay is not installed");
      return;
    }
  wav_duration = cal_test_audio_duration (wav);

  /* The default input: the virtual microphone of with-virtual-mic.sh. */
  cal_recorder_set_directory (recorder, dir);
  g_signal_connect (recorder, "notify::state", G_CALLBACK (on_state_notify), &recording);
  g_assert_true (cal_recorder_start (recorder, &error));
  g_assert_no_error (error);
  cal_test_wait_for (&recording, 20, "the recorder to reach PLAYING");

  /* Speak into the microphone. */
  {
    const char *argv[] = { paplay, "--device=vmic_sink", wav, NULL };

    g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                  NULL, NULL, &pid, &error));
    g_assert_no_error (error);
    g_child_watch_add (pid, on_child_exited, &played);
    cal_test_wait_for (&played, 60, "paplay");
  }

  g_assert_cmpint (cal_recorder_get_state (recorder), ==, CAL_RECORDER_STATE_RECORDING);
  g_assert_cmpfloat (cal_recorder_get_peak (recorder), >, CAL_RECORDER_SILENCE_FLOOR_DB);
  g_assert_cmpfloat (cal_recorder_get_peak (recorder), >, -30.0);
  cal_recorder_stop_async (recorder, NULL, on_stopped, &stopped);
  cal_test_wait_for (&stopped.done, 20, "the recording to stop");
  g_assert_no_error (stopped.error);
  g_assert_nonnull (stopped.path);

  g_assert_true (g_str_has_suffix (stopped.path, ".ogg"));
  g_assert_cmpint (g_stat (stopped.path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  ogg_duration = cal_test_audio_duration (stopped.path);
  g_test_message ("WAV %.2f s, recording %.2f s, peak %.1f dB", wav_duration, ogg_duration,
                  cal_recorder_get_peak (recorder));
  g_assert_cmpfloat (ABS (ogg_duration - wav_duration), <=, 1.5);

  /* What was heard is what was said. */
  transcriber = cal_transcriber_new (NULL);
  file = g_file_new_for_path (stopped.path);
  transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
  g_assert_no_error (error);
  text = cal_transcript_get_text (transcript);
  wer = cal_test_wer (CAL_TEST_STAR_ANSWER, text);
  g_test_message ("heard: %s (WER %.2f)", text, wer);
  g_assert_cmpfloat (wer, <=, 0.5);
  g_assert_true (cal_test_has_words (text, CAL_TEST_STAR_KEYWORDS));
  g_assert_cmpfloat_with_epsilon (cal_transcript_get_duration (transcript), ogg_duration, 0.2);

  /* The pace from the transcript matches the words said ÷ their duration. */
  {
    g_auto(GStrv) said = cal_test_words (CAL_TEST_STAR_ANSWER);
    double wpm = cal_transcript_get_n_words (transcript) / (cal_transcript_get_duration (transcript) / 60.0);
    double expected = g_strv_length (said) / (wav_duration / 60.0);

    g_test_message ("pace %.0f wpm, expected about %.0f", wpm, expected);
    g_assert_cmpfloat (ABS (wpm - expected) / expected, <=, 0.15);
  }

  /* The coach reads the same pace off the recorded answer. */
  {
    g_autoptr(CalCoach) coach = cal_coach_new (NULL);
    g_autoptr(CalCoachReport) report = NULL;
    g_auto(GStrv) said = cal_test_words (CAL_TEST_STAR_ANSWER);
    double expected = g_strv_length (said) / (wav_duration / 60.0);

    report = cal_coach_analyze (coach, transcript, NULL, "senior", NULL, &error);
    g_assert_no_error (error);
    g_test_message ("coach: %.0f wpm, expected about %.0f", cal_coach_report_get_wpm (report), expected);
    g_assert_cmpfloat (ABS (cal_coach_report_get_wpm (report) - expected) / expected, <=, 0.15);
  }

  recorded = g_steal_pointer (&stopped.path);
}

/* Two utterances of a think-aloud answer with a 6 s silence between them. */
#define THINK_ALOUD_FIRST "First I will ask a clarifying question. What if the input is empty?"
#define THINK_ALOUD_SECOND "The time complexity is linear. To summarise, we use a hash map."
#define THINK_ALOUD_GAP_S 6.0

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

static void
test_recorder_think_aloud (void)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *padded = g_build_filename (tmp_dir, "think-first-padded.wav", NULL);
  g_autofree char *joined = g_build_filename (tmp_dir, "think-aloud.wav", NULL);
  g_autofree char *dir = g_build_filename (tmp_dir, "think-recordings", NULL);
  g_autofree char *paplay = g_find_program_in_path ("paplay");
  g_autoptr(CalRecorder) recorder = cal_recorder_new ();
  g_autoptr(CalTranscriber) transcriber = NULL;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(CalThinkAloud) think = NULL;
  g_autoptr(CalThinkAloudReport) report = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  CalTestFinished stopped = { 0 };
  gboolean recording = FALSE;
  gboolean played = FALSE;
  const CalSilence *found = NULL;
  double first_duration, first_word, expected_start;
  guint touched = 0;
  GPid pid;

  first = cal_test_speak (tmp_dir, "think-first.wav", THINK_ALOUD_FIRST);
  second = cal_test_speak (tmp_dir, "think-second.wav", THINK_ALOUD_SECOND);
  if (first == NULL || second == NULL || paplay == NULL)
    {
      g_test_skip ("flite or paplay is not installed");
      return;
    }
  if (!run_sox ((const char *[]) { first, padded, "pad", "0", "6", NULL }) ||
      !run_sox ((const char *[]) { padded, second, joined, NULL }))
    {
      g_test_skip ("sox is not installed or cannot join the utterances");
      return;
    }
  first_duration = cal_test_audio_duration (first);
  g_assert_cmpfloat_with_epsilon (cal_test_audio_duration (joined),
                                  first_duration + THINK_ALOUD_GAP_S + cal_test_audio_duration (second), 0.1);

  /* Spoken through the virtual microphone into the app's recorder. */
  cal_recorder_set_directory (recorder, dir);
  g_signal_connect (recorder, "notify::state", G_CALLBACK (on_state_notify), &recording);
  g_assert_true (cal_recorder_start (recorder, &error));
  g_assert_no_error (error);
  cal_test_wait_for (&recording, 20, "the recorder to reach PLAYING");
  {
    const char *argv[] = { paplay, "--device=vmic_sink", joined, NULL };

    g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                  NULL, NULL, &pid, &error));
    g_assert_no_error (error);
    g_child_watch_add (pid, on_child_exited, &played);
    cal_test_wait_for (&played, 60, "paplay");
  }
  cal_recorder_stop_async (recorder, NULL, on_stopped, &stopped);
  cal_test_wait_for (&stopped.done, 20, "the recording to stop");
  g_assert_no_error (stopped.error);
  g_assert_nonnull (stopped.path);

  transcriber = cal_transcriber_new (NULL);
  file = g_file_new_for_path (stopped.path);
  transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cal_transcript_get_n_words (transcript), >, 4);
  g_test_message ("heard: %s", cal_transcript_get_text (transcript));

  think = cal_think_aloud_new (NULL, NULL);
  report = cal_think_aloud_analyze (think, transcript, "coding-top-k-words", NULL, &error);
  g_assert_no_error (error);

  /* The recording starts a moment before playback: the first word heard
   * marks where the played file begins, so the silence starts about one
   * first utterance later. */
  first_word = cal_transcript_get_word (transcript, 0)->start;
  expected_start = first_word + first_duration;
  for (guint i = 0; i < cal_think_aloud_report_get_n_silences (report); i++)
    {
      const CalSilence *silence = cal_think_aloud_report_get_silence (report, i);

      g_test_message ("silence %.2f–%.2f (%s), expected from about %.2f", silence->start, silence->end,
                      cal_silence_kind_to_string (silence->kind), expected_start);
      if (silence->kind == CAL_SILENCE_BETWEEN && ABS (silence->start - expected_start) <= 1.5)
        found = silence;
    }
  g_assert_nonnull (found);
  g_assert_cmpfloat (found->end - found->start, >=, 5.0);
  g_assert_cmpfloat (found->end - found->start, <=, 7.5);
  g_assert_true (cal_think_aloud_report_get_longest_silence (report) == found);

  /* The spoken cues: clarify, edge cases, complexity, approach, summary. */
  for (guint i = 0; i < cal_think_aloud_report_get_n_hits (report); i++)
    {
      const CalCheckpointHit *hit = cal_think_aloud_report_get_hit (report, i);

      g_test_message ("checkpoint %s: “%s” at %.2f", hit->checkpoint, hit->phrase, hit->at);
      touched++;
    }
  g_assert_cmpuint (touched, >=, 1);
  g_assert_true (cal_think_aloud_report_get_checkpoint_time (report, "clarify", NULL) ||
                 cal_think_aloud_report_get_checkpoint_time (report, "edge-cases", NULL) ||
                 cal_think_aloud_report_get_checkpoint_time (report, "complexity", NULL) ||
                 cal_think_aloud_report_get_checkpoint_time (report, "approach", NULL) ||
                 cal_think_aloud_report_get_checkpoint_time (report, "summary", NULL));

  /* The advice leads with the silence, at its place in the recording. */
  g_assert_cmpuint (cal_think_aloud_report_get_n_advice (report), >=, 1);
  g_assert_cmpstr (cal_think_aloud_report_get_advice (report, 0)->kind, ==, "silence");
  g_assert_cmpfloat (cal_think_aloud_report_get_advice (report, 0)->at, ==, found->start);

  g_free (stopped.path);
}

static void
on_eos (CalPlayer *player,
        gpointer   user_data)
{
  *(gboolean *) user_data = TRUE;
}

static double
play_tail (CalPlayer *player,
           double     rate,
           double     seconds,
           gboolean  *ended)
{
  gint64 started;

  *ended = FALSE;
  cal_player_set_rate (player, rate);
  cal_player_seek (player, cal_player_get_duration (player) - seconds);
  cal_test_run_for (300);
  started = g_get_monotonic_time ();
  cal_player_play (player);
  g_assert_true (cal_player_get_playing (player));
  cal_test_wait_for (ended, 20, "the end of playback");
  return (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC;
}

static void
test_player_rate (void)
{
  g_autoptr(CalPlayer) player = cal_player_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ended = FALSE;
  double wall_1, wall_15, duration;

  if (recorded == NULL)
    {
      g_test_skip ("needs the recording of /recorder/speech");
      return;
    }

  file = g_file_new_for_path (recorded);
  g_assert_true (cal_player_set_file (player, file, &error));
  g_assert_no_error (error);
  g_signal_connect (player, "end-of-stream", G_CALLBACK (on_eos), &ended);
  cal_test_run_for (500);
  duration = cal_player_get_duration (player);
  g_assert_cmpfloat (duration, >, 10.0);

  /* The last 4 s at 1× and at 1.5×: through the null speaker playback
   * runs in real time, plus a fixed drain latency, so the faster run is
   * shorter by about 4 − 4 / 1.5 s. */
  play_tail (player, 1.0, 1.0, &ended);   /* connects to the sound server */
  wall_1 = play_tail (player, 1.0, 4.0, &ended);
  wall_15 = play_tail (player, 1.5, 4.0, &ended);
  g_test_message ("last 4 s: %.2f s at 1x, %.2f s at 1.5x", wall_1, wall_15);
  g_assert_cmpfloat (wall_1 - wall_15, >, (4.0 - 4.0 / 1.5) - 0.6);
  g_assert_cmpfloat (wall_1 - wall_15, <, (4.0 - 4.0 / 1.5) + 0.6);
  g_assert_false (cal_player_get_playing (player));
  g_assert_cmpfloat (cal_player_get_rate (player), ==, 1.5);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_true (cal_media_init (NULL));

  if (g_getenv ("PULSE_SERVER") == NULL)
    {
      g_print ("1..0 # SKIP run me through tests/with-virtual-mic.sh\n");
      return 0;
    }

  tmp_dir = g_dir_make_tmp ("calibrd-recorder-XXXXXX", NULL);

  g_test_add_func ("/recorder/speech", test_recorder_speech);
  g_test_add_func ("/player/rate", test_player_rate);
  g_test_add_func ("/recorder/think-aloud", test_recorder_think_aloud);

  status = g_test_run ();

  cal_test_rm_rf (tmp_dir);
  g_free (tmp_dir);
  g_free (recorded);
  return status;
}
