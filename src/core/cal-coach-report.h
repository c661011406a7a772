/* cal-coach-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "cal-calibration.h"
#include "cal-speech-stats.h"

G_BEGIN_DECLS

/**
 * CalCoachAdvice:
 * @kind: "pace", "pace-variation", "length", "pause", "fillers",
 *   "filler-cluster", "hedges", "impact-first", "i-we", "star", "scope"
 * @text: what to do next time
 * @at: the time in the recording it is about, or -1
 *
 * One point of advice on a spoken answer.
 */
typedef struct
{
  char   *kind;
  char   *text;
  double  at;
} CalCoachAdvice;

#define CAL_TYPE_COACH_REPORT (cal_coach_report_get_type ())

G_DECLARE_FINAL_TYPE (CalCoachReport, cal_coach_report, CAL, COACH_REPORT, GObject)

CalCalibration       *cal_coach_report_get_calibration      (CalCoachReport *self);
const char           *cal_coach_report_get_question         (CalCoachReport *self);
const char           *cal_coach_report_get_text             (CalCoachReport *self);
double                cal_coach_report_get_duration         (CalCoachReport *self);
guint                 cal_coach_report_get_words            (CalCoachReport *self);
double                cal_coach_report_get_wpm              (CalCoachReport *self);
double                cal_coach_report_get_wpm_variation    (CalCoachReport *self);
GArray               *cal_coach_report_get_windows          (CalCoachReport *self);
GArray               *cal_coach_report_get_long_pauses      (CalCoachReport *self);
GHashTable           *cal_coach_report_get_fillers          (CalCoachReport *self);
guint                 cal_coach_report_get_n_fillers        (CalCoachReport *self);
double                cal_coach_report_get_fillers_per_min  (CalCoachReport *self);
GArray               *cal_coach_report_get_filler_clusters  (CalCoachReport *self);
guint                 cal_coach_report_get_n_advice         (CalCoachReport *self);
const CalCoachAdvice *cal_coach_report_get_advice           (CalCoachReport *self,
                                                             guint           i);
JsonNode             *cal_coach_report_to_json              (CalCoachReport *self);

G_END_DECLS
