/* cal-coach-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-coach-report"

#include "config.h"

#include "cal-coach-report-private.h"
#include "cal-report-json-private.h"

G_DEFINE_FINAL_TYPE (CalCoachReport, cal_coach_report, G_TYPE_OBJECT)

static void
advice_free (gpointer data)
{
  CalCoachAdvice *advice = data;

  g_free (advice->kind);
  g_free (advice->text);
  g_free (advice);
}

void
cal_coach_report_add_advice (CalCoachReport *self,
                             const char     *kind,
                             double          at,
                             const char     *text)
{
  CalCoachAdvice *advice = g_new0 (CalCoachAdvice, 1);

  advice->kind = g_strdup (kind);
  advice->text = g_strdup (text);
  advice->at = at;
  g_ptr_array_add (self->advice, advice);
}

static void
cal_coach_report_dispose (GObject *object)
{
  CalCoachReport *self = (CalCoachReport *)object;

  g_clear_object (&self->calibration);

  G_OBJECT_CLASS (cal_coach_report_parent_class)->dispose (object);
}

static void
cal_coach_report_finalize (GObject *object)
{
  CalCoachReport *self = (CalCoachReport *)object;

  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->windows, g_array_unref);
  g_clear_pointer (&self->long_pauses, g_array_unref);
  g_clear_pointer (&self->fillers, g_hash_table_unref);
  g_clear_pointer (&self->filler_clusters, g_array_unref);
  g_clear_pointer (&self->advice, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_coach_report_parent_class)->finalize (object);
}

static void
cal_coach_report_class_init (CalCoachReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_coach_report_dispose;
  object_class->finalize = cal_coach_report_finalize;
}

static void
cal_coach_report_init (CalCoachReport *self)
{
  self->fillers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->advice = g_ptr_array_new_with_free_func (advice_free);
}

/** cal_coach_report_get_calibration: @self: a #CalCoachReport  Returns: (transfer none): the content calibration of the answer */
CalCalibration *
cal_coach_report_get_calibration (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->calibration;
}

/** cal_coach_report_get_question: @self: a #CalCoachReport  Returns: (nullable): the question answered */
const char *
cal_coach_report_get_question (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->question;
}

/** cal_coach_report_get_text: @self: a #CalCoachReport  Returns: the answer as text, with pauses as punctuation */
const char *
cal_coach_report_get_text (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->text;
}

/** cal_coach_report_get_duration: @self: a #CalCoachReport  Returns: the answer's length in seconds */
double
cal_coach_report_get_duration (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->duration_s;
}

/** cal_coach_report_get_words: @self: a #CalCoachReport  Returns: words spoken */
guint
cal_coach_report_get_words (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->words;
}

/** cal_coach_report_get_wpm: @self: a #CalCoachReport  Returns: words a minute over the whole answer */
double
cal_coach_report_get_wpm (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->wpm;
}

/** cal_coach_report_get_wpm_variation: @self: a #CalCoachReport  Returns: standard deviation over mean of the 20-second windows' pace */
double
cal_coach_report_get_wpm_variation (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->wpm_variation;
}

/** cal_coach_report_get_windows: @self: a #CalCoachReport  Returns: (transfer none) (element-type CalSpeechWindow): pace per window */
GArray *
cal_coach_report_get_windows (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->windows;
}

/** cal_coach_report_get_long_pauses: @self: a #CalCoachReport  Returns: (transfer none) (element-type CalSpeechSpan): long pauses */
GArray *
cal_coach_report_get_long_pauses (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->long_pauses;
}

/** cal_coach_report_get_fillers: @self: a #CalCoachReport  Returns: (transfer none) (element-type utf8 guint): filler → count */
GHashTable *
cal_coach_report_get_fillers (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->fillers;
}

/** cal_coach_report_get_n_fillers: @self: a #CalCoachReport  Returns: all fillers */
guint
cal_coach_report_get_n_fillers (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->n_fillers;
}

/** cal_coach_report_get_fillers_per_min: @self: a #CalCoachReport  Returns: fillers a minute */
double
cal_coach_report_get_fillers_per_min (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->fillers_per_min;
}

/** cal_coach_report_get_filler_clusters: @self: a #CalCoachReport  Returns: (transfer none) (element-type CalSpeechSpan): where fillers bunch */
GArray *
cal_coach_report_get_filler_clusters (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  return self->filler_clusters;
}

/** cal_coach_report_get_n_advice: @self: a #CalCoachReport  Returns: how many points of advice */
guint
cal_coach_report_get_n_advice (CalCoachReport *self)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), 0);
  return self->advice->len;
}

/**
 * cal_coach_report_get_advice:
 * @self: a #CalCoachReport
 * @i: an index below cal_coach_report_get_n_advice()
 *
 * Returns: (transfer none): one point of advice, most important first
 */
const CalCoachAdvice *
cal_coach_report_get_advice (CalCoachReport *self,
                             guint           i)
{
  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);
  g_return_val_if_fail (i < self->advice->len, NULL);
  return g_ptr_array_index (self->advice, i);
}

static void
add_spans (JsonBuilder *builder,
           const char  *member,
           GArray      *spans,
           gboolean     with_count)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      const CalSpeechSpan *span = &g_array_index (spans, CalSpeechSpan, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_double_value (builder, cal_report_json_round2 (span->start));
      json_builder_set_member_name (builder, "end");
      json_builder_add_double_value (builder, cal_report_json_round2 (span->end));
      if (with_count)
        {
          json_builder_set_member_name (builder, "count");
          json_builder_add_int_value (builder, span->count);
        }
      else
        {
          json_builder_set_member_name (builder, "duration");
          json_builder_add_double_value (builder, cal_report_json_round2 (span->end - span->start));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * cal_coach_report_to_json:
 * @self: a #CalCoachReport
 *
 * The report in the shape `calibrd-cli coach --json` prints: every field
 * of a story calibration plus the delivery measures and the advice.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
cal_coach_report_to_json (CalCoachReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (CAL_IS_COACH_REPORT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "question");
  if (self->question != NULL)
    json_builder_add_string_value (builder, self->question);
  else
    json_builder_add_null_value (builder);

  cal_calibration_add_json_members (self->calibration, builder);

  json_builder_set_member_name (builder, "duration_s");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->duration_s));
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, self->words);
  json_builder_set_member_name (builder, "wpm");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->wpm));
  json_builder_set_member_name (builder, "wpm_variation");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->wpm_variation));

  json_builder_set_member_name (builder, "windows");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->windows->len; i++)
    {
      const CalSpeechWindow *window = &g_array_index (self->windows, CalSpeechWindow, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "start");
      json_builder_add_double_value (builder, cal_report_json_round2 (window->start));
      json_builder_set_member_name (builder, "wpm");
      json_builder_add_double_value (builder, cal_report_json_round2 (window->wpm));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_spans (builder, "long_pauses", self->long_pauses, FALSE);

  json_builder_set_member_name (builder, "fillers");
  json_builder_add_value (builder, cal_json_count_map (self->fillers));
  json_builder_set_member_name (builder, "fillers_per_min");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->fillers_per_min));
  add_spans (builder, "filler_clusters", self->filler_clusters, TRUE);

  json_builder_set_member_name (builder, "advice");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->advice->len; i++)
    {
      const CalCoachAdvice *advice = g_ptr_array_index (self->advice, i);

      cal_report_json_add_advice (builder, advice->text, advice->kind, advice->at);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
