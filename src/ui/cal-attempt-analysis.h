/* cal-attempt-analysis.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-practice.h"
#include "cal-transcript.h"

G_BEGIN_DECLS

#define CAL_TYPE_ATTEMPT_ANALYSIS (cal_attempt_analysis_get_type ())

G_DECLARE_FINAL_TYPE (CalAttemptAnalysis, cal_attempt_analysis, CAL, ATTEMPT_ANALYSIS, GObject)

/**
 * CalAttemptAnalysisFunc:
 * @transcript: the attempt's transcript
 * @job: what the caller gathered for this run
 * @cancellable: the run's #GCancellable
 * @error: return location for a #GError
 *
 * Runs in a worker thread, so it must not touch widgets or @job's owner.
 *
 * Returns: (transfer full) (nullable): the result, or %NULL with @error set
 */
typedef gpointer (*CalAttemptAnalysisFunc) (CalTranscript  *transcript,
                                            gpointer        job,
                                            GCancellable   *cancellable,
                                            GError        **error);

CalAttemptAnalysis *cal_attempt_analysis_new                (void);
void                cal_attempt_analysis_start              (CalAttemptAnalysis     *self,
                                                             CalPractice            *practice,
                                                             const char             *status);
void                cal_attempt_analysis_continue_in_thread (CalAttemptAnalysis     *self,
                                                             const char             *status,
                                                             CalAttemptAnalysisFunc  func,
                                                             gpointer                job,
                                                             GDestroyNotify          job_free,
                                                             GDestroyNotify          result_free);
void                cal_attempt_analysis_cancel             (CalAttemptAnalysis     *self);
gboolean            cal_attempt_analysis_get_analysing      (CalAttemptAnalysis     *self);
CalPractice        *cal_attempt_analysis_get_practice       (CalAttemptAnalysis     *self);
const char         *cal_attempt_analysis_get_status         (CalAttemptAnalysis     *self);
double              cal_attempt_analysis_get_fraction       (CalAttemptAnalysis     *self);

G_END_DECLS
