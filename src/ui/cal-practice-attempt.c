/* cal-practice-attempt.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One attempt at a question: its recording in a small player, the
 * transcript (words seek the player) and the coach's report. If the
 * recording file has gone, the transcript and the report still show.
 */

#define G_LOG_DOMAIN "cal-practice-attempt"

#include "config.h"

#include <glib/gi18n.h>

#include "cal-practice-attempt.h"
#include "cal-speech-stats.h"

static const double rates[] = { 1.0, 1.25, 1.5 };

struct _CalPracticeAttempt
{
  AdwBin              parent_instance;

  GtkWidget          *missing_box;
  GtkLabel           *missing_label;
  GtkWidget          *player_box;
  GtkButton          *play_button;
  GtkScale           *seek_scale;
  GtkAdjustment      *seek_adjustment;
  GtkLabel           *position_label;
  GtkButton          *speed_button;
  GtkStack           *transcript_stack;
  CalTranscriptView  *transcript_view;
  CalCoachReportView *report_view;

  CalPractice        *practice;
  CalPlayer          *player;
  guint               rate_index;
  gboolean            missing;
  guint               shown_second;
};

G_DEFINE_FINAL_TYPE (CalPracticeAttempt, cal_practice_attempt, ADW_TYPE_BIN)

static void
update_position (CalPracticeAttempt *self)
{
  double position = cal_player_get_position (self->player);
  double duration = cal_player_get_duration (self->player);
  guint second = (guint) position;

  if (duration <= 0 && self->practice != NULL)
    duration = cal_practice_get_duration (self->practice);

  gtk_adjustment_set_upper (self->seek_adjustment, MAX (duration, 1.0));
  gtk_adjustment_set_value (self->seek_adjustment, position);
  cal_transcript_view_set_position (self->transcript_view, position);

  /* Text only changes once a second; avoid relayout on every tick. */
  if (second != self->shown_second)
    {
      g_autofree char *now = cal_speech_format_time (position);
      g_autofree char *total = cal_speech_format_time (duration);
      g_autofree char *text = g_strdup_printf (_("%s / %s"), now, total);

      self->shown_second = second;
      gtk_label_set_label (self->position_label, text);
    }
}

static void
on_player_notify (CalPlayer          *player,
                  GParamSpec         *pspec,
                  CalPracticeAttempt *self)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "playing"))
    {
      gboolean playing = cal_player_get_playing (player);
      const char *label = playing ? _("Pause") : _("Play");

      gtk_button_set_icon_name (self->play_button,
                                playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  else if (g_str_equal (name, "duration"))
    {
      self->shown_second = G_MAXUINT;
      update_position (self);
    }
  else if (g_str_equal (name, "position"))
    {
      update_position (self);
    }
}

static void
on_player_error (CalPlayer          *player,
                 const GError       *error,
                 CalPracticeAttempt *self)
{
  gtk_label_set_label (self->missing_label, error->message);
  gtk_widget_set_visible (self->missing_box, TRUE);
}

static void
on_play_clicked (CalPracticeAttempt *self)
{
  if (self->missing || cal_player_get_file (self->player) == NULL)
    return;

  if (cal_player_get_playing (self->player))
    cal_player_pause (self->player);
  else
    cal_player_play (self->player);
}

static gboolean
on_seek_change_value (CalPracticeAttempt *self,
                      GtkScrollType       scroll,
                      double              value)
{
  if (!self->missing && cal_player_get_file (self->player) != NULL)
    cal_player_seek (self->player, value);
  return FALSE;
}

static void
on_speed_clicked (CalPracticeAttempt *self)
{
  g_autofree char *label = NULL;

  self->rate_index = (self->rate_index + 1) % G_N_ELEMENTS (rates);
  /* Translators: a playback speed such as 1.25× */
  label = g_strdup_printf (_("%g×"), rates[self->rate_index]);
  gtk_button_set_label (self->speed_button, label);
  if (cal_player_get_file (self->player) != NULL)
    cal_player_set_rate (self->player, rates[self->rate_index]);
}

static void
seek_to (CalPracticeAttempt *self,
         double              seconds)
{
  if (self->missing || cal_player_get_file (self->player) == NULL)
    return;
  cal_player_seek (self->player, seconds);
}

static void
on_word_activated (CalPracticeAttempt *self,
                   guint               index,
                   double              start)
{
  seek_to (self, start);
  if (!self->missing && cal_player_get_file (self->player) != NULL && !cal_player_get_playing (self->player))
    cal_player_play (self->player);
}

static void
on_report_seek (CalPracticeAttempt *self,
                double              at)
{
  seek_to (self, at);
}

static void
cal_practice_attempt_dispose (GObject *object)
{
  CalPracticeAttempt *self = CAL_PRACTICE_ATTEMPT (object);

  if (self->player != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->player, self);
      cal_player_pause (self->player);
      g_clear_object (&self->player);
    }
  g_clear_object (&self->practice);

  G_OBJECT_CLASS (cal_practice_attempt_parent_class)->dispose (object);
}

static void
cal_practice_attempt_class_init (CalPracticeAttemptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cal_practice_attempt_dispose;

  g_type_ensure (CAL_TYPE_TRANSCRIPT_VIEW);
  g_type_ensure (CAL_TYPE_COACH_REPORT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/com/calibrd/App/ui/cal-practice-attempt.ui");
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, missing_box);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, missing_label);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, player_box);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, play_button);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, seek_scale);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, seek_adjustment);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, position_label);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, speed_button);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, transcript_stack);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, transcript_view);
  gtk_widget_class_bind_template_child (widget_class, CalPracticeAttempt, report_view);
  gtk_widget_class_bind_template_callback (widget_class, on_play_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_seek_change_value);
  gtk_widget_class_bind_template_callback (widget_class, on_speed_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_word_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_report_seek);
}

static void
cal_practice_attempt_init (CalPracticeAttempt *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->shown_second = G_MAXUINT;
  self->player = cal_player_new ();
  g_signal_connect (self->player, "notify", G_CALLBACK (on_player_notify), self);
  g_signal_connect (self->player, "error", G_CALLBACK (on_player_error), self);
}

GtkWidget *
cal_practice_attempt_new (void)
{
  return g_object_new (CAL_TYPE_PRACTICE_ATTEMPT, NULL);
}

/**
 * cal_practice_attempt_set_practice:
 * @self: a #CalPracticeAttempt
 * @practice: the attempt to show
 * @target_s: the target answer length
 * @pace_min_wpm: the slow end of a good pace
 * @pace_max_wpm: the fast end
 *
 * Shows @practice: its recording if the file is still there, its
 * transcript and its report if it has them yet.
 */
void
cal_practice_attempt_set_practice (CalPracticeAttempt *self,
                                   CalPractice        *practice,
                                   double              target_s,
                                   double              pace_min_wpm,
                                   double              pace_max_wpm)
{
  const char *audio;
  g_autoptr(CalTranscript) transcript = NULL;
  g_autoptr(JsonNode) report = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CAL_IS_PRACTICE_ATTEMPT (self));
  g_return_if_fail (CAL_IS_PRACTICE (practice));

  cal_player_pause (self->player);
  g_set_object (&self->practice, practice);

  /* The recording: a file that is gone is said so plainly, and the rest
   * of the attempt stays useful. */
  audio = cal_practice_get_audio_path (practice);
  self->missing = *audio == '\0' || !g_file_test (audio, G_FILE_TEST_IS_REGULAR);
  if (!self->missing)
    {
      g_autoptr(GFile) file = g_file_new_for_path (audio);
      GFile *current = cal_player_get_file (self->player);
      gboolean changed = current == NULL || !g_file_equal (current, file);

      if (changed && !cal_player_set_file (self->player, file, &error))
        {
          self->missing = TRUE;
          gtk_label_set_label (self->missing_label, error->message);
        }
      else if (changed)
        {
          cal_player_set_rate (self->player, rates[self->rate_index]);
        }
    }
  else
    {
      g_autofree char *text = NULL;

      if (*audio == '\0')
        text = g_strdup (_("This attempt has no recording."));
      else
        /* Translators: %s is a file path */
        text = g_strdup_printf (_("“%s” is no longer there. The transcript and the report are kept."), audio);
      gtk_label_set_label (self->missing_label, text);
    }
  gtk_widget_set_visible (self->missing_box, self->missing);
  gtk_widget_set_sensitive (self->player_box, !self->missing);
  self->shown_second = G_MAXUINT;
  update_position (self);

  /* The report first: the transcript view marks what it found. */
  if (*cal_practice_get_report (practice) != '\0')
    {
      report = json_from_string (cal_practice_get_report (practice), &error);
      if (report == NULL || !JSON_NODE_HOLDS_OBJECT (report))
        {
          g_warning ("Practice %" G_GINT64_FORMAT " has an unreadable report: %s",
                     cal_practice_get_id (practice), error != NULL ? error->message : "not an object");
          g_clear_pointer (&report, json_node_unref);
          g_clear_error (&error);
        }
    }
  if (report != NULL)
    cal_coach_report_view_set_report (self->report_view, json_node_get_object (report),
                                      target_s, pace_min_wpm, pace_max_wpm);
  gtk_widget_set_visible (GTK_WIDGET (self->report_view), report != NULL);

  if (*cal_practice_get_transcript (practice) != '\0')
    {
      transcript = cal_transcript_new_from_data (cal_practice_get_transcript (practice), -1, &error);
      if (transcript == NULL)
        g_warning ("Practice %" G_GINT64_FORMAT " has an unreadable transcript: %s",
                   cal_practice_get_id (practice), error->message);
    }
  cal_transcript_view_set_transcript (self->transcript_view, transcript,
                                      report != NULL ? json_node_get_object (report) : NULL);
  gtk_stack_set_visible_child_name (self->transcript_stack, transcript != NULL ? "words" : "none");
}

/**
 * cal_practice_attempt_get_practice:
 * @self: a #CalPracticeAttempt
 *
 * Returns: (transfer none) (nullable): the attempt shown
 */
CalPractice *
cal_practice_attempt_get_practice (CalPracticeAttempt *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_ATTEMPT (self), NULL);

  return self->practice;
}

/**
 * cal_practice_attempt_get_player:
 * @self: a #CalPracticeAttempt
 *
 * Returns: (transfer none): the player of the recording
 */
CalPlayer *
cal_practice_attempt_get_player (CalPracticeAttempt *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_ATTEMPT (self), NULL);

  return self->player;
}

/**
 * cal_practice_attempt_get_transcript_view:
 * @self: a #CalPracticeAttempt
 *
 * Returns: (transfer none): the transcript
 */
CalTranscriptView *
cal_practice_attempt_get_transcript_view (CalPracticeAttempt *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_ATTEMPT (self), NULL);

  return self->transcript_view;
}

/**
 * cal_practice_attempt_get_report_view:
 * @self: a #CalPracticeAttempt
 *
 * Returns: (transfer none): the report
 */
CalCoachReportView *
cal_practice_attempt_get_report_view (CalPracticeAttempt *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_ATTEMPT (self), NULL);

  return self->report_view;
}

/**
 * cal_practice_attempt_get_recording_missing:
 * @self: a #CalPracticeAttempt
 *
 * Returns: %TRUE if the attempt's recording cannot be found
 */
gboolean
cal_practice_attempt_get_recording_missing (CalPracticeAttempt *self)
{
  g_return_val_if_fail (CAL_IS_PRACTICE_ATTEMPT (self), FALSE);

  return self->missing;
}

/**
 * cal_practice_attempt_stop:
 * @self: a #CalPracticeAttempt
 *
 * Pauses playback, e.g. before a new recording starts.
 */
void
cal_practice_attempt_stop (CalPracticeAttempt *self)
{
  g_return_if_fail (CAL_IS_PRACTICE_ATTEMPT (self));

  cal_player_pause (self->player);
}
