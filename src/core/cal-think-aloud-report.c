/* cal-think-aloud-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-think-aloud-report"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "cal-calibration.h"
#include "cal-report-json-private.h"
#include "cal-think-aloud-report-private.h"

G_DEFINE_FINAL_TYPE (CalThinkAloudReport, cal_think_aloud_report, G_TYPE_OBJECT)

static const char * const silence_kinds[] = { "leading", "between", "trailing" };

/**
 * cal_silence_kind_to_string:
 * @kind: a #CalSilenceKind
 *
 * Returns: "leading", "between" or "trailing"
 */
const char *
cal_silence_kind_to_string (CalSilenceKind kind)
{
  g_return_val_if_fail (kind <= CAL_SILENCE_TRAILING, NULL);
  return silence_kinds[kind];
}

static void
advice_free (gpointer data)
{
  CalThinkAloudAdvice *advice = data;

  g_free (advice->kind);
  g_free (advice->text);
  g_free (advice);
}

CalThinkAloudReport *
cal_think_aloud_report_new (CalPromptBank   *bank,
                            const CalPrompt *prompt)
{
  CalThinkAloudReport *self = g_object_new (CAL_TYPE_THINK_ALOUD_REPORT, NULL);
  guint n = cal_prompt_bank_get_n_checkpoints (bank);

  self->bank = g_object_ref (bank);
  self->prompt = prompt;
  self->first_at = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->first_at[i] = -1;
  return self;
}

void
cal_think_aloud_report_add_advice (CalThinkAloudReport *self,
                                   const char          *kind,
                                   double               at,
                                   const char          *text)
{
  CalThinkAloudAdvice *advice = g_new0 (CalThinkAloudAdvice, 1);

  advice->kind = g_strdup (kind);
  advice->text = g_strdup (text);
  advice->at = at;
  g_ptr_array_add (self->advice, advice);
}

static void
cal_think_aloud_report_dispose (GObject *object)
{
  CalThinkAloudReport *self = (CalThinkAloudReport *)object;

  /* The prompt and the hits borrow the bank's strings. */
  self->prompt = NULL;
  g_clear_object (&self->bank);

  G_OBJECT_CLASS (cal_think_aloud_report_parent_class)->dispose (object);
}

static void
cal_think_aloud_report_finalize (GObject *object)
{
  CalThinkAloudReport *self = (CalThinkAloudReport *)object;

  g_clear_pointer (&self->silences, g_array_unref);
  g_clear_pointer (&self->first_at, g_free);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->signposts, g_array_unref);
  g_clear_pointer (&self->fillers, g_hash_table_unref);
  g_clear_pointer (&self->advice, g_ptr_array_unref);

  G_OBJECT_CLASS (cal_think_aloud_report_parent_class)->finalize (object);
}

static void
cal_think_aloud_report_class_init (CalThinkAloudReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cal_think_aloud_report_dispose;
  object_class->finalize = cal_think_aloud_report_finalize;
}

static void
cal_think_aloud_report_init (CalThinkAloudReport *self)
{
  self->silences = g_array_new (FALSE, TRUE, sizeof (CalSilence));
  self->hits = g_array_new (FALSE, TRUE, sizeof (CalCheckpointHit));
  self->signposts = g_array_new (FALSE, TRUE, sizeof (CalSignpost));
  self->fillers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->advice = g_ptr_array_new_with_free_func (advice_free);
  self->longest = -1;
}

/** cal_think_aloud_report_get_prompt_id: @self: a #CalThinkAloudReport  Returns: the id of the prompt practised */
const char *
cal_think_aloud_report_get_prompt_id (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  return self->prompt->id;
}

/** cal_think_aloud_report_get_duration: @self: a #CalThinkAloudReport  Returns: the length of the practice in seconds */
double
cal_think_aloud_report_get_duration (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->duration_s;
}

/** cal_think_aloud_report_get_session: @self: a #CalThinkAloudReport  Returns: the session length given, or 0 if it was unknown */
double
cal_think_aloud_report_get_session (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->session_s;
}

/** cal_think_aloud_report_get_words: @self: a #CalThinkAloudReport  Returns: words spoken */
guint
cal_think_aloud_report_get_words (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->words;
}

/** cal_think_aloud_report_get_n_silences: @self: a #CalThinkAloudReport  Returns: how many silences passed the threshold */
guint
cal_think_aloud_report_get_n_silences (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->silences->len;
}

/**
 * cal_think_aloud_report_get_silence:
 * @self: a #CalThinkAloudReport
 * @i: an index below cal_think_aloud_report_get_n_silences()
 *
 * Returns: (transfer none): one silence, in time order
 */
const CalSilence *
cal_think_aloud_report_get_silence (CalThinkAloudReport *self,
                                    guint                i)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  g_return_val_if_fail (i < self->silences->len, NULL);
  return &g_array_index (self->silences, CalSilence, i);
}

/**
 * cal_think_aloud_report_get_longest_silence:
 * @self: a #CalThinkAloudReport
 *
 * Returns: (nullable) (transfer none): the longest silence (the earliest of
 *   equals), or %NULL if none passed the threshold
 */
const CalSilence *
cal_think_aloud_report_get_longest_silence (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  return self->longest >= 0 ? &g_array_index (self->silences, CalSilence, self->longest) : NULL;
}

/**
 * cal_think_aloud_report_get_checkpoint_time:
 * @self: a #CalThinkAloudReport
 * @checkpoint_id: a checkpoint id
 * @at: (out) (optional): when it was first touched, in seconds
 *
 * Returns: %TRUE if the checkpoint was touched
 */
gboolean
cal_think_aloud_report_get_checkpoint_time (CalThinkAloudReport *self,
                                            const char          *checkpoint_id,
                                            double              *at)
{
  int index;

  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), FALSE);

  index = cal_prompt_bank_checkpoint_index (self->bank, checkpoint_id);
  if (index < 0 || self->first_at[index] < 0)
    return FALSE;
  if (at != NULL)
    *at = self->first_at[index];
  return TRUE;
}

/** cal_think_aloud_report_get_n_hits: @self: a #CalThinkAloudReport  Returns: how many checkpoint cues were heard */
guint
cal_think_aloud_report_get_n_hits (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->hits->len;
}

/**
 * cal_think_aloud_report_get_hit:
 * @self: a #CalThinkAloudReport
 * @i: an index below cal_think_aloud_report_get_n_hits()
 *
 * Returns: (transfer none): one checkpoint cue heard, in time order
 */
const CalCheckpointHit *
cal_think_aloud_report_get_hit (CalThinkAloudReport *self,
                                guint                i)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  g_return_val_if_fail (i < self->hits->len, NULL);
  return &g_array_index (self->hits, CalCheckpointHit, i);
}

/** cal_think_aloud_report_get_n_signposts: @self: a #CalThinkAloudReport  Returns: how many signposts were heard */
guint
cal_think_aloud_report_get_n_signposts (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->signposts->len;
}

/**
 * cal_think_aloud_report_get_signpost:
 * @self: a #CalThinkAloudReport
 * @i: an index below cal_think_aloud_report_get_n_signposts()
 *
 * Returns: (transfer none): one signpost, in time order
 */
const CalSignpost *
cal_think_aloud_report_get_signpost (CalThinkAloudReport *self,
                                     guint                i)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  g_return_val_if_fail (i < self->signposts->len, NULL);
  return &g_array_index (self->signposts, CalSignpost, i);
}

/** cal_think_aloud_report_get_summary_at_end: @self: a #CalThinkAloudReport  Returns: %TRUE if a summary cue came near the end */
gboolean
cal_think_aloud_report_get_summary_at_end (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), FALSE);
  return self->summary_at_end;
}

/** cal_think_aloud_report_get_talk_ratio: @self: a #CalThinkAloudReport  Returns: speaking time over session time, 0–1 */
double
cal_think_aloud_report_get_talk_ratio (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->talk_ratio;
}

/** cal_think_aloud_report_get_wpm: @self: a #CalThinkAloudReport  Returns: words a minute over the practice */
double
cal_think_aloud_report_get_wpm (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->wpm;
}

/** cal_think_aloud_report_get_fillers: @self: a #CalThinkAloudReport  Returns: (transfer none) (element-type utf8 guint): filler → count */
GHashTable *
cal_think_aloud_report_get_fillers (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  return self->fillers;
}

/** cal_think_aloud_report_get_n_fillers: @self: a #CalThinkAloudReport  Returns: all fillers */
guint
cal_think_aloud_report_get_n_fillers (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->n_fillers;
}

/** cal_think_aloud_report_get_fillers_per_min: @self: a #CalThinkAloudReport  Returns: fillers a minute */
double
cal_think_aloud_report_get_fillers_per_min (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->fillers_per_min;
}

/** cal_think_aloud_report_get_n_advice: @self: a #CalThinkAloudReport  Returns: how many points of advice */
guint
cal_think_aloud_report_get_n_advice (CalThinkAloudReport *self)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), 0);
  return self->advice->len;
}

/**
 * cal_think_aloud_report_get_advice:
 * @self: a #CalThinkAloudReport
 * @i: an index below cal_think_aloud_report_get_n_advice()
 *
 * Returns: (transfer none): one point of advice, most important first
 */
const CalThinkAloudAdvice *
cal_think_aloud_report_get_advice (CalThinkAloudReport *self,
                                   guint                i)
{
  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);
  g_return_val_if_fail (i < self->advice->len, NULL);
  return g_ptr_array_index (self->advice, i);
}

static double
coverage_of (CalThinkAloudReport *self,
             gboolean             key_only)
{
  guint n = cal_prompt_bank_get_n_checkpoints (self->bank);
  guint total = 0, touched = 0;

  for (guint i = 0; i < n; i++)
    {
      const CalCheckpoint *checkpoint = cal_prompt_bank_get_checkpoint (self->bank, i);

      if (key_only && !cal_prompt_is_key_checkpoint (self->prompt, checkpoint->id))
        continue;
      total++;
      if (self->first_at[i] >= 0)
        touched++;
    }
  return total > 0 ? (double) touched / total : 0.0;
}

/**
 * cal_think_aloud_report_get_summary:
 * @self: a #CalThinkAloudReport
 * @summary: (out caller-allocates): the figures a history plot follows
 */
void
cal_think_aloud_report_get_summary (CalThinkAloudReport  *self,
                                    CalThinkAloudSummary *summary)
{
  const CalSilence *longest;

  g_return_if_fail (CAL_IS_THINK_ALOUD_REPORT (self));
  g_return_if_fail (summary != NULL);

  longest = cal_think_aloud_report_get_longest_silence (self);
  summary->longest_silence_s = longest != NULL ? longest->end - longest->start : 0.0;
  summary->coverage = coverage_of (self, FALSE);
  summary->key_coverage = coverage_of (self, TRUE);
  summary->talk_ratio = self->talk_ratio;
  summary->wpm = self->wpm;
}

/**
 * cal_think_aloud_summary_to_json:
 * @summary: the figures of one practice
 *
 * Returns: (transfer full): `{longest_silence_s, coverage, key_coverage,
 *   talk_ratio, wpm}`
 */
JsonNode *
cal_think_aloud_summary_to_json (const CalThinkAloudSummary *summary)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (summary != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "longest_silence_s");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary->longest_silence_s));
  json_builder_set_member_name (builder, "coverage");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary->coverage));
  json_builder_set_member_name (builder, "key_coverage");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary->key_coverage));
  json_builder_set_member_name (builder, "talk_ratio");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary->talk_ratio));
  json_builder_set_member_name (builder, "wpm");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary->wpm));
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/**
 * cal_think_aloud_summary_from_json:
 * @node: a stored report (as cal_think_aloud_report_to_json() wrote it) or
 *   a summary (as cal_think_aloud_summary_to_json() wrote it)
 * @summary: (out caller-allocates): the figures
 *
 * Reads the history figures back from a stored practice, so a trend plot
 * needs no new analysis.
 *
 * Returns: %TRUE if @node held every figure
 */
gboolean
cal_think_aloud_summary_from_json (JsonNode             *node,
                                   CalThinkAloudSummary *summary)
{
  JsonObject *object;
  CalThinkAloudSummary read = { 0 };

  g_return_val_if_fail (summary != NULL, FALSE);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  if (json_object_has_member (object, "history"))
    {
      JsonNode *history = json_object_get_member (object, "history");

      if (!JSON_NODE_HOLDS_OBJECT (history))
        return FALSE;
      object = json_node_get_object (history);
    }

  if (!cal_report_json_read_number (object, "longest_silence_s", &read.longest_silence_s) ||
      !cal_report_json_read_number (object, "coverage", &read.coverage) ||
      !cal_report_json_read_number (object, "key_coverage", &read.key_coverage) ||
      !cal_report_json_read_number (object, "talk_ratio", &read.talk_ratio) ||
      !cal_report_json_read_number (object, "wpm", &read.wpm))
    return FALSE;
  *summary = read;
  return TRUE;
}

static void
add_silence (JsonBuilder      *builder,
             const CalSilence *silence)
{
  json_builder_set_member_name (builder, "start");
  json_builder_add_double_value (builder, cal_report_json_round2 (silence->start));
  json_builder_set_member_name (builder, "end");
  json_builder_add_double_value (builder, cal_report_json_round2 (silence->end));
  json_builder_set_member_name (builder, "duration");
  json_builder_add_double_value (builder, cal_report_json_round2 (silence->end - silence->start));
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, cal_silence_kind_to_string (silence->kind));
}

/**
 * cal_think_aloud_report_to_json:
 * @self: a #CalThinkAloudReport
 *
 * The report in the shape `calibrd-cli coach --mode think-aloud --json`
 * prints. Maps are written in a fixed order, so one analysis always gives
 * the same text.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
cal_think_aloud_report_to_json (CalThinkAloudReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n_checkpoints;
  CalThinkAloudSummary summary;

  g_return_val_if_fail (CAL_IS_THINK_ALOUD_REPORT (self), NULL);

  n_checkpoints = cal_prompt_bank_get_n_checkpoints (self->bank);
  cal_think_aloud_report_get_summary (self, &summary);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "mode");
  json_builder_add_string_value (builder, "think-aloud");

  json_builder_set_member_name (builder, "prompt");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, self->prompt->id);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, self->prompt->kind);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, self->prompt->title);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "duration_s");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->duration_s));
  json_builder_set_member_name (builder, "session_s");
  if (self->session_s > 0)
    json_builder_add_double_value (builder, cal_report_json_round2 (self->session_s));
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "words");
  json_builder_add_int_value (builder, self->words);
  json_builder_set_member_name (builder, "silence_threshold_s");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->threshold_s));

  json_builder_set_member_name (builder, "silences");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->silences->len; i++)
    {
      json_builder_begin_object (builder);
      add_silence (builder, &g_array_index (self->silences, CalSilence, i));
      json_builder_set_member_name (builder, "longest");
      json_builder_add_boolean_value (builder, (int) i == self->longest);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "longest_silence");
  if (self->longest >= 0)
    {
      json_builder_begin_object (builder);
      add_silence (builder, &g_array_index (self->silences, CalSilence, self->longest));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, _("You went quiet here"));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "checkpoints");
  json_builder_begin_object (builder);
  for (guint i = 0; i < n_checkpoints; i++)
    {
      json_builder_set_member_name (builder, cal_prompt_bank_get_checkpoint (self->bank, i)->id);
      cal_report_json_add_time_or_null (builder, self->first_at[i]);
    }
  json_builder_end_object (builder);

  /* Where each checkpoint was touched, for a timeline under the player. */
  json_builder_set_member_name (builder, "checkpoint_details");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_checkpoints; i++)
    {
      const CalCheckpoint *checkpoint = cal_prompt_bank_get_checkpoint (self->bank, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, checkpoint->id);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, checkpoint->name);
      json_builder_set_member_name (builder, "key");
      json_builder_add_boolean_value (builder, cal_prompt_is_key_checkpoint (self->prompt, checkpoint->id));
      json_builder_set_member_name (builder, "first");
      cal_report_json_add_time_or_null (builder, self->first_at[i]);
      json_builder_set_member_name (builder, "touched");
      json_builder_begin_array (builder);
      for (guint h = 0; h < self->hits->len; h++)
        {
          const CalCheckpointHit *hit = &g_array_index (self->hits, CalCheckpointHit, h);

          if (hit->checkpoint != checkpoint->id)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "phrase");
          json_builder_add_string_value (builder, hit->phrase);
          json_builder_set_member_name (builder, "at");
          json_builder_add_double_value (builder, cal_report_json_round2 (hit->at));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "coverage");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary.coverage));
  json_builder_set_member_name (builder, "key_coverage");
  json_builder_add_double_value (builder, cal_report_json_round2 (summary.key_coverage));

  json_builder_set_member_name (builder, "signposts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->signposts->len; i++)
    {
      const CalSignpost *signpost = &g_array_index (self->signposts, CalSignpost, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "phrase");
      json_builder_add_string_value (builder, signpost->phrase);
      json_builder_set_member_name (builder, "at");
      json_builder_add_double_value (builder, cal_report_json_round2 (signpost->at));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "summary_at_end");
  json_builder_add_boolean_value (builder, self->summary_at_end);
  json_builder_set_member_name (builder, "talk_ratio");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->talk_ratio));
  json_builder_set_member_name (builder, "wpm");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->wpm));
  json_builder_set_member_name (builder, "fillers");
  json_builder_add_value (builder, cal_json_count_map (self->fillers));
  json_builder_set_member_name (builder, "fillers_per_min");
  json_builder_add_double_value (builder, cal_report_json_round2 (self->fillers_per_min));

  json_builder_set_member_name (builder, "advice");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->advice->len; i++)
    {
      const CalThinkAloudAdvice *advice = g_ptr_array_index (self->advice, i);

      cal_report_json_add_advice (builder, advice->text, advice->kind, advice->at);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "history");
  json_builder_add_value (builder, cal_think_aloud_summary_to_json (&summary));

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
