/* crash-recorder.c — a helper process for tests/test-crash-recording.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   crash-recorder DB
 *       Opens the database DB and records into the `recordings` folder
 *       beside it through a real CalRecorder fed by a live audiotestsrc,
 *       the way the Practice section does:
 *
 *       1. records one answer of about a second, stops it cleanly and, only
 *          once the recorder hands back the finished file, stores a practice
 *          row pointing at it (cal_practice_view_add_attempt_from_file()
 *          does the same); prints "saved ID PATH";
 *       2. starts a second answer and, once it has been recording for a
 *          second, prints "recording PART_PATH" and goes on recording
 *          until it is killed. No row exists for it yet, exactly as in the
 *          app, where the row follows CalRecorderPanel::recorded.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cal-media.h"
#include "cal-recorder.h"
#include "cal-store.h"

static GstElement *
live_source (void)
{
  GstElement *source = gst_element_factory_make ("audiotestsrc", NULL);

  if (source == NULL)
    g_error ("audiotestsrc is missing");
  g_object_set (source, "is-live", TRUE, NULL);
  gst_util_set_object_arg (G_OBJECT (source), "wave", "sine");
  return source;
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
timed_out_cb (gpointer data)
{
  g_error ("crash-recorder: timed out waiting for %s", (const char *) data);
  return G_SOURCE_REMOVE;
}

static void
run_until (const gboolean *flag,
           const char     *what)
{
  guint timeout = g_timeout_add_seconds (20, timed_out_cb, (gpointer) what);

  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_flag_cb, &done);
  run_until (&done, "a timer");
}

typedef struct
{
  gboolean  done;
  char     *path;
  GError   *error;
} Stopped;

static void
on_stopped (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Stopped *stopped = user_data;

  stopped->path = cal_recorder_stop_finish (CAL_RECORDER (source), result, &stopped->error);
  stopped->done = TRUE;
}

static void
wait_recording (CalRecorder *recorder,
                double       seconds)
{
  guint timeout = g_timeout_add_seconds (20, timed_out_cb, (gpointer) "the recording");

  while (cal_recorder_get_state (recorder) != CAL_RECORDER_STATE_RECORDING ||
         cal_recorder_get_elapsed (recorder) < seconds)
    {
      if (cal_recorder_get_state (recorder) == CAL_RECORDER_STATE_IDLE)
        g_error ("crash-recorder: the recording ended by itself");
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timeout);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(CalRecorder) recorder = NULL;
  g_autoptr(CalQuestion) question = cal_question_new ();
  g_autoptr(CalPractice) practice = cal_practice_new ();
  g_autofree char *dir = NULL;
  Stopped stopped = { 0 };

  if (argc != 2)
    {
      g_printerr ("usage: crash-recorder DB\n");
      return 2;
    }

  if (!cal_media_init (&error))
    g_error ("%s", error->message);

  store = cal_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);

  cal_question_set_text (question, "Tell me about a time you changed your mind.");
  if (!cal_store_save_question (store, question, &error))
    g_error ("%s", error->message);

  dir = cal_store_dup_recordings_dir (store);
  recorder = cal_recorder_new ();
  cal_recorder_set_directory (recorder, dir);

  /* 1. A finished answer, stored the way the app stores it. */
  cal_recorder_set_source (recorder, live_source ());
  if (!cal_recorder_start (recorder, &error))
    g_error ("%s", error->message);
  wait_recording (recorder, 1.0);
  cal_recorder_stop_async (recorder, NULL, on_stopped, &stopped);
  run_until (&stopped.done, "the stop");
  if (stopped.path == NULL)
    g_error ("%s", stopped.error->message);

  cal_practice_set_question_id (practice, cal_question_get_id (question));
  cal_practice_set_question_text (practice, cal_question_get_text (question));
  cal_practice_set_audio_path (practice, stopped.path);
  cal_practice_set_duration (practice, cal_recorder_get_elapsed (recorder));
  cal_practice_set_created (practice, g_get_real_time () / G_USEC_PER_SEC);
  if (!cal_store_save_practice (store, practice, &error))
    g_error ("%s", error->message);
  g_print ("saved %" G_GINT64_FORMAT " %s\n", cal_practice_get_id (practice), stopped.path);
  fflush (stdout);
  g_free (stopped.path);

  /* 2. An answer under way when the process dies. */
  cal_recorder_set_source (recorder, live_source ());
  if (!cal_recorder_start (recorder, &error))
    g_error ("%s", error->message);
  wait_recording (recorder, 1.0);
  g_print ("recording %s\n", cal_recorder_get_part_path (recorder));
  fflush (stdout);

  /* The parent kills us long before the recorder's maximum length. */
  run_for (60 * 1000);
  g_printerr ("crash-recorder: was not killed\n");
  return EXIT_FAILURE;
}
