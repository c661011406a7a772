/* cal-calibration.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "cal-lexicon.h"

G_BEGIN_DECLS

/**
 * CalVerdict:
 * @CAL_VERDICT_NONE: no target level was given
 * @CAL_VERDICT_BELOW: the story reads below its target
 * @CAL_VERDICT_AT: it reads at its target
 * @CAL_VERDICT_ABOVE: it reads above its target
 */
typedef enum
{
  CAL_VERDICT_NONE,
  CAL_VERDICT_BELOW,
  CAL_VERDICT_AT,
  CAL_VERDICT_ABOVE,
} CalVerdict;

/**
 * CalSuggestion:
 * @kind: what it is about: "impact-first", "metric", "before-after",
 *   "i-we", "scope", "half-step", "hedge", "passive", "star", "length"
 * @text: what to change, for the user
 * @sentence: (nullable): the sentence it is about, verbatim, or %NULL when
 *   it is about something missing
 *
 * One concrete change to a story.
 */
typedef struct
{
  char *kind;
  char *text;
  char *sentence;
} CalSuggestion;

#define CAL_TYPE_CALIBRATION (cal_calibration_get_type ())

G_DECLARE_FINAL_TYPE (CalCalibration, cal_calibration, CAL, CALIBRATION, GObject)

CalScope       cal_calibration_get_scope              (CalCalibration *self);
const char    *cal_calibration_get_detected_level     (CalCalibration *self);
const char    *cal_calibration_get_target_level       (CalCalibration *self);
CalVerdict     cal_calibration_get_verdict            (CalCalibration *self);
const char    *cal_calibration_get_aim                (CalCalibration *self);
gboolean       cal_calibration_get_impact_first       (CalCalibration *self);
gboolean       cal_calibration_get_has_metric         (CalCalibration *self);
gboolean       cal_calibration_get_before_after       (CalCalibration *self);
gboolean       cal_calibration_get_star               (CalCalibration *self,
                                                       CalStarPart     part);
guint          cal_calibration_get_i_count            (CalCalibration *self);
guint          cal_calibration_get_we_count           (CalCalibration *self);
double         cal_calibration_get_i_we_ratio         (CalCalibration *self);
GHashTable    *cal_calibration_get_hedges             (CalCalibration *self);
guint          cal_calibration_get_passive_in_action  (CalCalibration *self);
guint          cal_calibration_get_n_suggestions      (CalCalibration *self);
const CalSuggestion *cal_calibration_get_suggestion   (CalCalibration *self,
                                                       guint           i);
JsonNode      *cal_calibration_to_json                (CalCalibration *self);
void           cal_calibration_add_json_members       (CalCalibration *self,
                                                       JsonBuilder    *builder);

const char    *cal_verdict_to_string                  (CalVerdict      verdict);
JsonNode      *cal_json_count_map                     (GHashTable     *counts);

G_END_DECLS
