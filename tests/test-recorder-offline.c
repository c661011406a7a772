/* test-recorder-offline.c: the recorder's failure paths, no audio server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#ifndef _GNU_SOURCE
# define _GNU_SOURCE
#endif
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "cal-media.h"
#include "cal-recorder.h"
#include "cal-test-media.h"
#include "cal-test-speech.h"

static char *tmp_dir;

static char *
fresh_dir (const char *name)
{
  char *dir = g_build_filename (tmp_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static GstElement *
live_test_source (const char *wave)
{
  GstElement *source;

  g_assert_true (cal_media_init (NULL));
  source = gst_element_factory_make ("audiotestsrc", NULL);
  g_assert_nonnull (source);
  g_object_set (source, "is-live", TRUE, NULL);
  gst_util_set_object_arg (G_OBJECT (source), "wave", wave);
  return source;
}

static void
test_recorder_stale_parts (void)
{
  g_autofree char *dir = fresh_dir ("stale");
  g_autofree char *missing = g_build_filename (tmp_dir, "never-created", NULL);
  const char *names[] = { "answer-1.ogg.part", "answer-1.ogg", "other.part", "notes.txt" };
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);

      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }

  g_assert_cmpuint (cal_recorder_cleanup_stale_parts (dir, &error), ==, 2);
  g_assert_no_error (error);
  left = cal_test_list_dir (dir);
  g_assert_cmpstr (left, ==, "answer-1.ogg notes.txt");

  /* No folder yet: nothing to clean, not an error. */
  g_assert_cmpuint (cal_recorder_cleanup_stale_parts (missing, &error), ==, 0);
  g_assert_no_error (error);
}

static void
test_recorder_missing_element (void)
{
  const char *names[] = { "audioconvert", "calibrd-no-such-element", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_false (cal_media_check_elements (names, &error));
  g_assert_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_MISSING_PLUGIN);
  g_assert_nonnull (strstr (error->message, "calibrd-no-such-element"));
  g_assert_null (strstr (error->message, "audioconvert"));
}

/* The child sees an empty plugin registry, as on a system without the
 * GStreamer plugins: starting must fail and name what is missing. */
static void
test_recorder_no_plugins (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(CalRecorder) recorder = cal_recorder_new ();
      g_autofree char *dir = fresh_dir ("no-plugins");
      g_autoptr(GError) error = NULL;
      g_autofree char *left = NULL;

      cal_recorder_set_directory (recorder, dir);
      g_assert_false (cal_recorder_start (recorder, &error));
      g_assert_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_MISSING_PLUGIN);
      g_assert_nonnull (strstr (error->message, "opusenc"));
      left = cal_test_list_dir (dir);
      g_assert_cmpstr (left, ==, "");
      return;
    }

  {
    g_autofree char *registry = g_build_filename (tmp_dir, "empty-registry.bin", NULL);

    /* The child inherits these; this process has its registry already. */
    g_setenv ("GST_PLUGIN_SYSTEM_PATH_1_0", "/nonexistent", TRUE);
    g_setenv ("GST_PLUGIN_PATH_1_0", "/nonexistent", TRUE);
    g_setenv ("GST_REGISTRY_1_0", registry, TRUE);
    g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_unsetenv ("GST_PLUGIN_SYSTEM_PATH_1_0");
    g_unsetenv ("GST_PLUGIN_PATH_1_0");
    g_unsetenv ("GST_REGISTRY_1_0");
    g_test_trap_assert_passed ();
  }
}

static void
wait_finished (CalRecorder     *recorder,
               CalTestFinished *finished,
               guint            seconds)
{
  cal_test_wait_for (&finished->done, seconds, "the recording to finish");
  g_assert_cmpint (cal_recorder_get_state (recorder), ==, CAL_RECORDER_STATE_IDLE);
}

static void
test_recorder_dead_input_silence (void)
{
  g_autoptr(CalRecorder) recorder = cal_recorder_new ();
  g_autofree char *dir = fresh_dir ("silence");
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  CalTestFinished finished = { 0 };
  gint64 started;

  cal_recorder_set_directory (recorder, dir);
  cal_recorder_set_source (recorder, live_test_source ("silence"));
  g_signal_connect (recorder, "finished", G_CALLBACK (cal_test_on_finished), &finished);

  started = g_get_monotonic_time ();
  g_assert_true (cal_recorder_start (recorder, &error));
  g_assert_no_error (error);
  g_assert_nonnull (cal_recorder_get_part_path (recorder));
  g_assert_true (g_file_test (cal_recorder_get_part_path (recorder), G_FILE_TEST_EXISTS));

  wait_finished (recorder, &finished, 20);
  g_assert_null (finished.path);
  g_assert_error (finished.error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DEAD_INPUT);
  g_assert_nonnull (strstr (finished.error->message, "microphone"));
  /* Noticed after about two seconds, not at the maximum length. */
  g_assert_cmpint (g_get_monotonic_time () - started, <, 8 * G_USEC_PER_SEC);
  g_assert_cmpfloat (cal_recorder_get_peak (recorder), <=, CAL_RECORDER_SILENCE_FLOOR_DB);

  left = cal_test_list_dir (dir);
  g_assert_cmpstr (left, ==, "");
  cal_test_finished_clear (&finished);
}

static void
test_recorder_no_audio_server (void)
{
  g_autoptr(CalRecorder) recorder = cal_recorder_new ();
  g_autofree char *dir = fresh_dir ("no-server");
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;

  /* autoaudiosrc finds neither PulseAudio nor a sound card here and falls
   * back to a silent test source; that must not pass for a microphone. */
  g_setenv ("PULSE_SERVER", "unix:/nonexistent/calibrd-test", TRUE);
  cal_recorder_set_directory (recorder, dir);
  g_assert_false (cal_recorder_start (recorder, &error));
  g_assert_nonnull (error);
  g_test_message ("no server: %s", error->message);
  g_assert_true (g_error_matches (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DEAD_INPUT) ||
                 g_error_matches (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_INPUT));
  g_assert_cmpint (cal_recorder_get_state (recorder), ==, CAL_RECORDER_STATE_IDLE);
  left = cal_test_list_dir (dir);
  g_assert_cmpstr (left, ==, "");
  g_unsetenv ("PULSE_SERVER");
}

static void
test_recorder_max_duration (void)
{
  g_autoptr(CalRecorder) recorder = cal_recorder_new ();
  g_autofree char *dir = fresh_dir ("max");
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  g_autofree char *expected = NULL;
  CalTestFinished finished = { 0 };
  struct stat st;

  cal_recorder_set_directory (recorder, dir);
  cal_recorder_set_max_duration (recorder, 2.0);
  cal_recorder_set_source (recorder, live_test_source ("sine"));
  g_signal_connect (recorder, "finished", G_CALLBACK (cal_test_on_finished), &finished);

  g_assert_true (cal_recorder_start (recorder, &error));
  g_assert_no_error (error);
  wait_finished (recorder, &finished, 20);

  /* Stopped by itself, and kept. */
  g_assert_no_error (finished.error);
  g_assert_nonnull (finished.path);
  g_assert_true (g_str_has_prefix (finished.path, dir));
  g_assert_true (g_str_has_suffix (finished.path, ".ogg"));
  g_assert_cmpint (g_stat (finished.path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpfloat_with_epsilon (cal_test_audio_duration (finished.path), 2.0, 0.3);
  g_assert_cmpfloat (cal_recorder_get_peak (recorder), >, -20.0);
  g_assert_cmpfloat (cal_recorder_get_elapsed (recorder), >=, 2.0);

  expected = g_path_get_basename (finished.path);
  left = cal_test_list_dir (dir);
  g_assert_cmpstr (left, ==, expected);
  cal_test_finished_clear (&finished);
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
test_recorder_stop_and_discard (void)
{
  g_autoptr(CalRecorder) recorder = cal_recorder_new ();
  g_autofree char *dir = fresh_dir ("discard");
  g_autoptr(GError) error = NULL;
  g_autofree char *left = NULL;
  CalTestFinished finished = { 0 };
  CalTestFinished stopped = { 0 };
  gboolean recording = FALSE;
  gulong handler;

  cal_recorder_set_directory (recorder, dir);
  g_signal_connect (recorder, "finished", G_CALLBACK (cal_test_on_finished), &finished);

  /* Discarded: nothing is left. */
  cal_recorder_set_source (recorder, live_test_source ("sine"));
  g_assert_true (cal_recorder_start (recorder, &error));
  cal_test_run_for (700);
  g_assert_cmpint (cal_recorder_get_state (recorder), ==, CAL_RECORDER_STATE_RECORDING);
  cal_recorder_discard (recorder);
  g_assert_true (finished.done);
  g_assert_null (finished.path);
  g_assert_no_error (finished.error);
  left = cal_test_list_dir (dir);
  g_assert_cmpstr (left, ==, "");
  cal_test_finished_clear (&finished);

  /* Stopped: the .part becomes the .ogg only once it is complete. */
  cal_recorder_set_source (recorder, live_test_source ("sine"));
  g_assert_true (cal_recorder_start (recorder, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cal_recorder_get_state (recorder), ==, CAL_RECORDER_STATE_STARTING);
  handler = g_signal_connect_swapped (recorder, "notify::state", G_CALLBACK (cal_test_set_flag_cb), &recording);
  cal_test_wait_for (&recording, 10, "recording to start");
  g_signal_handler_disconnect (recorder, handler);
  cal_test_run_for (1500);
  cal_recorder_stop_async (recorder, NULL, on_stopped, &stopped);
  g_assert_cmpint (cal_recorder_get_state (recorder), ==, CAL_RECORDER_STATE_STOPPING);
  cal_test_wait_for (&stopped.done, 10, "the stop");
  g_assert_no_error (stopped.error);
  g_assert_cmpstr (stopped.path, ==, finished.path);
  g_assert_false (g_str_has_suffix (stopped.path, ".part"));
  g_assert_cmpfloat_with_epsilon (cal_test_audio_duration (stopped.path), 1.5, 0.5);
  g_clear_pointer (&left, g_free);
  left = cal_test_list_dir (dir);
  g_assert_null (strstr (left, ".part"));
  cal_test_finished_clear (&finished);
  cal_test_finished_clear (&stopped);
}

/* A full disk: the child gets a private mount namespace with a 16 KiB
 * tmpfs as the recordings folder and records noise into it. */
static void
test_recorder_full_disk (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_build_filename (tmp_dir, "full", NULL);
      g_autoptr(CalRecorder) recorder = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *left = NULL;
      CalTestFinished finished = { 0 };

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      if (unshare (CLONE_NEWNS) != 0 ||
          mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 ||
          mount ("tmpfs", dir, "tmpfs", 0, "size=16k,mode=0700") != 0)
        {
          /* g_test_trap_get_status() is newer than GLib 2.74, so the
           * parent learns of the skip through a file. */
          g_autofree char *marker = g_build_filename (tmp_dir, "full-disk-skipped", NULL);

          g_file_set_contents (marker, "", 0, NULL);
          exit (0);
        }

      recorder = cal_recorder_new ();
      cal_recorder_set_directory (recorder, dir);
      cal_recorder_set_source (recorder, live_test_source ("white-noise"));
      g_signal_connect (recorder, "finished", G_CALLBACK (cal_test_on_finished), &finished);
      g_assert_true (cal_recorder_start (recorder, &error));
      g_assert_no_error (error);
      wait_finished (recorder, &finished, 30);

      g_assert_null (finished.path);
      g_assert_error (finished.error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_SPACE);
      left = cal_test_list_dir (dir);
      g_assert_cmpstr (left, ==, "");
      cal_test_finished_clear (&finished);
      umount (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  {
    g_autofree char *marker = g_build_filename (tmp_dir, "full-disk-skipped", NULL);

    if (g_file_test (marker, G_FILE_TEST_EXISTS))
      g_test_skip ("cannot mount a small tmpfs here (needs root)");
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  /* Children reuse the parent's folder, passed through the environment. */
  if (g_test_subprocess ())
    tmp_dir = g_strdup (g_getenv ("CALIBRD_TEST_TMP"));
  else
    {
      tmp_dir = g_dir_make_tmp ("calibrd-recorder-XXXXXX", NULL);
      g_setenv ("CALIBRD_TEST_TMP", tmp_dir, TRUE);
    }

  g_test_add_func ("/recorder-offline/stale-parts", test_recorder_stale_parts);
  g_test_add_func ("/recorder-offline/missing-element", test_recorder_missing_element);
  g_test_add_func ("/recorder-offline/no-plugins", test_recorder_no_plugins);
  g_test_add_func ("/recorder-offline/full-disk", test_recorder_full_disk);
  g_test_add_func ("/recorder-offline/dead-input-silence", test_recorder_dead_input_silence);
  g_test_add_func ("/recorder-offline/no-audio-server", test_recorder_no_audio_server);
  g_test_add_func ("/recorder-offline/max-duration", test_recorder_max_duration);
  g_test_add_func ("/recorder-offline/stop-and-discard", test_recorder_stop_and_discard);

  status = g_test_run ();

  if (!g_test_subprocess ())
    cal_test_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return status;
}
