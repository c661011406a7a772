/* cal-transcriber.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-transcriber"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gst/gst.h>
#include <gst/app/gstappsink.h>

#include "cal-file-error.h"
#include "cal-media.h"
#include "cal-pocketsphinx-engine.h"
#include "cal-transcriber.h"

#if G_BYTE_ORDER == G_LITTLE_ENDIAN
# define NATIVE_S16 "S16LE"
#else
# define NATIVE_S16 "S16BE"
#endif

/* Progress is reported in steps of at least this much, so a long file does
 * not flood the main loop with idle callbacks. */
#define PROGRESS_STEP 0.01

struct _CalTranscriber
{
  GObject          parent_instance;

  CalSpeechEngine *engine;
  /* An engine decodes one recording at a time; concurrent requests wait. */
  GMutex           engine_lock;
};

G_DEFINE_FINAL_TYPE (CalTranscriber, cal_transcriber, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  N_PROPS
};

enum {
  PROGRESS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef void (*ProgressFunc) (double   fraction,
                              gpointer user_data);

typedef struct
{
  GFile        *file;
  GMainContext *context;   /* where the caller wants the progress signal */
} TranscribeJob;

typedef struct
{
  CalTranscriber *self;
  double          fraction;
} ProgressUpdate;

static void
transcribe_job_free (TranscribeJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

static void
progress_update_free (ProgressUpdate *update)
{
  g_clear_object (&update->self);
  g_free (update);
}

static gboolean
emit_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;

  g_signal_emit (update->self, signals[PROGRESS], 0, update->fraction);
  return G_SOURCE_REMOVE;
}

/* Turns a GStreamer error into one the user can act on: which file, and
 * whether it is unreadable, not audio, or needs a plugin. */
static void
set_error_from_message (GError     **error,
                        GstMessage  *message,
                        const char  *path)
{
  g_autoptr(GError) gst_error = NULL;
  g_autofree char *debug = NULL;
  g_autofree char *display = g_filename_display_name (path);

  gst_message_parse_error (message, &gst_error, &debug);
  g_debug ("Decoding %s failed: %s (%s)", path, gst_error->message, debug);

  if (g_error_matches (gst_error, GST_STREAM_ERROR, GST_STREAM_ERROR_CODEC_NOT_FOUND))
    g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_MISSING_PLUGIN,
                 _("“%s” uses a format with no decoder installed. Install the GStreamer "
                   "base and good plugins, or convert the file to Ogg, WAV or FLAC."),
                 display);
  else if (gst_error->domain == GST_RESOURCE_ERROR)
    {
      /* GStreamer's message hides why; the file system says it plainly. */
      g_autoptr(GError) explained = NULL;

      if (g_access (path, R_OK) != 0)
        explained = cal_file_error_new_from_errno (path, errno);
      if (explained != NULL)
        g_set_error_literal (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE, explained->message);
      else
        g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                     _("Could not read “%s”: %s"), display, gst_error->message);
    }
  else
    g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                 _("“%s” is not an audio recording that can be read (%s)."),
                 display, gst_error->message);
}

static GstElement *
build_pipeline (const char  *path,
                GError     **error)
{
  static const char * const elements[] = {
    "filesrc", "decodebin", "audioconvert", "audioresample", "capsfilter", "appsink", NULL
  };
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) src = NULL;
  g_autoptr(GError) parse_error = NULL;

  if (!cal_media_check_elements (elements, error))
    return NULL;

  pipeline = gst_parse_launch ("filesrc name=src ! decodebin name=decode ! audioconvert ! audioresample ! "
                               "audio/x-raw,format=" NATIVE_S16 ",layout=interleaved,channels=1,rate="
                               G_STRINGIFY (CAL_SPEECH_ENGINE_SAMPLE_RATE) " ! "
                               "appsink name=sink sync=false max-buffers=64 drop=false",
                               &parse_error);
  if (pipeline == NULL)
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                   _("Could not set up audio decoding: %s"), parse_error->message);
      return NULL;
    }
  gst_object_ref_sink (pipeline);

  /* Set separately so no path has to be quoted for gst_parse_launch(). */
  src = gst_bin_get_by_name (GST_BIN (pipeline), "src");
  g_object_set (src, "location", path, NULL);

  return g_steal_pointer (&pipeline);
}

static CalTranscript *
transcribe_file (CalTranscriber  *self,
                 GFile           *file,
                 GCancellable    *cancellable,
                 ProgressFunc     progress,
                 gpointer         progress_data,
                 GError         **error)
{
  g_autoptr(GstElement) pipeline = NULL;
  g_autoptr(GstElement) sink = NULL;
  g_autoptr(GstElement) decode = NULL;
  g_autoptr(GstBus) bus = NULL;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GMutexLocker) locker = NULL;
  gint64 duration = GST_CLOCK_TIME_NONE;
  double reported = 0.0;
  gboolean ok = TRUE;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                   _("“%s” is not a local file. Save the recording on this computer first."),
                   uri);
      return NULL;
    }

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                   _("The recording “%s” does not exist or is not a file."), display);
      return NULL;
    }

  pipeline = build_pipeline (path, error);
  if (pipeline == NULL)
    return NULL;

  sink = gst_bin_get_by_name (GST_BIN (pipeline), "sink");
  decode = gst_bin_get_by_name (GST_BIN (pipeline), "decode");
  bus = gst_element_get_bus (pipeline);

  locker = g_mutex_locker_new (&self->engine_lock);

  if (!cal_speech_engine_prepare (self->engine, error) ||
      !cal_speech_engine_begin (self->engine, error))
    return NULL;

  if (gst_element_set_state (pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);

      if (message != NULL)
        set_error_from_message (error, message, path);
      else
        g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                     _("Could not start decoding “%s”."), path);
      ok = FALSE;
    }

  while (ok)
    {
      g_autoptr(GstSample) sample = NULL;
      GstBuffer *buffer;
      GstMapInfo map;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      sample = gst_app_sink_try_pull_sample (GST_APP_SINK (sink), 100 * GST_MSECOND);
      if (sample == NULL)
        {
          g_autoptr(GstMessage) message = NULL;

          if (gst_app_sink_is_eos (GST_APP_SINK (sink)))
            break;

          message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR | GST_MESSAGE_WARNING);
          if (message != NULL && GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
            {
              set_error_from_message (error, message, path);
              ok = FALSE;
            }
          else if (message != NULL && GST_MESSAGE_SRC (message) == GST_OBJECT (decode))
            {
              /* decodebin found no stream it could link to audioconvert
               * (an image, a video without sound, a truncated file): the
               * sink will never see EOS, so stop here rather than wait
               * forever. */
              g_autofree char *display = g_filename_display_name (path);

              g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                           _("“%s” is not an audio recording that can be read (it holds no sound)."),
                           display);
              ok = FALSE;
            }
          continue;
        }

      buffer = gst_sample_get_buffer (sample);
      if (buffer == NULL || !gst_buffer_map (buffer, &map, GST_MAP_READ))
        continue;
      ok = cal_speech_engine_feed (self->engine, (const gint16 *) map.data,
                                   map.size / sizeof (gint16), error);
      gst_buffer_unmap (buffer, &map);

      if (progress != NULL)
        {
          if (!GST_CLOCK_TIME_IS_VALID (duration))
            gst_element_query_duration (pipeline, GST_FORMAT_TIME, &duration);

          if (GST_CLOCK_TIME_IS_VALID (duration) && duration > 0 &&
              GST_BUFFER_PTS_IS_VALID (buffer))
            {
              GstClockTime done = GST_BUFFER_PTS (buffer);
              double fraction;

              if (GST_BUFFER_DURATION_IS_VALID (buffer))
                done += GST_BUFFER_DURATION (buffer);
              fraction = CLAMP ((double) done / duration, 0.0, 1.0);
              if (fraction - reported >= PROGRESS_STEP)
                {
                  reported = fraction;
                  progress (fraction, progress_data);
                }
            }
        }
    }

  gst_element_set_state (pipeline, GST_STATE_NULL);

  /* The engine must always be closed, even after an error, so that the
   * next recording starts from a clean decoder. */
  transcript = cal_speech_engine_end (self->engine, ok ? error : NULL);
  if (!ok || transcript == NULL)
    return NULL;

  if (progress != NULL && reported < 1.0)
    progress (1.0, progress_data);

  return g_steal_pointer (&transcript);
}

static void
progress_in_context (double   fraction,
                     gpointer user_data)
{
  GTask *task = user_data;
  TranscribeJob *job = g_task_get_task_data (task);
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  update->self = g_object_ref (g_task_get_source_object (task));
  update->fraction = fraction;
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, emit_progress_cb,
                              update, (GDestroyNotify) progress_update_free);
}

static void
progress_here (double   fraction,
               gpointer user_data)
{
  g_signal_emit (user_data, signals[PROGRESS], 0, fraction);
}

static void
transcribe_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  TranscribeJob *job = task_data;
  GError *error = NULL;
  CalTranscript *transcript;

  transcript = transcribe_file (source_object, job->file, cancellable,
                                progress_in_context, task, &error);
  if (transcript == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, transcript, g_object_unref);
}

static void
cal_transcriber_constructed (GObject *object)
{
  CalTranscriber *self = (CalTranscriber *)object;

  G_OBJECT_CLASS (cal_transcriber_parent_class)->constructed (object);

  if (self->engine == NULL)
    self->engine = cal_pocketsphinx_engine_new (NULL);
}

static void
cal_transcriber_dispose (GObject *object)
{
  CalTranscriber *self = (CalTranscriber *)object;

  g_clear_object (&self->engine);

  G_OBJECT_CLASS (cal_transcriber_parent_class)->dispose (object);
}

static void
cal_transcriber_finalize (GObject *object)
{
  CalTranscriber *self = (CalTranscriber *)object;

  g_mutex_clear (&self->engine_lock);

  G_OBJECT_CLASS (cal_transcriber_parent_class)->finalize (object);
}

static void
cal_transcriber_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CalTranscriber *self = CAL_TRANSCRIBER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_transcriber_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CalTranscriber *self = CAL_TRANSCRIBER (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      self->engine = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_transcriber_class_init (CalTranscriberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cal_transcriber_constructed;
  object_class->dispose = cal_transcriber_dispose;
  object_class->finalize = cal_transcriber_finalize;
  object_class->get_property = cal_transcriber_get_property;
  object_class->set_property = cal_transcriber_set_property;

  /**
   * CalTranscriber:engine:
   *
   * The speech engine; pocketsphinx unless another is given.
   */
  properties[PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL, CAL_TYPE_SPEECH_ENGINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalTranscriber::progress:
   * @self: the transcriber
   * @fraction: how much of the recording is done, 0–1
   *
   * Emitted while transcribing, on the main context that started the
   * transcription, and once with 1.0 when it succeeded.
   */
  signals[PROGRESS] =
    g_signal_new ("progress", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
}

static void
cal_transcriber_init (CalTranscriber *self)
{
  g_mutex_init (&self->engine_lock);
}

/**
 * cal_transcriber_new:
 * @engine: (nullable): the engine to use, or %NULL for pocketsphinx
 *
 * Returns: (transfer full): a new #CalTranscriber. It keeps the engine and
 *   its loaded model for later recordings, so keep one transcriber around.
 */
CalTranscriber *
cal_transcriber_new (CalSpeechEngine *engine)
{
  g_return_val_if_fail (engine == NULL || CAL_IS_SPEECH_ENGINE (engine), NULL);

  return g_object_new (CAL_TYPE_TRANSCRIBER, "engine", engine, NULL);
}

/**
 * cal_transcriber_get_engine:
 * @self: a #CalTranscriber
 *
 * Returns: (transfer none): the speech engine
 */
CalSpeechEngine *
cal_transcriber_get_engine (CalTranscriber *self)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIBER (self), NULL);

  return self->engine;
}

/**
 * cal_transcriber_transcribe:
 * @self: a #CalTranscriber
 * @file: an audio file in any format GStreamer can decode
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Transcribes @file, blocking; for command-line tools and worker threads.
 * #CalTranscriber::progress is emitted in the calling thread.
 *
 * Returns: (transfer full): the transcript, or %NULL with @error set
 */
CalTranscript *
cal_transcriber_transcribe (CalTranscriber  *self,
                            GFile           *file,
                            GCancellable    *cancellable,
                            GError         **error)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIBER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  return transcribe_file (self, file, cancellable, progress_here, self, error);
}

/**
 * cal_transcriber_transcribe_async:
 * @self: a #CalTranscriber
 * @file: an audio file in any format GStreamer can decode
 * @cancellable: (nullable): a #GCancellable to stop early
 * @callback: called when the transcript is ready
 * @user_data: data for @callback
 *
 * Decodes and transcribes @file in a worker thread. Progress arrives
 * through #CalTranscriber::progress on the thread-default main context of
 * this call. Cancelling fails the task with %G_IO_ERROR_CANCELLED within
 * about a tenth of a second.
 */
void
cal_transcriber_transcribe_async (CalTranscriber      *self,
                                  GFile               *file,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TranscribeJob *job;

  g_return_if_fail (CAL_IS_TRANSCRIBER (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (TranscribeJob, 1);
  job->file = g_object_ref (file);
  job->context = g_main_context_ref_thread_default ();

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_transcriber_transcribe_async);
  g_task_set_task_data (task, job, (GDestroyNotify) transcribe_job_free);
  g_task_run_in_thread (task, transcribe_thread);
}

/**
 * cal_transcriber_transcribe_finish:
 * @self: a #CalTranscriber
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the transcript, or %NULL with @error set
 */
CalTranscript *
cal_transcriber_transcribe_finish (CalTranscriber  *self,
                                   GAsyncResult    *result,
                                   GError         **error)
{
  g_return_val_if_fail (CAL_IS_TRANSCRIBER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
