/* cal-coach-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-coach-report.h"

G_BEGIN_DECLS

/* The coach fills the report in directly; readers use the getters. */
struct _CalCoachReport
{
  GObject         parent_instance;

  CalCalibration *calibration;
  char           *question;
  char           *text;
  double          duration_s;
  guint           words;
  double          wpm;
  double          wpm_variation;
  GArray         *windows;          /* CalSpeechWindow */
  GArray         *long_pauses;      /* CalSpeechSpan */
  GHashTable     *fillers;          /* phrase → GUINT count */
  guint           n_fillers;
  double          fillers_per_min;
  GArray         *filler_clusters;  /* CalSpeechSpan */
  GPtrArray      *advice;           /* CalCoachAdvice */
};

void cal_coach_report_add_advice (CalCoachReport *self,
                                  const char     *kind,
                                  double          at,
                                  const char     *text);

G_END_DECLS
