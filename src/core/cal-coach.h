/* cal-coach.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cal-coach-report.h"
#include "cal-lexicon.h"
#include "cal-transcript.h"

G_BEGIN_DECLS

/**
 * CalCoachOptions:
 * @target_duration_s: how long the answer should take (120)
 * @pace_min_wpm: the slow end of a comfortable pace (120)
 * @pace_max_wpm: the fast end (160)
 * @window_s: the window pace is measured over (20)
 * @long_pause_s: the shortest silence reported as a long pause (2)
 * @cluster_window_s: fillers within this span may form a cluster (30)
 * @cluster_min: how many fillers in that span make a cluster (3)
 * @sentence_gap_s: a silence this long ends a spoken sentence (0.7)
 *
 * What the coach compares an answer against. Start from
 * cal_coach_options_init().
 */
typedef struct
{
  double target_duration_s;
  double pace_min_wpm;
  double pace_max_wpm;
  double window_s;
  double long_pause_s;
  double cluster_window_s;
  guint  cluster_min;
  double sentence_gap_s;
} CalCoachOptions;

#define CAL_TYPE_COACH (cal_coach_get_type ())

G_DECLARE_FINAL_TYPE (CalCoach, cal_coach, CAL, COACH, GObject)

void            cal_coach_options_init  (CalCoachOptions        *options);

CalCoach       *cal_coach_new           (CalLexicon             *lexicon);
CalCoachReport *cal_coach_analyze       (CalCoach               *self,
                                         CalTranscript          *transcript,
                                         const char             *question,
                                         const char             *target_level,
                                         const CalCoachOptions  *options,
                                         GError                **error);
CalCoachReport *cal_coach_analyze_words (CalCoach               *self,
                                         const CalScanTimedWord *words,
                                         guint                   n_words,
                                         const char             *text,
                                         double                  duration_s,
                                         const char             *question,
                                         const char             *target_level,
                                         const CalCoachOptions  *options,
                                         GError                **error);

G_END_DECLS
