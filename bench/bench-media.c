/* bench-media.c: transcription speed on a one-minute recording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints the real-time factor (seconds of work per second of audio) of
 * transcribing a ~60 s Ogg/Opus recording of flite's "slt" voice, the
 * median of three runs, model loading included. Target: ≤ 0.35.
 * Never fails: a benchmark reports, a test judges.
 */

#include "config.h"

#include <gst/gst.h>

#include "cal-media.h"
#include "cal-transcriber.h"
#include "../tests/cal-test-speech.h"

#define RUNS 3

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

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

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp_dir = g_dir_make_tmp ("calibrd-bench-media-XXXXXX", NULL);
  g_autofree char *ogg = g_build_filename (tmp_dir, "minute.ogg", NULL);
  g_autofree char *wav = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GFile) file = NULL;
  double rtf[RUNS];
  double duration = 0.0, wer = 0.0;

  if (!cal_media_init (NULL))
    {
      g_print ("media: GStreamer is not usable, nothing measured\n");
      return 0;
    }

  /* Four times the test answer: about a minute, like a real answer. */
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (text, "%s ", CAL_TEST_STAR_ANSWER);

  wav = cal_test_speak (tmp_dir, "minute.wav", text->str);
  if (wav == NULL || !encode_ogg (wav, ogg))
    {
      g_print ("media: flite or the Opus encoder is missing, nothing measured\n");
      cal_test_rm_rf (tmp_dir);
      return 0;
    }

  file = g_file_new_for_path (ogg);
  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(CalTranscriber) transcriber = cal_transcriber_new (NULL);
      g_autoptr(CalTranscript) transcript = NULL;
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      double elapsed;

      transcript = cal_transcriber_transcribe (transcriber, file, NULL, &error);
      elapsed = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      if (transcript == NULL)
        {
          g_print ("media: transcription failed: %s\n", error->message);
          cal_test_rm_rf (tmp_dir);
          return 0;
        }

      duration = cal_transcript_get_duration (transcript);
      wer = cal_test_wer (text->str, cal_transcript_get_text (transcript));
      rtf[i] = elapsed / duration;
      g_print ("media: run %u: %.2f s for %.1f s of audio, real-time factor %.3f\n",
               i + 1, elapsed, duration, rtf[i]);
    }

  qsort (rtf, RUNS, sizeof (double), compare_doubles);
  g_print ("media: transcription real-time factor (median of %d, %.0f s Ogg/Opus, model load included): "
           "%.3f (target ≤ 0.35)\n", RUNS, duration, rtf[RUNS / 2]);
  g_print ("media: word error rate on flite slt: %.2f\n", wer);

  cal_test_rm_rf (tmp_dir);
  return 0;
}
