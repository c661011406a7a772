/* cal-think-aloud.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cal-lexicon.h"
#include "cal-prompt-bank.h"
#include "cal-think-aloud-report.h"
#include "cal-transcript.h"

G_BEGIN_DECLS

#define CAL_THINK_ALOUD_ERROR (cal_think_aloud_error_quark ())

typedef enum
{
  CAL_THINK_ALOUD_ERROR_UNKNOWN_PROMPT,
  CAL_THINK_ALOUD_ERROR_INVALID_TEXT,
} CalThinkAloudError;

/**
 * CalThinkAloudOptions:
 * @silence_threshold_s: a gap longer than this is a silence (5)
 * @session_s: the session's length, or 0 to take the transcript's
 * @summary_share: a summary counts as at the end inside this last share of
 *   the talk (0.2) …
 * @summary_window_s: … or inside this many last seconds (60)
 * @talk_ratio_min: less talk than this share of the session is advised on (0.6)
 * @pace_max_wpm: a pace above this is advised on (170)
 * @fillers_per_min_max: more fillers a minute than this are advised on (3)
 * @sentence_gap_s: a silence this long ends a spoken sentence (0.7)
 * @max_advice: at most this many points of advice (2)
 *
 * What a think-aloud practice is measured against. Start from
 * cal_think_aloud_options_init().
 */
typedef struct
{
  double silence_threshold_s;
  double session_s;
  double summary_share;
  double summary_window_s;
  double talk_ratio_min;
  double pace_max_wpm;
  double fillers_per_min_max;
  double sentence_gap_s;
  guint  max_advice;
} CalThinkAloudOptions;

#define CAL_TYPE_THINK_ALOUD (cal_think_aloud_get_type ())

G_DECLARE_FINAL_TYPE (CalThinkAloud, cal_think_aloud, CAL, THINK_ALOUD, GObject)

GQuark               cal_think_aloud_error_quark   (void);
void                 cal_think_aloud_options_init  (CalThinkAloudOptions        *options);

CalThinkAloud       *cal_think_aloud_new           (CalPromptBank               *bank,
                                                    CalLexicon                  *lexicon);
CalPromptBank       *cal_think_aloud_get_bank      (CalThinkAloud               *self);
CalThinkAloudReport *cal_think_aloud_analyze       (CalThinkAloud               *self,
                                                    CalTranscript               *transcript,
                                                    const char                  *prompt_id,
                                                    const CalThinkAloudOptions  *options,
                                                    GError                     **error);
CalThinkAloudReport *cal_think_aloud_analyze_words (CalThinkAloud               *self,
                                                    const CalScanTimedWord      *words,
                                                    guint                        n_words,
                                                    double                       duration_s,
                                                    const char                  *prompt_id,
                                                    const CalThinkAloudOptions  *options,
                                                    GError                     **error);

G_END_DECLS
