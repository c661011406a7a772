/* cal-test-media.h: helpers for tests that record and play real audio
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gst/pbutils/pbutils.h>

#include "cal-recorder.h"

/* The length of any audio file as GStreamer's demuxers report it. */
static inline double
cal_test_audio_duration (const char *path)
{
  g_autoptr(GstDiscoverer) discoverer = gst_discoverer_new (10 * GST_SECOND, NULL);
  g_autoptr(GstDiscovererInfo) info = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

  g_assert_nonnull (discoverer);
  info = gst_discoverer_discover_uri (discoverer, uri, NULL);
  g_assert_nonnull (info);
  g_assert_cmpint (gst_discoverer_info_get_result (info), ==, GST_DISCOVERER_OK);
  return (double) gst_discoverer_info_get_duration (info) / GST_SECOND;
}

typedef struct
{
  gboolean  done;
  char     *path;
  GError   *error;
} CalTestFinished;

static inline void
cal_test_on_finished (CalRecorder     *recorder,
                      const char      *path,
                      const GError    *error,
                      CalTestFinished *finished)
{
  g_assert_false (finished->done);
  finished->done = TRUE;
  finished->path = g_strdup (path);
  finished->error = error != NULL ? g_error_copy (error) : NULL;
}

static inline void
cal_test_finished_clear (CalTestFinished *finished)
{
  g_clear_pointer (&finished->path, g_free);
  g_clear_error (&finished->error);
  finished->done = FALSE;
}

static inline gboolean
cal_test_timed_out_cb (gpointer data)
{
  g_error ("Timed out waiting for %s", (const char *) data);
  return G_SOURCE_REMOVE;
}

/* Iterates the default main context until *flag is set, failing the test
 * after @seconds. */
static inline void
cal_test_wait_for (const gboolean *flag,
                   guint           seconds,
                   const char     *what)
{
  guint timeout = g_timeout_add_seconds (seconds, cal_test_timed_out_cb, (gpointer) what);

  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static inline gboolean
cal_test_set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static inline void
cal_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, cal_test_set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static inline int
cal_test_compare_names (gconstpointer a,
                        gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Names of the files in @dir, sorted, joined by spaces. */
static inline char *
cal_test_list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, cal_test_compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}
