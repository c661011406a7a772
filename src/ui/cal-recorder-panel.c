/* cal-recorder-panel.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The big record button with its live level meter and timer. It owns the
 * recorder, applies the user's microphone and length settings, and turns
 * the recorder's failures into something the user can act on.
 */

#define G_LOG_DOMAIN "cal-recorder-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-level-meter.h"
#include "cal-media.h"
#include "cal-recorder-panel.h"
#include "cal-speech-stats.h"

struct _CalRecorderPanel
{
  AdwBin         parent_instance;

  GtkButton     *record_button;
  GtkLabel      *time_label;
  CalLevelMeter *level_meter;
  GtkLabel      *status_label;
  GtkWidget     *controls_box;
  GtkWidget     *error_box;
  GtkLabel      *error_label;

  CalRecorder   *recorder;
  GSettings     *settings;
  char          *error;
  guint          last_second;   /* the timer only changes text once a second */
  double         min_max_duration; /* a floor under max-recording-seconds, or 0 */
};

G_DEFINE_FINAL_TYPE (CalRecorderPanel, cal_recorder_panel, ADW_TYPE_BIN)

enum {
  RECORDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_time (CalRecorderPanel *self,
             gboolean          force)
{
  double elapsed = cal_recorder_get_elapsed (self->recorder);
  guint second = (guint) elapsed;
  g_autofree char *now = NULL;
  g_autofree char *max = NULL;
  g_autofree char *text = NULL;

  if (!force && second == self->last_second)
    return;

  self->last_second = second;
  now = cal_speech_format_time (second);
  max = cal_speech_format_time (cal_recorder_get_max_duration (self->recorder));
  /* Translators: time recorded, then the longest recording allowed */
  text = g_strdup_printf (_("%s / %s"), now, max);
  gtk_label_set_label (self->time_label, text);
}

static void
update_state (CalRecorderPanel *self)
{
  CalRecorderState state = cal_recorder_get_state (self->recorder);
  gboolean busy = state != CAL_RECORDER_STATE_IDLE;
  const char *label = busy ? _("Stop recording") : _("Start recording");

  gtk_button_set_icon_name (self->record_button,
                            busy ? "media-playback-stop-symbolic" : "media-record-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->record_button),
                               busy ? _("Stop recording (Space)") : _("Start recording (Space)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->record_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->record_button), state != CAL_RECORDER_STATE_STOPPING);
  gtk_widget_set_visible (self->controls_box, busy && state != CAL_RECORDER_STATE_STOPPING);

  if (busy)
    gtk_widget_add_css_class (GTK_WIDGET (self->record_button), "recording");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->record_button), "recording");

  switch (state)
    {
    case CAL_RECORDER_STATE_STARTING:
      gtk_label_set_label (self->status_label, _("Opening the microphone…"));
      break;
    case CAL_RECORDER_STATE_RECORDING:
      gtk_label_set_label (self->status_label, _("Recording. Answer as you would in the interview."));
      break;
    case CAL_RECORDER_STATE_STOPPING:
      gtk_label_set_label (self->status_label, _("Saving the recording…"));
      break;
    case CAL_RECORDER_STATE_IDLE:
    default:
      gtk_label_set_label (self->status_label, _("Press the button or Space to start answering out loud."));
      cal_level_meter_set_level (self->level_meter, -120.0);
      break;
    }

  update_time (self, TRUE);
}

static void
on_recorder_notify (CalRecorder      *recorder,
                    GParamSpec       *pspec,
                    CalRecorderPanel *self)
{
  const char *name = g_param_spec_get_name (pspec);

  /* The level arrives ~10 times a second: only the meter redraws. */
  if (g_str_equal (name, "level"))
    cal_level_meter_set_level (self->level_meter, cal_recorder_get_level (recorder));
  else if (g_str_equal (name, "elapsed"))
    update_time (self, FALSE);
  else if (g_str_equal (name, "state") || g_str_equal (name, "max-duration"))
    update_state (self);
}

static void
on_recorder_finished (CalRecorder      *recorder,
                      const char       *path,
                      const GError     *error,
                      CalRecorderPanel *self)
{
  double elapsed = cal_recorder_get_elapsed (recorder);

  update_state (self);

  if (error != NULL)
    cal_recorder_panel_show_error (self, error);
  else if (path != NULL)
    g_signal_emit (self, signals[RECORDED], 0, path, elapsed);
}

static void
on_record_clicked (CalRecorderPanel *self)
{
  if (cal_recorder_get_state (self->recorder) == CAL_RECORDER_STATE_IDLE)
    cal_recorder_panel_start (self);
  else
    cal_recorder_panel_stop (self);
}

static void
apply_settings (CalRecorderPanel *self)
{
  g_autofree char *device_name = NULL;

  if (self->settings == NULL)
    return;

  cal_recorder_set_max_duration (self->recorder,
                                 MAX (g_settings_get_uint (self->settings, "max-recording-seconds"),
                                      self->min_max_duration));

  device_name = g_settings_get_string (self->settings, "input-device");
  cal_recorder_set_device (self->recorder, NULL);
  if (*device_name != '\0')
    {
      g_autoptr(GListStore) devices = cal_recorder_list_input_devices ();

      for (guint i = 0; devices != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (devices)); i++)
        {
          g_autoptr(GstDevice) device = g_list_model_get_item (G_LIST_MODEL (devices), i);
          g_autofree char *name = gst_device_get_display_name (device);

          if (g_strcmp0 (name, device_name) == 0)
            {
              cal_recorder_set_device (self->recorder, device);
              break;
            }
        }
      /* A microphone that is gone falls back to the default input; if that
       * is silent too, the dead-input check says so. */
    }
}

static void
cal_recorder_panel_dispose (GObject *object)
{
  CalRecorderPanel *self = CAL_RECORDER_PANEL (object);

  if (self->recorder != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->recorder, self);
      if (cal_recorder_get_state (self->recorder) != CAL_RECORDER_STATE_IDLE)
        cal_recorder_discard (self->recorder);
      g_clear_object (&self->recorder);
    }
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cal_recorder_panel_parent_class)->dispose (object);
}

static void
cal_recorder_panel_finalize (GObject *object)
{
  CalRecorderPanel *self = CAL_RECORDER_PANEL (object);

  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (cal_recorder_panel_parent_class)->finalize (object);
}

/* Focus on the panel means its record button: Space then starts an
 * answer. Without this GTK hands focus to the first focusable widget
 * above it, a selectable label, and selects all of its text. */
static gboolean
cal_recorder_panel_grab_focus (GtkWidget *widget)
{
  CalRecorderPanel *self = CAL_RECORDER_PANEL (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->record_button));
}

static void
cal_recorder_panel_class_init (CalRecorderPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_recorder_panel_dispose;
  object_class->finalize = cal_recorder_panel_finalize;

  widget_class->grab_focus = cal_recorder_panel_grab_focus;

  /**
   * CalRecorderPanel::recorded:
   * @self: the panel
   * @path: the finished recording
   * @duration: its length in seconds
   *
   * A recording was stopped (by the user or at the maximum length) and
   * is complete on disk.
   */
  signals[RECORDED] =
    g_signal_new ("recorded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_DOUBLE);

  g_type_ensure (CAL_TYPE_LEVEL_METER);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-recorder-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, record_button);
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, time_label);
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, level_meter);
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, status_label);
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, controls_box);
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, error_box);
  gtk_widget_class_bind_template_child (widget_class, CalRecorderPanel, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked);
  gtk_widget_class_bind_template_callback (widget_class, cal_recorder_panel_stop);
  gtk_widget_class_bind_template_callback (widget_class, cal_recorder_panel_discard);
}

static void
cal_recorder_panel_init (CalRecorderPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recorder = cal_recorder_new ();
  self->last_second = G_MAXUINT;
  g_signal_connect (self->recorder, "notify", G_CALLBACK (on_recorder_notify), self);
  g_signal_connect (self->recorder, "finished", G_CALLBACK (on_recorder_finished), self);
  update_state (self);
}

GtkWidget *
cal_recorder_panel_new (void)
{
  return g_object_new (CAL_TYPE_RECORDER_PANEL, NULL);
}

/**
 * cal_recorder_panel_set_settings:
 * @self: a #CalRecorderPanel
 * @settings: the app's settings (microphone, longest recording)
 */
void
cal_recorder_panel_set_settings (CalRecorderPanel *self,
                                 GSettings        *settings)
{
  g_return_if_fail (CAL_IS_RECORDER_PANEL (self));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  g_set_object (&self->settings, settings);
  if (settings != NULL)
    cal_recorder_set_max_duration (self->recorder,
                                   MAX (g_settings_get_uint (settings, "max-recording-seconds"),
                                        self->min_max_duration));
}

/**
 * cal_recorder_panel_set_min_max_duration:
 * @self: a #CalRecorderPanel
 * @seconds: the least a recording may last before it is stopped, or 0
 *
 * Lets a timed session (a think-aloud practice of several minutes) record
 * for longer than the max-recording-seconds setting meant for one answer.
 */
void
cal_recorder_panel_set_min_max_duration (CalRecorderPanel *self,
                                         double            seconds)
{
  g_return_if_fail (CAL_IS_RECORDER_PANEL (self));

  self->min_max_duration = MAX (0, seconds);
  if (self->settings != NULL)
    cal_recorder_set_max_duration (self->recorder,
                                   MAX (g_settings_get_uint (self->settings, "max-recording-seconds"),
                                        self->min_max_duration));
  else if (cal_recorder_get_max_duration (self->recorder) < self->min_max_duration)
    cal_recorder_set_max_duration (self->recorder, self->min_max_duration);
  update_time (self, TRUE);
}

/**
 * cal_recorder_panel_get_recorder:
 * @self: a #CalRecorderPanel
 *
 * Returns: (transfer none): the recorder
 */
CalRecorder *
cal_recorder_panel_get_recorder (CalRecorderPanel *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER_PANEL (self), NULL);

  return self->recorder;
}

/**
 * cal_recorder_panel_get_busy:
 * @self: a #CalRecorderPanel
 *
 * Returns: %TRUE while a recording is under way
 */
gboolean
cal_recorder_panel_get_busy (CalRecorderPanel *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER_PANEL (self), FALSE);

  return cal_recorder_get_state (self->recorder) != CAL_RECORDER_STATE_IDLE;
}

/**
 * cal_recorder_panel_start:
 * @self: a #CalRecorderPanel
 *
 * Starts a recording with the current settings, or shows why it cannot.
 */
void
cal_recorder_panel_start (CalRecorderPanel *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CAL_IS_RECORDER_PANEL (self));

  if (cal_recorder_get_state (self->recorder) != CAL_RECORDER_STATE_IDLE)
    return;

  g_clear_pointer (&self->error, g_free);
  gtk_widget_set_visible (self->error_box, FALSE);
  apply_settings (self);

  if (!cal_recorder_start (self->recorder, &error))
    cal_recorder_panel_show_error (self, error);
  update_state (self);
}

/**
 * cal_recorder_panel_stop:
 * @self: a #CalRecorderPanel
 *
 * Stops and keeps the recording; #CalRecorderPanel::recorded follows.
 */
void
cal_recorder_panel_stop (CalRecorderPanel *self)
{
  g_return_if_fail (CAL_IS_RECORDER_PANEL (self));

  if (cal_recorder_get_state (self->recorder) == CAL_RECORDER_STATE_IDLE ||
      cal_recorder_get_state (self->recorder) == CAL_RECORDER_STATE_STOPPING)
    return;

  /* The outcome arrives through CalRecorder::finished. */
  cal_recorder_stop_async (self->recorder, NULL, NULL, NULL);
  update_state (self);
}

/**
 * cal_recorder_panel_discard:
 * @self: a #CalRecorderPanel
 *
 * Stops and throws the recording away.
 */
void
cal_recorder_panel_discard (CalRecorderPanel *self)
{
  g_return_if_fail (CAL_IS_RECORDER_PANEL (self));

  if (cal_recorder_get_state (self->recorder) != CAL_RECORDER_STATE_IDLE)
    cal_recorder_discard (self->recorder);
  update_state (self);
}

/**
 * cal_recorder_panel_show_error:
 * @self: a #CalRecorderPanel
 * @error: what went wrong with recording
 *
 * Shows the error under the record button, in words the user can act on.
 */
void
cal_recorder_panel_show_error (CalRecorderPanel *self,
                               const GError     *error)
{
  const char *message = error->message;

  g_return_if_fail (CAL_IS_RECORDER_PANEL (self));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_DEAD_INPUT))
    message = _("No sound is coming from the microphone. Check it is plugged in and not muted, "
                "or pick another one in Preferences.");
  else if (g_error_matches (error, CAL_MEDIA_ERROR, CAL_MEDIA_ERROR_NO_SPACE))
    message = _("The disk is full, so the recording could not be saved. Free some space and try again.");

  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (self->error_box, TRUE);
}

/**
 * cal_recorder_panel_get_error:
 * @self: a #CalRecorderPanel
 *
 * Returns: (nullable): the error shown, if any
 */
const char *
cal_recorder_panel_get_error (CalRecorderPanel *self)
{
  g_return_val_if_fail (CAL_IS_RECORDER_PANEL (self), NULL);

  return self->error;
}
