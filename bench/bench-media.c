/* bench-media.c: transcription speed, and what it does to the main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * (a) The real-time factor (seconds of work per second of audio) of
 *     transcribing a ~60 s Ogg/Opus recording of flite's "slt" voice,
 *     model loading included. Target: ≤ 0.35.
 * (b) The longest main-loop stall while the app's asynchronous
 *     transcription of a ~60 s WAV runs: a 1 ms timeout records the gaps
 *     between its callbacks, as the frame clock would feel them. Target:
 *     < 50 ms, so that the window keeps drawing (the level meter, the
 *     progress bar) while a transcript is made.
 *
 * Never fails on slowness: a benchmark reports, a test judges. It does
 * fail when flite or the Opus encoder, needed to make the audio, is
 * missing.
 */

#include "config.h"

#include <gst/gst.h>

#include "cal-bench.h"
#include "cal-media.h"
#include "cal-transcriber.h"
#include "../tests/cal-test-speech.h"

#define RUNS 5

static gboolean
encode_ogg (const char *wav,
            const char *ogg)
{
  g_autofree char *description = NULL;
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(GstMessage) message = NULL;

  description = g_strdup_printf ("filesrc location=\"%s\" ! wavparse ! audioconvert ! audioresample ! "
                                 "opusenc ! oggmux ! filesink location=\"%s\"", wav, ogg);
  pipeline = gst_parse_launch (description, NULL);
  if (pipeline == NULL)
    return FALSE;
  gst_element_set_state (pipeline, GST_STATE_PLAYING);
  bus = gst_element_get_bus (pipeline);
  message = gst_bus_timed_pop_filtered (bus, 60 * GST_SECOND, GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  gst_element_set_state (pipeline, GST_STATE_NULL);
  return message != NULL && GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS;
}

typedef struct
{
  GMainLoop       *loop;
  CalTranscript   *transcript;
  GError          *error;
  gint64           last_tick;
  CalBenchSamples *gaps;
} Stall;

static gboolean
tick_cb (gpointer data)
{
  Stall *stall = data;
  gint64 now = cal_bench_now ();

  cal_bench_samples_add (stall->gaps, (now - stall->last_tick) / 1000.0);
  stall->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
transcribed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      data)
{
  Stall *stall = data;

  stall->transcript = cal_transcriber_transcribe_finish (CAL_TRANSCRIBER (object), result, &stall->error);
  g_main_loop_quit (stall->loop);
}

/* The gaps between 1 ms ticks of the main loop while the transcriber
 * (its model load, decoding and recognition) works in the background. */
static void
measure_stall (const char *wav)
{
  g_autoptr(GFile) file = g_file_new_for_path (wav);
  g_autoptr(CalTranscriber) transcriber = cal_transcriber_new (NULL);
  g_autoptr(CalBenchSamples) gaps = cal_bench_samples_new ();
  Stall stall = { g_main_loop_new (NULL, FALSE), NULL, NULL, 0, gaps };
  guint tick;

  stall.last_tick = cal_bench_now ();
  tick = g_timeout_add (1, tick_cb, &stall);
  cal_transcriber_transcribe_async (transcriber, file, NULL, transcribed_cb, &stall);
  g_main_loop_run (stall.loop);
  g_source_remove (tick);
  g_main_loop_unref (stall.loop);

  if (stall.transcript == NULL)
    g_error ("asynchronous transcription failed: %s", stall.error->message);
  cal_bench_note ("media", "main loop during an asynchronous transcription of %.0f s: %u ticks of 1 ms, "
                  "median gap %.2f ms, p95 %.2f ms",
                  cal_transcript_get_duration (stall.transcript), cal_bench_samples_len (gaps),
                  cal_bench_samples_median (gaps), cal_bench_samples_p95 (gaps));
  cal_bench_value ("media", "longest main-loop stall while transcribing", cal_bench_samples_max (gaps), "ms",
                   "< 50");
  g_object_unref (stall.transcript);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp_dir = g_dir_make_tmp ("calibrd-bench-media-XXXXXX", NULL);
  g_autofree char *ogg = g_build_filename (tmp_dir, "minute.ogg", NULL);
  g_autofree char *wav = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(CalBenchSamples) rtf = cal_bench_samples_new ();
  g_autofree char *measure = NULL;
  double duration = 0.0, wer = 0.0;

  if (!cal_media_init (NULL))
    g_error ("GStreamer is not usable");

  /* Four times the test answer: about a minute, like a real answer. */
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (text, "%s ", CAL_TEST_STAR_ANSWER);

  wav = cal_test_speak (tmp_dir, "minute.wav", text->str);
  if (wav == NULL || !encode_ogg (wav, ogg))
    {
      cal_test_rm_rf (tmp_dir);
      g_error ("flite or the Opus encoder is missing: no audio to transcribe");
    }

  file = g_file_new_for_path (ogg);
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(CalTranscriber) transcriber = cal_transcriber_new (NULL);
      g_autoptr(CalTranscript) transcript = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = cal_bench_now ();
      double elapsed;

      transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
      elapsed = cal_bench_ms_since (start) / 1000.0;
      if (transcript == NULL)
        {
          cal_test_rm_rf (tmp_dir);
          g_error ("transcription failed: %s", error->message);
        }

      duration = cal_transcript_get_duration (transcript);
      wer = cal_test_wer (text->str, cal_transcript_get_text (transcript));
      cal_bench_samples_add (rtf, elapsed / duration);
    }

  cal_bench_note ("media", "%u runs on %.0f s of Ogg/Opus (flite slt), model load included; "
                  "word error rate %.2f", RUNS, duration, wer);
  measure = g_strdup_printf ("transcription real-time factor (%.0f s audio)", duration);
  cal_bench_row ("media", measure, rtf, "x", "<= 0.35");
  measure_stall (wav);

  cal_test_rm_rf (tmp_dir);
  return 0;
}
