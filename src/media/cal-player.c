/* cal-player.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-player"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <gst/gst.h>

#include "cal-media.h"
#include "cal-player.h"

/* How often position is refreshed while playing: smooth enough for a
 * scrubber without waking up more than needed. */
#define POSITION_INTERVAL_MS 100

struct _CalPlayer
{
  GObject     parent_instance;

  GFile      *file;
  GstElement *playbin;
  guint       bus_watch;
  guint       position_timer;

  gboolean    playing;
  double      position;
  double      duration;
  double      rate;
};

G_DEFINE_FINAL_TYPE (CalPlayer, cal_player, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_PLAYING,
  PROP_POSITION,
  PROP_DURATION,
  PROP_RATE,
  N_PROPS
};

enum {
  END_OF_STREAM,
  ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
set_double (CalPlayer *self,
            double    *field,
            double     value,
            guint      prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_playing (CalPlayer *self,
             gboolean   playing)
{
  if (self->playing == playing)
    return;

  self->playing = playing;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

static void
update_times (CalPlayer *self)
{
  gint64 position, duration;

  if (self->playbin == NULL)
    return;

  if (gst_element_query_duration (self->playbin, GST_FORMAT_TIME, &duration) && duration >= 0)
    set_double (self, &self->duration, (double) duration / GST_SECOND, PROP_DURATION);
  if (gst_element_query_position (self->playbin, GST_FORMAT_TIME, &position) && position >= 0)
    set_double (self, &self->position, (double) position / GST_SECOND, PROP_POSITION);
}

static gboolean
on_position_timer (gpointer user_data)
{
  update_times (CAL_PLAYER (user_data));
  return G_SOURCE_CONTINUE;
}

/* Seeks to @seconds at the current rate. A rate other than 1 is applied
 * through a seek, so every seek carries it. */
static void
seek_with_rate (CalPlayer *self,
                double     seconds)
{
  gint64 target = (gint64) (MAX (seconds, 0.0) * GST_SECOND);

  gst_element_seek (self->playbin, self->rate, GST_FORMAT_TIME,
                    GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_ACCURATE,
                    GST_SEEK_TYPE_SET, target, GST_SEEK_TYPE_NONE, GST_CLOCK_TIME_NONE);
}

static gboolean
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    user_data)
{
  CalPlayer *self = CAL_PLAYER (user_data);

  switch (GST_MESSAGE_TYPE (message))
    {
    case GST_MESSAGE_EOS:
      /* Back to the start, paused, ready to be played again. */
      gst_element_set_state (self->playbin, GST_STATE_PAUSED);
      g_clear_handle_id (&self->position_timer, g_source_remove);
      set_double (self, &self->position, self->duration, PROP_POSITION);
      set_playing (self, FALSE);
      seek_with_rate (self, 0.0);
      g_signal_emit (self, signals[END_OF_STREAM], 0);
      break;

    case GST_MESSAGE_ERROR:
      {
        g_autoptr(GError) gst_error = NULL;
        g_autoptr(GError) error = NULL;
        g_autofree char *debug = NULL;

        gst_message_parse_error (message, &gst_error, &debug);
        g_debug ("Playback error: %s (%s)", gst_error->message, debug);
        error = g_error_new (CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                             _("The recording cannot be played: %s"), gst_error->message);
        gst_element_set_state (self->playbin, GST_STATE_READY);
        g_clear_handle_id (&self->position_timer, g_source_remove);
        set_playing (self, FALSE);
        g_signal_emit (self, signals[ERROR], 0, error);
      }
      break;

    case GST_MESSAGE_DURATION_CHANGED:
    case GST_MESSAGE_ASYNC_DONE:
      update_times (self);
      break;

    default:
      break;
    }

  return G_SOURCE_CONTINUE;
}

static void
cal_player_dispose (GObject *object)
{
  CalPlayer *self = (CalPlayer *)object;

  g_clear_handle_id (&self->position_timer, g_source_remove);
  g_clear_handle_id (&self->bus_watch, g_source_remove);
  if (self->playbin != NULL)
    {
      gst_element_set_state (self->playbin, GST_STATE_NULL);
      g_clear_object (&self->playbin);
    }
  g_clear_object (&self->file);

  G_OBJECT_CLASS (cal_player_parent_class)->dispose (object);
}

static void
cal_player_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CalPlayer *self = CAL_PLAYER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;
    case PROP_POSITION:
      g_value_set_double (value, self->position);
      break;
    case PROP_DURATION:
      g_value_set_double (value, self->duration);
      break;
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_player_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CalPlayer *self = CAL_PLAYER (object);

  switch (prop_id)
    {
    case PROP_RATE:
      cal_player_set_rate (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cal_player_class_init (CalPlayerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_player_dispose;
  object_class->get_property = cal_player_get_property;
  object_class->set_property = cal_player_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * CalPlayer:position:
   *
   * Seconds from the start, refreshed ten times a second while playing.
   */
  properties[PROP_POSITION] =
    g_param_spec_double ("position", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * CalPlayer:rate:
   *
   * Playback speed, e.g. 1, 1.25 or 1.5. The pitch is kept when the
   * scaletempo plugin is installed.
   */
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL, 0.5, 2.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CalPlayer::end-of-stream:
   *
   * The recording played to its end; the player is paused at the start.
   */
  signals[END_OF_STREAM] =
    g_signal_new ("end-of-stream", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * CalPlayer::error:
   * @error: what went wrong, in %CAL_MEDIA_ERROR
   */
  signals[ERROR] =
    g_signal_new ("error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
cal_player_init (CalPlayer *self)
{
  self->rate = 1.0;
}

/**
 * cal_player_new:
 *
 * Returns: (transfer full): a new #CalPlayer
 */
CalPlayer *
cal_player_new (void)
{
  return g_object_new (CAL_TYPE_PLAYER, NULL);
}

/**
 * cal_player_get_file:
 * @self: a #CalPlayer
 *
 * Returns: (transfer none) (nullable): the loaded recording
 */
GFile *
cal_player_get_file (CalPlayer *self)
{
  g_return_val_if_fail (CAL_IS_PLAYER (self), NULL);

  return self->file;
}

/**
 * cal_player_set_file:
 * @self: a #CalPlayer
 * @file: the recording
 * @error: return location for a #GError
 *
 * Loads @file paused at its start; #CalPlayer:duration follows once it
 * is known.
 *
 * Returns: %TRUE if the file could be opened
 */
gboolean
cal_player_set_file (CalPlayer  *self,
                     GFile      *file,
                     GError    **error)
{
  static const char * const needed[] = { "playbin", NULL };
  g_autoptr(GstBus) bus = NULL;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (CAL_IS_PLAYER (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!cal_media_check_elements (needed, error))
    return FALSE;

  if (self->playbin == NULL)
    {
      g_autoptr(GstElement) scaletempo = gst_element_factory_make ("scaletempo", NULL);

      self->playbin = gst_object_ref_sink (gst_element_factory_make ("playbin", "player"));
      /* Without scaletempo a faster rate also raises the pitch; still
       * usable, so it is an improvement, not a requirement. */
      if (scaletempo != NULL)
        g_object_set (self->playbin, "audio-filter", g_steal_pointer (&scaletempo), NULL);

      bus = gst_element_get_bus (self->playbin);
      self->bus_watch = gst_bus_add_watch (bus, on_bus_message, self);
    }

  gst_element_set_state (self->playbin, GST_STATE_READY);
  g_clear_handle_id (&self->position_timer, g_source_remove);
  set_playing (self, FALSE);
  set_double (self, &self->position, 0.0, PROP_POSITION);
  set_double (self, &self->duration, 0.0, PROP_DURATION);

  uri = g_file_get_uri (file);
  g_object_set (self->playbin, "uri", uri, NULL);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  if (gst_element_set_state (self->playbin, GST_STATE_PAUSED) == GST_STATE_CHANGE_FAILURE)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DECODE,
                   _("“%s” cannot be played. It may have been moved or deleted."), name);
      return FALSE;
    }

  return TRUE;
}

/**
 * cal_player_play:
 * @self: a #CalPlayer with a file
 */
void
cal_player_play (CalPlayer *self)
{
  g_return_if_fail (CAL_IS_PLAYER (self));
  g_return_if_fail (self->playbin != NULL);

  gst_element_set_state (self->playbin, GST_STATE_PLAYING);
  if (self->position_timer == 0)
    self->position_timer = g_timeout_add (POSITION_INTERVAL_MS, on_position_timer, self);
  set_playing (self, TRUE);
}

/**
 * cal_player_pause:
 * @self: a #CalPlayer
 */
void
cal_player_pause (CalPlayer *self)
{
  g_return_if_fail (CAL_IS_PLAYER (self));

  if (self->playbin == NULL)
    return;

  gst_element_set_state (self->playbin, GST_STATE_PAUSED);
  g_clear_handle_id (&self->position_timer, g_source_remove);
  update_times (self);
  set_playing (self, FALSE);
}

/**
 * cal_player_get_playing:
 * @self: a #CalPlayer
 *
 * Returns: whether it is playing
 */
gboolean
cal_player_get_playing (CalPlayer *self)
{
  g_return_val_if_fail (CAL_IS_PLAYER (self), FALSE);

  return self->playing;
}

/**
 * cal_player_seek:
 * @self: a #CalPlayer with a file
 * @seconds: the position to jump to
 */
void
cal_player_seek (CalPlayer *self,
                 double     seconds)
{
  g_return_if_fail (CAL_IS_PLAYER (self));
  g_return_if_fail (self->playbin != NULL);

  if (self->duration > 0)
    seconds = MIN (seconds, self->duration);
  seek_with_rate (self, seconds);
  set_double (self, &self->position, MAX (seconds, 0.0), PROP_POSITION);
}

/**
 * cal_player_get_position:
 * @self: a #CalPlayer
 *
 * Returns: seconds from the start
 */
double
cal_player_get_position (CalPlayer *self)
{
  g_return_val_if_fail (CAL_IS_PLAYER (self), 0.0);

  return self->position;
}

/**
 * cal_player_get_duration:
 * @self: a #CalPlayer
 *
 * Returns: the recording's length in seconds, 0 until known
 */
double
cal_player_get_duration (CalPlayer *self)
{
  g_return_val_if_fail (CAL_IS_PLAYER (self), 0.0);

  return self->duration;
}

/**
 * cal_player_get_rate:
 * @self: a #CalPlayer
 *
 * Returns: the playback speed
 */
double
cal_player_get_rate (CalPlayer *self)
{
  g_return_val_if_fail (CAL_IS_PLAYER (self), 1.0);

  return self->rate;
}

/**
 * cal_player_set_rate:
 * @self: a #CalPlayer
 * @rate: the speed, 0.5–2 (the UI offers 1, 1.25 and 1.5)
 *
 * Changes speed from the current position on.
 */
void
cal_player_set_rate (CalPlayer *self,
                     double     rate)
{
  g_return_if_fail (CAL_IS_PLAYER (self));
  g_return_if_fail (rate >= 0.5 && rate <= 2.0);

  if (self->rate == rate)
    return;

  self->rate = rate;
  if (self->playbin != NULL && self->file != NULL)
    {
      update_times (self);
      seek_with_rate (self, self->position);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}
