/* cal-recorder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-recorder"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "cal-media.h"
#include "cal-paths.h"
#include "cal-recorder.h"

#define DEFAULT_MAX_DURATION 300.0
/* A real microphone always picks up some noise; if nothing above the floor
 * arrives in this long, the input is dead and the user should know now,
 * not after a whole silent answer. */
#define DEAD_INPUT_SECONDS   2.0
/* The muxer drains within milliseconds; this only guards against a stuck
 * source, so that a stop always finishes. */
#define STOP_TIMEOUT_SECONDS 5
#define PART_SUFFIX          ".part"
#define LEVEL_INTERVAL       (100 * GST_MSECOND)

struct _CalRecorder
{
  GObject           parent_instance;

  GstDevice        *device;
  GstElement       *custom_source;
  char             *directory;
  double            max_duration;

  GstElement       *pipeline;
  guint             bus_watch;
  guint             stop_timeout;
  char             *part_path;
  char             *final_path;
  GTask            *stop_task;

  CalRecorderState  state;
  double            level;
  double            peak;
  double            elapsed;
  gboolean          heard;
};

G_DEFINE_FINAL_TYPE (CalRecorder, cal_recorder, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (CalRecorderState, cal_recorder_state,
                    G_DEFINE_ENUM_VALUE (CAL_RECORDER_STATE_IDLE, "idle"),
                    G_DEFINE_ENUM_VALUE (CAL_RECORDER_STATE_STARTING, "starting"),
                    G_DEFINE_ENUM_VALUE (CAL_RECORDER_STATE_RECORDING, "recording"),
                    G_DEFINE_ENUM_VALUE (CAL_RECORDER_STATE_STOPPING, "stopping"))

enum {
  PROP_0,
  PROP_DEVICE,
  PROP_SOURCE,
  PROP_DIRECTORY,
  PROP_MAX_DURATION,
  PROP_STATE,
  PROP_LEVEL,
  PROP_PEAK,
  PROP_ELAPSED,
  N_PROPS
};

enum {
  FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_state (CalRecorder      *self,
           CalRecorderState  state)
{
  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

static void
set_double (CalRecorder *self,
            double      *field,
            double       value,
            guint        prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
teardown_pipeline (CalRecorder *self)
{
  g_clear_handle_id (&self->bus_watch, g_source_remove);
  g_clear_handle_id (&self->stop_timeout, g_source_remove);

  if (self->pipeline != NULL)
    {
      gst_element_set_state (self->pipeline, GST_STATE_NULL);
      g_clear_object (&self->pipeline);
    }
}

/* Ends the recording. With @path the .part file has become the final
 * recording; otherwise the partial file is removed so that nothing ever
 * points at half a recording. */
static void
finish (CalRecorder  *self,
        const char   *path,
        const GError *error)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->stop_task);
  g_autoptr(GObject) hold = g_object_ref (G_OBJECT (self));

  teardown_pipeline (self);

  if (path == NULL && self->part_path != NULL)
    g_unlink (self->part_path);
  g_clear_pointer (&self->part_path, g_free);
  g_clear_pointer (&self->final_path, g_free);

  set_state (self, CAL_RECORDER_STATE_IDLE);
  g_signal_emit (self, signals[FINISHED], 0, path, error);

  if (task != NULL)
    {
      if (path != NULL)
        g_task_return_pointer (task, g_strdup (path), g_free);
      else if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                 _("The recording was discarded."));
    }
}

static void
fail (CalRecorder *self,
      GError      *error)
{
  g_autoptr(GError) owned = error;

  g_debug ("Recording failed: %s", error->message);
  finish (self, NULL, error);
}

static gboolean
fs_is_nearly_full (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_FREE, NULL, NULL);
  return info != NULL &&
         g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_FILESYSTEM_FREE) < 64 * 1024;
}

static gboolean
message_is_from_source (CalRecorder *self,
                        GstMessage  *message)
{
  g_autoptr(GstElement) source = gst_bin_get_by_name (GST_BIN (self->pipeline), "source");

  return source != NULL && GST_IS_OBJECT (GST_MESSAGE_SRC (message)) &&
         (GST_MESSAGE_SRC (message) == GST_OBJECT (source) ||
          gst_object_has_as_ancestor (GST_MESSAGE_SRC (message), GST_OBJECT (source)));
}

/* Turns a pipeline error into what the user can do about it. */
static GError *
error_from_message (CalRecorder *self,
                    GstMessage  *message)
{
  g_autoptr(GError) gst_error = NULL;
  g_autofree char *debug = NULL;

  gst_message_parse_error (message, &gst_error, &debug);
  g_debug ("Pipeline error from %s: %s (%s)", GST_MESSAGE_SRC_NAME (message),
           gst_error->message, debug);

  if (g_error_matches (gst_error, GST_RESOURCE_ERROR, GST_RESOURCE_ERROR_NO_SPACE_LEFT) ||
      (gst_error->domain == GST_RESOURCE_ERROR && self->part_path != NULL &&
       !message_is_from_source (self, message) && fs_is_nearly_full (self->part_path)))
    return g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_SPACE,
                        _("The disk is full, so the recording was stopped and not kept. "
                          "Free some space and record again."));

  if (message_is_from_source (self, message))
    return g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_INPUT,
                        _("The microphone could not be opened (%s). Check that it is "
                          "connected and chosen in Preferences, and that Calibrd may use it."),
                        gst_error->message);

  return g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                      _("Recording failed: %s"), gst_error->message);
}

static GError *
dead_input_error (void)
{
  return g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DEAD_INPUT,
                      _("No sound is coming from the microphone. Check that it is plugged "
                        "in, not muted, and chosen in Preferences (or Settings → Sound)."));
}

static double
max_of_channels (const GstStructure *s,
                 const char         *field)
{
  const GValue *value = gst_structure_get_value (s, field);
  /* GValueArray is what the level element posts; only its accessor
   * functions are deprecated, not the struct. */
  GValueArray *array;
  double result = -G_MAXDOUBLE;

  if (value == NULL || !G_VALUE_HOLDS_BOXED (value))
    return result;

  array = g_value_get_boxed (value);
  for (guint i = 0; array != NULL && i < array->n_values; i++)
    result = MAX (result, g_value_get_double (&array->values[i]));

  return result;
}

static void
handle_level (CalRecorder        *self,
              const GstStructure *s)
{
  GstClockTime end_time = GST_CLOCK_TIME_NONE;
  double rms = max_of_channels (s, "rms");
  double peak = max_of_channels (s, "peak");

  if (self->state == CAL_RECORDER_STATE_IDLE)
    return;

  if (!isfinite (rms))
    rms = -G_MAXDOUBLE;
  set_double (self, &self->level, MAX (rms, -120.0), PROP_LEVEL);
  if (isfinite (peak) && peak > self->peak)
    set_double (self, &self->peak, peak, PROP_PEAK);
  if (peak > CAL_RECORDER_SILENCE_FLOOR_DB)
    self->heard = TRUE;

  if (gst_structure_get_clock_time (s, "endtime", &end_time) && GST_CLOCK_TIME_IS_VALID (end_time))
    set_double (self, &self->elapsed, (double) end_time / GST_SECOND, PROP_ELAPSED);

  if (self->state != CAL_RECORDER_STATE_RECORDING)
    return;

  if (!self->heard && self->elapsed >= DEAD_INPUT_SECONDS)
    {
      fail (self, dead_input_error ());
      return;
    }

  if (self->elapsed >= self->max_duration)
    {
      g_debug ("Reached the maximum length of %.0f s", self->max_duration);
      cal_recorder_stop_async (self, NULL, NULL, NULL);
    }
}

static void
handle_eos (CalRecorder *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *final_path = g_strdup (self->final_path);

  /* Everything is on disk once the sink has seen EOS; only now does the
   * recording get its real name. */
  gst_element_set_state (self->pipeline, GST_STATE_NULL);

  if (g_rename (self->part_path, final_path) != 0)
    {
      int saved_errno = errno;

      error = g_error_new (CAL_MEDIA_ERROR,
                           saved_errno == ENOSPC ? CAL_MEDIA_ERROR_NO_SPACE : CAL_MEDIA_ERROR_FAILED,
                           _("The recording could not be saved as “%s”: %s"),
                           final_path, g_strerror (saved_errno));
      finish (self, NULL, error);
      return;
    }

  finish (self, final_path, NULL);
}

static gboolean
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  CalRecorder *self = CAL_RECORDER (user_data);

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_ELEMENT:
      {
        const GstStructure *s = gst_message_get_structure (message);

        if (s != NULL && gst_structure_has_name (s, "level"))
          handle_level (self, s);
      }
      break;

    case GST_MESSAGE_STATE_CHANGED:
      if (GST_MESSAGE_SRC (message) == GST_OBJECT (self->pipeline))
        {
          GstState new_state;

          gst_message_parse_state_changed (message, NULL, &new_state, NULL);
          if (new_state == GST_STATE_PLAYING && self->state == CAL_RECORDER_STATE_STARTING)
            set_state (self, CAL_RECORDER_STATE_RECORDING);
        }
      break;

    case GST_MESSAGE_ERROR:
      fail (self, error_from_message (self, message));
      return G_SOURCE_REMOVE;

    case GST_MESSAGE_EOS:
      handle_eos (self);
      return G_SOURCE_REMOVE;

    default:
      break;
    }

  /* finish() removed the watch if the recording ended above. */
  return self->bus_watch != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
on_stop_timeout (gpointer user_data)
{
  CalRecorder *self = CAL_RECORDER (user_data);

  self->stop_timeout = 0;
  fail (self, g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                           _("The microphone stopped responding, so the recording could not "
                             "be finished. Try again, or choose another input in Preferences.")));
  return G_SOURCE_REMOVE;
}

/* autoaudiosrc picks its real source when it goes to READY and, when no
 * audio server or card is reachable, quietly settles for a test source
 * that produces silence; recording that would look like success. */
static gboolean
source_is_fake (GstElement *source)
{
  g_autoptr(GstIterator) iter = NULL;
  GValue item = G_VALUE_INIT;
  gboolean fake = FALSE;

  if (!GST_IS_BIN (source))
    return FALSE;

  iter = gst_bin_iterate_recurse (GST_BIN (source));
  while (gst_iterator_next (iter, &item) == GST_ITERATOR_OK)
    {
      GstElement *child = g_value_get_object (&item);
      GstElementFactory *factory = gst_element_get_factory (child);
      const char *name = factory != NULL ? GST_OBJECT_NAME (factory) : NULL;

      if (g_strcmp0 (name, "audiotestsrc") == 0 || g_strcmp0 (name, "fakesrc") == 0)
        fake = TRUE;
      g_value_reset (&item);
    }
  g_value_unset (&item);

  return fake;
}

static GstElement *
make_element (const char  *factory,
              const char  *name,
              GError     **error)
{
  GstElement *element = gst_element_factory_make (factory, name);

  if (element == NULL)
    g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_MISSING_PLUGIN,
                 _("A GStreamer plugin is missing (%s). Install the GStreamer base and "
                   "good plugins and try again."), factory);
  return element;
}

static GstElement *
build_pipeline (CalRecorder  *self,
                GError      **error)
{
  g_autoptr(GstElement) pipeline = gst_object_ref_sink (gst_pipeline_new ("recorder"));
  g_autoptr(GstCaps) caps = NULL;
  const char *names[] = { "queue", "audioconvert", "audioresample", "capsfilter",
                          "level", "opusenc", "oggmux", "filesink" };
  GstElement *elements[G_N_ELEMENTS (names) + 1];
  GstElement *source;

  if (self->custom_source != NULL)
    {
      source = gst_object_ref (self->custom_source);
      gst_object_set_name (GST_OBJECT (source), "source");
    }
  else if (self->device != NULL)
    {
      source = gst_device_create_element (self->device, "source");
      if (source == NULL)
        {
          g_autofree char *display = gst_device_get_display_name (self->device);

          g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_INPUT,
                       _("The microphone “%s” cannot be used. Choose another input in Preferences."),
                       display);
          return NULL;
        }
    }
  else if ((source = make_element ("autoaudiosrc", "source", error)) == NULL)
    return NULL;

  elements[0] = source;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      elements[i + 1] = make_element (names[i], names[i], error);
      if (elements[i + 1] == NULL)
        {
          for (guint j = 0; j <= i; j++)
            gst_object_unref (gst_object_ref_sink (elements[j]));
          return NULL;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    gst_bin_add (GST_BIN (pipeline), elements[i]);

  /* Mono at 48 kHz is what Opus encodes natively; speech needs no more. */
  caps = gst_caps_from_string ("audio/x-raw,channels=1,rate=48000");
  g_object_set (elements[4], "caps", caps, NULL);
  g_object_set (elements[5], "interval", (guint64) LEVEL_INTERVAL, "post-messages", TRUE, NULL);
  gst_util_set_object_arg (G_OBJECT (elements[6]), "audio-type", "voice");
  /* Unbuffered: every Ogg page reaches the disk as it is made, so a full
   * disk is noticed at once and a crash loses little. */
  g_object_set (elements[8], "location", self->part_path, NULL);
  gst_util_set_object_arg (G_OBJECT (elements[8]), "buffer-mode", "unbuffered");

  if (!gst_element_link_many (elements[0], elements[1], elements[2], elements[3], elements[4],
                              elements[5], elements[6], elements[7], elements[8], NULL))
    {
      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_INPUT,
                   _("The microphone delivers sound in a form that cannot be recorded. "
                     "Choose another input in Preferences."));
      return NULL;
    }

  return g_steal_pointer (&pipeline);
}

/* The .part file is created here, private to the user, before GStreamer
 * opens it: filesink would otherwise create it with the umask's mode. */
static gboolean
create_part_file (CalRecorder  *self,
                  GError      **error)
{
  const char *directory = self->directory;
  g_autofree char *default_dir = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  if (directory == NULL)
    directory = default_dir = cal_paths_get_recordings_dir ();

  if (!cal_paths_ensure_private_dir (directory, error))
    return FALSE;

  for (guint attempt = 0; attempt < 16; attempt++)
    {
      g_autofree char *name = g_strdup_printf ("answer-%s-%06x.ogg", stamp,
                                               g_random_int_range (0, 0xffffff));
      g_autofree char *final_path = g_build_filename (directory, name, NULL);
      g_autofree char *part_path = g_strconcat (final_path, PART_SUFFIX, NULL);
      int fd;

      if (g_file_test (final_path, G_FILE_TEST_EXISTS))
        continue;

      fd = g_open (part_path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EEXIST)
            continue;

          g_set_error (error, CAL_MEDIA_ERROR,
                       saved_errno == ENOSPC ? CAL_MEDIA_ERROR_NO_SPACE : CAL_MEDIA_ERROR_FAILED,
                       _("Could not create a recording in “%s”: %s"),
                       directory, g_strerror (saved_errno));
          return FALSE;
        }
      close (fd);

      self->part_path = g_steal_pointer (&part_path);
      self->final_path = g_steal_pointer (&final_path);
      return TRUE;
    }

  g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
               _("Could not find a free file name in “%s”."), directory);
  return FALSE;
}

/* Undoes a start that failed before anything was recorded; the error goes
 * to the caller of cal_recorder_start(), so no signal is emitted. */
static void
abort_start (CalRecorder *self)
{
  teardown_pipeline (self);
  if (self->part_path != NULL)
    g_unlink (self->part_path);
  g_clear_pointer (&self->part_path, g_free);
  g_clear_pointer (&self->final_path, g_free);
  set_state (self, CAL_RECORDER_STATE_IDLE);
}

static void
cal_recorder_dispose (GObject *object)
{
  CalRecorder *self = (CalRecorder *)object;

  if (self->state != CAL_RECORDER_STATE_IDLE)
    cal_recorder_discard (self);

  teardown_pipeline (self);
  g_clear_object (&self->device);
  g_clear_object (&self->custom_source);

  G_OBJECT_CLASS (cal_recorder_parent_class)->dispose (object);
}

static void
cal_recorder_finalize (GObject *object)
{
  CalRecorder *self = (CalRecorder *)object;

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->part_path, g_free);
  g_clear_pointer (&self->final_path, g_free);

  G_OBJECT_CLASS (cal_recorder_parent_class)->finalize (object);
}

static void
cal_recorder_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CalRecorder *self = CAL_RECORDER (object);

  switch (prop_id)
    {
    case PROP_DEVICE:
      g_value_set_object (value, self->device);
      break;
    case PROP_SOURCE:
      g_value_set_object (value, self->custom_source);
      break;
    case PROP_DIRECTORY:
      g_value_set_string (value, self->directory);
      break;
    case PROP_MAX_DURATION:
      g_value_set_double (value, self->max_duration);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_LEVEL:
      g_value_set_double (value, self->level);
      break;
    case PROP_PEAK:
      g_value_set_double (value, self->peak);
      break;
    case PROP_ELAPSED:
      g_value_set_double (value, self->elapsed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_recorder_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CalRecorder *self = CAL_RECORDER (object);

  switch (prop_id)
    {
    case PROP_DEVICE:
      cal_recorder_set_device (self, g_value_get_object (value));
      break;
    case PROP_SOURCE:
      cal_recorder_set_source (self, g_value_get_object (value));
      break;
    case PROP_DIRECTORY:
      cal_recorder_set_directory (self, g_value_get_string (value));
      break;
    case PROP_MAX_DURATION:
      cal_recorder_set_max_duration (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_recorder_class_init (CalRecorderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_recorder_dispose;
  object_class->finalize = cal_recorder_finalize;
  object_class->get_property = cal_recorder_get_property;
  object_class->set_property = cal_recorder_set_property;

  /**
   * CalRecorder:device:
   *
   * The input to record from, one of cal_recorder_list_input_devices(),
   * or %NULL for the system's default input.
   */
  properties[PROP_DEVICE] =
    g_param_spec_object ("device", NULL, NULL, GST_TYPE_DEVICE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CalRecorder:source:
   *
   * A source element used instead of a device, e.g. a file or test
   * source; it must behave like a live capture source.
   */
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, GST_TYPE_ELEMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CalRecorder:directory:
   *
   * Where recordings go; %NULL for the app's recordings folder.
   */
  properties[PROP_DIRECTORY] =
    g_param_spec_string ("directory", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CalRecorder:max-duration:
   *
   * Seconds after which a recording stops by itself, and is kept.
   */
  properties[PROP_MAX_DURATION] =
    g_param_spec_double ("max-duration", NULL, NULL, 1.0, 3600.0, DEFAULT_MAX_DURATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL, CAL_TYPE_RECORDER_STATE, CAL_RECORDER_STATE_IDLE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CalRecorder:level:
   *
   * The loudness of the last tenth of a second (RMS, dBFS, -120 to 0),
   * updated about ten times a second for a level meter.
   */
  properties[PROP_LEVEL] =
    g_param_spec_double ("level", NULL, NULL, -G_MAXDOUBLE, 0.0, -120.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CalRecorder:peak:
   *
   * The highest peak level (dBFS) of the current or last recording.
   */
  properties[PROP_PEAK] =
    g_param_spec_double ("peak", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * CalRecorder:elapsed:
   *
   * Seconds of audio captured so far.
   */
  properties[PROP_ELAPSED] =
    g_param_spec_double ("elapsed", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalRecorder::finished:
   * @self: the recorder
   * @path: (nullable): the finished Ogg/Opus recording, or %NULL
   * @error: (nullable): why it failed, or %NULL
   *
   * Emitted whenever a recording ends: stopped (@path set), stopped by
   * itself at #CalRecorder:max-duration (@path set), failed (@error set,
   * nothing kept) or discarded (both %NULL).
   */
  signals[FINISHED] =
    g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  G_TYPE_STRING, G_TYPE_ERROR);
}

static void
cal_recorder_init (CalRecorder *self)
{
  self->max_duration = DEFAULT_MAX_DURATION;
  self->level = -120.0;
  self->peak = -G_MAXDOUBLE;
}

/**
 * cal_recorder_new:
 *
 * Returns: (transfer full): a new #CalRecorder for the default input
 */
CalRecorder *
cal_recorder_new (void)
{
  return g_object_new (CAL_TYPE_RECORDER, NULL);
}

static int
compare_devices (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  g_autofree char *name_a = gst_device_get_display_name ((GstDevice *) a);
  g_autofree char *name_b = gst_device_get_display_name ((GstDevice *) b);

  return g_utf8_collate (name_a, name_b);
}

/**
 * cal_recorder_list_input_devices:
 *
 * Lists the microphones the system offers, for a choice in Preferences.
 * Monitors of speakers are left out: recording them is not an answer.
 *
 * Returns: (transfer full): a #GListStore of #GstDevice, by name
 */
GListStore *
cal_recorder_list_input_devices (void)
{
  g_autoptr(GstDeviceMonitor) monitor = NULL;
  GListStore *store = g_list_store_new (GST_TYPE_DEVICE);
  GList *devices;

  if (!cal_media_init (NULL))
    return store;

  monitor = gst_device_monitor_new ();
  gst_device_monitor_add_filter (monitor, "Audio/Source", NULL);
  if (!gst_device_monitor_start (monitor))
    return store;

  devices = gst_device_monitor_get_devices (monitor);
  for (GList *l = devices; l != NULL; l = l->next)
    {
      GstDevice *device = l->data;
      g_autoptr(GstStructure) props = gst_device_get_properties (device);
      const char *klass = props != NULL ? gst_structure_get_string (props, "device.class") : NULL;

      if (g_strcmp0 (klass, "monitor") != 0)
        g_list_store_insert_sorted (store, device, compare_devices, NULL);
    }
  g_list_free_full (devices, gst_object_unref);
  gst_device_monitor_stop (monitor);

  return store;
}

/**
 * cal_recorder_get_device:
 * @self: a #CalRecorder
 *
 * Returns: (transfer none) (nullable): the chosen input, or %NULL for the default
 */
GstDevice *
cal_recorder_get_device (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), NULL);

  return self->device;
}

/**
 * cal_recorder_set_device:
 * @self: a #CalRecorder
 * @device: (nullable): the input, or %NULL for the default
 *
 * Chooses the input for the next recording.
 */
void
cal_recorder_set_device (CalRecorder *self,
                         GstDevice   *device)
{
  g_return_if_fail (CAL_IS_RECORDER (self));
  g_return_if_fail (device == NULL || GST_IS_DEVICE (device));

  if (g_set_object (&self->device, device))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEVICE]);
}

/**
 * cal_recorder_get_source:
 * @self: a #CalRecorder
 *
 * Returns: (transfer none) (nullable): the custom source element
 */
GstElement *
cal_recorder_get_source (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), NULL);

  return self->custom_source;
}

/**
 * cal_recorder_set_source:
 * @self: a #CalRecorder
 * @source: (nullable): a live source element, or %NULL to use the device
 *
 * Records from @source instead of a device. Takes a reference (sinking a
 * floating one). The element can serve only one recording.
 */
void
cal_recorder_set_source (CalRecorder *self,
                         GstElement  *source)
{
  g_return_if_fail (CAL_IS_RECORDER (self));
  g_return_if_fail (source == NULL || GST_IS_ELEMENT (source));

  if (source != NULL)
    gst_object_ref_sink (source);
  g_clear_object (&self->custom_source);
  self->custom_source = source;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * cal_recorder_get_directory:
 * @self: a #CalRecorder
 *
 * Returns: (nullable): the folder for recordings, %NULL for the default
 */
const char *
cal_recorder_get_directory (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), NULL);

  return self->directory;
}

/**
 * cal_recorder_set_directory:
 * @self: a #CalRecorder
 * @directory: (nullable): a folder, or %NULL for the app's recordings folder
 */
void
cal_recorder_set_directory (CalRecorder *self,
                            const char  *directory)
{
  g_return_if_fail (CAL_IS_RECORDER (self));

  if (g_strcmp0 (self->directory, directory) == 0)
    return;

  g_free (self->directory);
  self->directory = g_strdup (directory);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRECTORY]);
}

/**
 * cal_recorder_get_max_duration:
 * @self: a #CalRecorder
 *
 * Returns: the longest recording in seconds
 */
double
cal_recorder_get_max_duration (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), 0.0);

  return self->max_duration;
}

/**
 * cal_recorder_set_max_duration:
 * @self: a #CalRecorder
 * @seconds: the longest recording; it stops by itself, and is kept
 */
void
cal_recorder_set_max_duration (CalRecorder *self,
                               double       seconds)
{
  g_return_if_fail (CAL_IS_RECORDER (self));
  g_return_if_fail (seconds >= 1.0);

  if (self->max_duration == seconds)
    return;

  self->max_duration = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DURATION]);
}

/**
 * cal_recorder_get_state:
 * @self: a #CalRecorder
 *
 * Returns: what the recorder is doing
 */
CalRecorderState
cal_recorder_get_state (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), CAL_RECORDER_STATE_IDLE);

  return self->state;
}

/**
 * cal_recorder_get_level:
 * @self: a #CalRecorder
 *
 * Returns: the current loudness (RMS) in dBFS
 */
double
cal_recorder_get_level (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), -120.0);

  return self->level;
}

/**
 * cal_recorder_get_peak:
 * @self: a #CalRecorder
 *
 * Returns: the highest peak of the current or last recording in dBFS
 */
double
cal_recorder_get_peak (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), -G_MAXDOUBLE);

  return self->peak;
}

/**
 * cal_recorder_get_elapsed:
 * @self: a #CalRecorder
 *
 * Returns: seconds of audio captured so far
 */
double
cal_recorder_get_elapsed (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), 0.0);

  return self->elapsed;
}

/**
 * cal_recorder_get_part_path:
 * @self: a #CalRecorder
 *
 * Returns: (nullable): the partial file being written, while recording
 */
const char *
cal_recorder_get_part_path (CalRecorder *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), NULL);

  return self->part_path;
}

/**
 * cal_recorder_start:
 * @self: an idle #CalRecorder
 * @error: return location for a #GError
 *
 * Opens the input and starts writing a new recording to a `.part` file.
 * Missing plugins, an unusable folder and an input that is known to be
 * fake are reported here; a dead input (no sound in the first two
 * seconds), a full disk or a lost device later, through
 * #CalRecorder::finished. #CalRecorder:state turns to
 * %CAL_RECORDER_STATE_RECORDING once sound flows.
 *
 * Returns: %TRUE if recording is starting
 */
gboolean
cal_recorder_start (CalRecorder  *self,
                    GError      **error)
{
  static const char * const needed[] = {
    "queue", "audioconvert", "audioresample", "capsfilter", "level", "opusenc", "oggmux",
    "filesink", NULL
  };
  static const char * const needed_auto[] = { "autoaudiosrc", NULL };
  g_autoptr(GstBus) bus = NULL;
  GError *local_error = NULL;
  gboolean use_auto;

  g_return_val_if_fail (CAL_IS_RECORDER (self), FALSE);
  g_return_val_if_fail (self->state == CAL_RECORDER_STATE_IDLE, FALSE);

  use_auto = self->custom_source == NULL && self->device == NULL;
  if (!cal_media_check_elements (needed, error) ||
      (use_auto && !cal_media_check_elements (needed_auto, error)))
    return FALSE;

  if (!create_part_file (self, error))
    return FALSE;

  self->pipeline = build_pipeline (self, &local_error);
  if (self->pipeline == NULL)
    {
      abort_start (self);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  self->heard = FALSE;
  set_double (self, &self->elapsed, 0.0, PROP_ELAPSED);
  set_double (self, &self->level, -120.0, PROP_LEVEL);
  set_double (self, &self->peak, -G_MAXDOUBLE, PROP_PEAK);

  bus = gst_element_get_bus (self->pipeline);

  /* READY opens the device synchronously, so an unusable input is an
   * error from this call, not a silent recording. */
  if (gst_element_set_state (self->pipeline, GST_STATE_READY) == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);

      local_error = message != NULL
        ? error_from_message (self, message)
        : g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_INPUT,
                       _("The microphone could not be opened. Check that it is connected "
                         "and chosen in Preferences."));
      abort_start (self);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (use_auto)
    {
      g_autoptr(GstElement) source = gst_bin_get_by_name (GST_BIN (self->pipeline), "source");

      if (source_is_fake (source))
        {
          abort_start (self);
          g_propagate_error (error, dead_input_error ());
          return FALSE;
        }
    }

  self->bus_watch = gst_bus_add_watch (bus, on_bus_message, self);
  set_state (self, CAL_RECORDER_STATE_STARTING);

  if (gst_element_set_state (self->pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
    {
      g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);

      local_error = message != NULL
        ? error_from_message (self, message)
        : g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_INPUT,
                       _("The microphone could not be started. Check that no other "
                         "application holds it, and try again."));
      abort_start (self);
      g_propagate_error (error, local_error);
      return FALSE;
    }

  return TRUE;
}

/**
 * cal_recorder_stop_async:
 * @self: a #CalRecorder
 * @cancellable: (nullable): a #GCancellable (to throw the recording away
 *   instead, call cal_recorder_discard())
 * @callback: (nullable): called with the final path
 * @user_data: data for @callback
 *
 * Stops recording: the last audio is encoded and written, and only then
 * is the `.part` file renamed to its final `.ogg` name.
 */
void
cal_recorder_stop_async (CalRecorder         *self,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (CAL_IS_RECORDER (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cal_recorder_stop_async);

  if (self->state == CAL_RECORDER_STATE_IDLE)
    {
      g_task_return_new_error (task, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_FAILED,
                               _("Nothing is being recorded."));
      return;
    }

  if (self->stop_task != NULL)
    {
      /* Already stopping (e.g. at the maximum length): this caller gets
       * the result too, through the signal; answer it the same way. */
      if (callback == NULL)
        return;
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               _("The recording is already being stopped."));
      return;
    }

  self->stop_task = g_steal_pointer (&task);
  set_state (self, CAL_RECORDER_STATE_STOPPING);
  self->stop_timeout = g_timeout_add_seconds (STOP_TIMEOUT_SECONDS, on_stop_timeout, self);
  gst_element_send_event (self->pipeline, gst_event_new_eos ());
}

/**
 * cal_recorder_stop_finish:
 * @self: a #CalRecorder
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the path of the finished `.ogg`, or %NULL
 */
char *
cal_recorder_stop_finish (CalRecorder   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (CAL_IS_RECORDER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * cal_recorder_discard:
 * @self: a #CalRecorder
 *
 * Stops recording and deletes what was recorded. Does nothing when idle.
 */
void
cal_recorder_discard (CalRecorder *self)
{
  g_return_if_fail (CAL_IS_RECORDER (self));

  if (self->state == CAL_RECORDER_STATE_IDLE)
    return;

  finish (self, NULL, NULL);
}

/**
 * cal_recorder_cleanup_stale_parts:
 * @directory: the recordings folder
 * @error: return location for a #GError
 *
 * Deletes `.part` files that a crash or power cut left behind. Call it at
 * start-up, before anything records: the app runs once per user, so no
 * `.part` file belongs to a live recording then.
 *
 * Returns: how many files were removed; 0 with @error set on failure
 */
guint
cal_recorder_cleanup_stale_parts (const char  *directory,
                                  GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;
  guint removed = 0;

  g_return_val_if_fail (directory != NULL, 0);

  dir = g_dir_open (directory, 0, &local_error);
  if (dir == NULL)
    {
      /* No folder yet means nothing was ever recorded. */
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return 0;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_suffix (name, PART_SUFFIX))
        continue;

      path = g_build_filename (directory, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_unlink (path) == 0)
        removed++;
    }

  return removed;
}
