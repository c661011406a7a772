/* test-crash-recording.c — a SIGKILL in the middle of a recording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A second process (crash-recorder) records real audio through CalRecorder
 * into the recordings folder of a real database and is killed while an
 * answer is being recorded. Afterwards no practice may point at a missing,
 * partial or undecodable file, and the clean-up the app runs before it
 * records again removes the partial file.
 */

#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <gst/pbutils/pbutils.h>

#include "cal-media.h"
#include "cal-recorder.h"
#include "cal-store.h"
#include "cal-test-media.h"
#include "cal-test-speech.h"

/* Asserts that @path is a complete Ogg/Opus recording that GStreamer can
 * read to the end, and returns its length. */
static double
assert_complete_ogg (const char *path)
{
  g_autoptr(GstDiscoverer) discoverer = gst_discoverer_new (10 * GST_SECOND, NULL);
  g_autoptr(GstDiscovererInfo) info = NULL;
  g_autoptr(GstDiscovererStreamInfo) stream = NULL;
  g_autoptr(GstCaps) caps = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  GList *audio;

  g_assert_nonnull (discoverer);
  info = gst_discoverer_discover_uri (discoverer, uri, NULL);
  g_assert_nonnull (info);
  g_assert_cmpint (gst_discoverer_info_get_result (info), ==, GST_DISCOVERER_OK);

  stream = gst_discoverer_info_get_stream_info (info);
  caps = gst_discoverer_stream_info_get_caps (stream);
  /* typefind calls an Ogg file holding only audio "audio/ogg". */
  g_assert_true (gst_structure_has_name (gst_caps_get_structure (caps, 0), "audio/ogg") ||
                 gst_structure_has_name (gst_caps_get_structure (caps, 0), "application/ogg"));

  audio = gst_discoverer_info_get_audio_streams (info);
  g_assert_cmpuint (g_list_length (audio), ==, 1);
  {
    g_autoptr(GstCaps) audio_caps = gst_discoverer_stream_info_get_caps (audio->data);

    g_assert_true (gst_structure_has_name (gst_caps_get_structure (audio_caps, 0), "audio/x-opus"));
  }
  gst_discoverer_stream_info_list_free (audio);

  return (double) gst_discoverer_info_get_duration (info) / GST_SECOND;
}

static void
test_crash_during_recording (void)
{
  g_autofree char *dir = g_dir_make_tmp ("calibrd-crash-recording-XXXXXX", NULL);
  g_autofree char *db_path = g_build_filename (dir, "calibrd.db", NULL);
  const char *helper = g_test_get_filename (G_TEST_BUILT, "crash-recorder", NULL);
  const char *argv[] = { helper, db_path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(CalStore) store = NULL;
  g_autoptr(GListModel) practices = NULL;
  g_autofree char *saved_line = NULL;
  g_autofree char *recording_line = NULL;
  g_autofree char *recordings = NULL;
  g_autofree char *left = NULL;
  g_autofree char *saved_name = NULL;
  g_auto(GStrv) saved = NULL;
  const char *part_path;
  struct stat st;

  g_assert_true (cal_media_init (NULL));

  child = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));

  saved_line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved_line);
  saved = g_strsplit (saved_line, " ", 3);
  g_assert_cmpstr (saved[0], ==, "saved");

  recording_line = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (recording_line);
  g_assert_true (g_str_has_prefix (recording_line, "recording "));
  part_path = recording_line + strlen ("recording ");
  g_assert_true (g_str_has_suffix (part_path, ".ogg.part"));

  /* Half a second more of audio on its way to the disk, then the power
   * cut, as far as the process can tell. */
  g_usleep (500 * 1000);
  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g_subprocess_get_if_exited (child));
  g_assert_cmpint (g_subprocess_get_term_sig (child), ==, SIGKILL);

  /* The crash did leave half a recording behind: the test would prove
   * nothing otherwise. */
  g_assert_cmpint (g_stat (part_path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 0);

  /* Every practice points at a whole recording that exists; the one being
   * recorded has no row at all, since a row is only written once the
   * recorder has handed back the finished file. */
  store = cal_store_open (db_path, &error);
  g_assert_no_error (error);
  practices = cal_store_list_practices (store, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (practices), ==, 1);
  for (guint i = 0; i < g_list_model_get_n_items (practices); i++)
    {
      g_autoptr(CalPractice) practice = g_list_model_get_item (practices, i);
      const char *audio = cal_practice_get_audio_path (practice);

      g_test_message ("practice %" G_GINT64_FORMAT ": %s", cal_practice_get_id (practice), audio);
      g_assert_false (g_str_has_suffix (audio, ".part"));
      g_assert_cmpstr (audio, !=, part_path);
      g_assert_true (g_file_test (audio, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpfloat_with_epsilon (assert_complete_ogg (audio), 1.0, 0.4);
    }
  {
    g_autoptr(CalPractice) first = g_list_model_get_item (practices, 0);

    g_assert_cmpstr (cal_practice_get_audio_path (first), ==, saved[2]);
  }

  /* The next start: the Practice section runs this on the recordings
   * folder beside the database before anything can record (see
   * on_context_changed() in cal-practice-view.c). It removes the partial
   * file and nothing else. */
  recordings = cal_store_dup_recordings_dir (store);
  g_assert_true (g_str_has_prefix (part_path, recordings));
  g_assert_cmpuint (cal_recorder_cleanup_stale_parts (recordings, &error), ==, 1);
  g_assert_no_error (error);
  g_assert_false (g_file_test (part_path, G_FILE_TEST_EXISTS));
  left = cal_test_list_dir (recordings);
  saved_name = g_path_get_basename (saved[2]);
  g_assert_cmpstr (left, ==, saved_name);
  assert_complete_ogg (saved[2]);

  g_clear_object (&store);
  cal_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/crash-recording/sigkill-mid-recording", test_crash_during_recording);

  return g_test_run ();
}
