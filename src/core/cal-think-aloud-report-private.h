/* cal-think-aloud-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-prompt-bank.h"
#include "cal-think-aloud-report.h"

G_BEGIN_DECLS

/* The analyser fills the report in directly; readers use the getters. The
 * report keeps a reference on the bank, whose strings the hits borrow. */
struct _CalThinkAloudReport
{
  GObject          parent_instance;

  CalPromptBank   *bank;
  const CalPrompt *prompt;
  double           threshold_s;
  double           duration_s;   /* the talk: the session, or the last word's end */
  double           session_s;    /* 0 when unknown */
  guint            words;
  GArray          *silences;     /* CalSilence, in time order */
  int              longest;      /* index into silences, or -1 */
  double          *first_at;     /* per checkpoint: first time, or -1 */
  GArray          *hits;         /* CalCheckpointHit, in time order */
  GArray          *signposts;    /* CalSignpost, in time order */
  gboolean         summary_at_end;
  double           talk_ratio;
  double           wpm;
  GHashTable      *fillers;      /* phrase → GUINT count */
  guint            n_fillers;
  double           fillers_per_min;
  GPtrArray       *advice;       /* CalThinkAloudAdvice */
};

CalThinkAloudReport *cal_think_aloud_report_new        (CalPromptBank       *bank,
                                                        const CalPrompt     *prompt);
void                 cal_think_aloud_report_add_advice (CalThinkAloudReport *self,
                                                        const char          *kind,
                                                        double               at,
                                                        const char          *text);

G_END_DECLS
