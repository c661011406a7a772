/* cal-calibration.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-calibration"

#include "config.h"

#include <math.h>

#include "cal-calibration-private.h"

G_DEFINE_FINAL_TYPE (CalCalibration, cal_calibration, G_TYPE_OBJECT)

static void
suggestion_free (gpointer data)
{
  CalSuggestion *suggestion = data;

  g_free (suggestion->kind);
  g_free (suggestion->text);
  g_free (suggestion->sentence);
  g_free (suggestion);
}

static void
evidence_free (gpointer data)
{
  CalScopeEvidence *evidence = data;

  g_free (evidence->phrase);
  g_free (evidence->sentence);
  g_free (evidence);
}

static void
cal_calibration_finalize (GObject *object)
{
  CalCalibration *self = (CalCalibration *)object;

  g_clear_pointer (&self->detected_level, g_free);
  g_clear_pointer (&self->target_level, g_free);
  g_clear_pointer (&self->aim, g_free);
  g_clear_pointer (&self->hedges, g_hash_table_unref);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->sentence_parts, g_array_unref);

  G_OBJECT_CLASS (cal_calibration_parent_class)->finalize (object);
}

static void
cal_calibration_class_init (CalCalibrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cal_calibration_finalize;
}

static void
cal_calibration_init (CalCalibration *self)
{
  self->hedges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->suggestions = g_ptr_array_new_with_free_func (suggestion_free);
  self->evidence = g_ptr_array_new_with_free_func (evidence_free);
  self->sentence_parts = g_array_new (FALSE, TRUE, sizeof (guint));
}

void
cal_count_map_add (GHashTable *counts,
                   const char *key)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key));

  g_hash_table_replace (counts, g_strdup (key), GUINT_TO_POINTER (count + 1));
}

void
cal_calibration_add_suggestion (CalCalibration *self,
                                const char     *kind,
                                const char     *sentence,
                                const char     *text)
{
  CalSuggestion *suggestion = g_new0 (CalSuggestion, 1);

  suggestion->kind = g_strdup (kind);
  suggestion->text = g_strdup (text);
  suggestion->sentence = g_strdup (sentence);
  g_ptr_array_add (self->suggestions, suggestion);
}

void
cal_calibration_add_evidence (CalCalibration *self,
                              CalScope        scope,
                              double          weight,
                              const char     *phrase,
                              const char     *sentence)
{
  CalScopeEvidence *evidence = g_new0 (CalScopeEvidence, 1);

  evidence->scope = scope;
  evidence->weight = weight;
  evidence->phrase = g_strdup (phrase);
  evidence->sentence = g_strdup (sentence);
  g_ptr_array_add (self->evidence, evidence);
}

/**
 * cal_verdict_to_string:
 * @verdict: a #CalVerdict
 *
 * Returns: (nullable): "below", "at", "above", or %NULL for none
 */
const char *
cal_verdict_to_string (CalVerdict verdict)
{
  switch (verdict)
    {
    case CAL_VERDICT_BELOW: return "below";
    case CAL_VERDICT_AT: return "at";
    case CAL_VERDICT_ABOVE: return "above";
    case CAL_VERDICT_NONE:
    default: return NULL;
    }
}

/** cal_calibration_get_scope: @self: a #CalCalibration  Returns: the rung the story shows */
CalScope
cal_calibration_get_scope (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), CAL_SCOPE_TASK);
  return self->scope;
}

/** cal_calibration_get_detected_level: @self: a #CalCalibration  Returns: the level the story reads as */
const char *
cal_calibration_get_detected_level (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), NULL);
  return self->detected_level;
}

/** cal_calibration_get_target_level: @self: a #CalCalibration  Returns: (nullable): the level aimed at */
const char *
cal_calibration_get_target_level (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), NULL);
  return self->target_level;
}

/** cal_calibration_get_verdict: @self: a #CalCalibration  Returns: how the detected level compares */
CalVerdict
cal_calibration_get_verdict (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), CAL_VERDICT_NONE);
  return self->verdict;
}

/**
 * cal_calibration_get_aim:
 * @self: a #CalCalibration
 *
 * Returns: (nullable): one sentence on what reads half a step above the
 *   target, which is where a story should land
 */
const char *
cal_calibration_get_aim (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), NULL);
  return self->aim;
}

/** cal_calibration_get_impact_first: @self: a #CalCalibration  Returns: whether the first sentence carries impact and scope */
gboolean
cal_calibration_get_impact_first (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), FALSE);
  return self->impact_first;
}

/** cal_calibration_get_has_metric: @self: a #CalCalibration  Returns: whether the story gives a measure */
gboolean
cal_calibration_get_has_metric (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), FALSE);
  return self->has_metric;
}

/** cal_calibration_get_before_after: @self: a #CalCalibration  Returns: whether a measure is given before and after */
gboolean
cal_calibration_get_before_after (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), FALSE);
  return self->before_after;
}

/**
 * cal_calibration_get_star:
 * @self: a #CalCalibration
 * @part: a #CalStarPart
 *
 * Returns: whether the story covers @part
 */
gboolean
cal_calibration_get_star (CalCalibration *self,
                          CalStarPart     part)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), FALSE);
  g_return_val_if_fail (part < CAL_STAR_N, FALSE);
  return self->star[part];
}

/** cal_calibration_get_i_count: @self: a #CalCalibration  Returns: first-person singular words */
guint
cal_calibration_get_i_count (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), 0);
  return self->i_count;
}

/** cal_calibration_get_we_count: @self: a #CalCalibration  Returns: first-person plural words */
guint
cal_calibration_get_we_count (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), 0);
  return self->we_count;
}

/**
 * cal_calibration_get_i_we_ratio:
 * @self: a #CalCalibration
 *
 * "I" words per "we" word; with no "we" at all, the count of "I" words.
 *
 * Returns: the ratio
 */
double
cal_calibration_get_i_we_ratio (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), 0.0);
  return (double) self->i_count / MAX (self->we_count, 1);
}

/**
 * cal_calibration_get_hedges:
 * @self: a #CalCalibration
 *
 * Returns: (transfer none) (element-type utf8 guint): hedge → count
 */
GHashTable *
cal_calibration_get_hedges (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), NULL);
  return self->hedges;
}

/** cal_calibration_get_passive_in_action: @self: a #CalCalibration  Returns: passive constructions in Action */
guint
cal_calibration_get_passive_in_action (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), 0);
  return self->passive_in_action;
}

/** cal_calibration_get_n_suggestions: @self: a #CalCalibration  Returns: how many suggestions */
guint
cal_calibration_get_n_suggestions (CalCalibration *self)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), 0);
  return self->suggestions->len;
}

/**
 * cal_calibration_get_suggestion:
 * @self: a #CalCalibration
 * @i: an index below cal_calibration_get_n_suggestions()
 *
 * Returns: (transfer none): the suggestion, most important first
 */
const CalSuggestion *
cal_calibration_get_suggestion (CalCalibration *self,
                                guint           i)
{
  g_return_val_if_fail (CAL_IS_CALIBRATION (self), NULL);
  g_return_val_if_fail (i < self->suggestions->len, NULL);
  return g_ptr_array_index (self->suggestions, i);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/**
 * cal_json_count_map:
 * @counts: (element-type utf8 guint): word → count
 *
 * Returns: (transfer full): a JSON object of the counts, keys sorted so the
 *   output is the same from run to run
 */
JsonNode *
cal_json_count_map (GHashTable *counts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree gpointer *keys = NULL;
  guint n = 0;

  keys = g_hash_table_get_keys_as_array (counts, &n);
  qsort (keys, n, sizeof (gpointer), compare_keys);

  json_builder_begin_object (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_set_member_name (builder, keys[i]);
      json_builder_add_int_value (builder, GPOINTER_TO_UINT (g_hash_table_lookup (counts, keys[i])));
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static double
round2 (double value)
{
  return round (value * 100.0) / 100.0;
}

/**
 * cal_calibration_add_json_members:
 * @self: a #CalCalibration
 * @builder: a #JsonBuilder inside an object
 *
 * Adds the calibration fields to an object being built, so that reports
 * built on a calibration (the coach's) share the same field names.
 */
void
cal_calibration_add_json_members (CalCalibration *self,
                                  JsonBuilder    *builder)
{
  const char *verdict;

  g_return_if_fail (CAL_IS_CALIBRATION (self));
  g_return_if_fail (JSON_IS_BUILDER (builder));

  json_builder_set_member_name (builder, "scope");
  json_builder_add_string_value (builder, cal_scope_to_string (self->scope));
  json_builder_set_member_name (builder, "detected_level");
  json_builder_add_string_value (builder, self->detected_level);
  json_builder_set_member_name (builder, "target_level");
  if (self->target_level != NULL)
    json_builder_add_string_value (builder, self->target_level);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "verdict");
  verdict = cal_verdict_to_string (self->verdict);
  if (verdict != NULL)
    json_builder_add_string_value (builder, verdict);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "aim");
  if (self->aim != NULL)
    json_builder_add_string_value (builder, self->aim);
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "impact_first");
  json_builder_add_boolean_value (builder, self->impact_first);
  json_builder_set_member_name (builder, "has_metric");
  json_builder_add_boolean_value (builder, self->has_metric);
  json_builder_set_member_name (builder, "before_after");
  json_builder_add_boolean_value (builder, self->before_after);

  json_builder_set_member_name (builder, "star");
  json_builder_begin_object (builder);
  for (guint i = 0; i < CAL_STAR_N; i++)
    {
      json_builder_set_member_name (builder, cal_star_part_to_string (i));
      json_builder_add_boolean_value (builder, self->star[i]);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "i_count");
  json_builder_add_int_value (builder, self->i_count);
  json_builder_set_member_name (builder, "we_count");
  json_builder_add_int_value (builder, self->we_count);
  json_builder_set_member_name (builder, "i_we_ratio");
  json_builder_add_double_value (builder, round2 (cal_calibration_get_i_we_ratio (self)));
  json_builder_set_member_name (builder, "hedges");
  json_builder_add_value (builder, cal_json_count_map (self->hedges));
  json_builder_set_member_name (builder, "passive_in_action");
  json_builder_add_int_value (builder, self->passive_in_action);

  json_builder_set_member_name (builder, "scope_evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->evidence->len; i++)
    {
      const CalScopeEvidence *evidence = g_ptr_array_index (self->evidence, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "scope");
      json_builder_add_string_value (builder, cal_scope_to_string (evidence->scope));
      json_builder_set_member_name (builder, "strength");
      json_builder_add_string_value (builder, evidence->weight >= 1.0 ? "strong" : "weak");
      json_builder_set_member_name (builder, "phrase");
      json_builder_add_string_value (builder, evidence->phrase);
      json_builder_set_member_name (builder, "sentence");
      json_builder_add_string_value (builder, evidence->sentence);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "suggestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      const CalSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, suggestion->text);
      json_builder_set_member_name (builder, "sentence");
      if (suggestion->sentence != NULL)
        json_builder_add_string_value (builder, suggestion->sentence);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, suggestion->kind);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * cal_calibration_to_json:
 * @self: a #CalCalibration
 *
 * The result in the shape `calibrd-cli story calibrate --json` prints.
 *
 * Returns: (transfer full): a JSON object
 */
JsonNode *
cal_calibration_to_json (CalCalibration *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (CAL_IS_CALIBRATION (self), NULL);

  json_builder_begin_object (builder);
  cal_calibration_add_json_members (self, builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
