/* cal-job-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_JOB_SUMMARY (cal_job_summary_get_type ())

G_DECLARE_FINAL_TYPE (CalJobSummary, cal_job_summary, CAL, JOB_SUMMARY, GObject)

CalJobSummary *cal_job_summary_new         (gint64         id,
                                            const char    *company,
                                            const char    *title,
                                            const char    *level,
                                            const char    *track,
                                            gint64         updated);
gint64         cal_job_summary_get_id      (CalJobSummary *self);
const char    *cal_job_summary_get_company (CalJobSummary *self);
const char    *cal_job_summary_get_title   (CalJobSummary *self);
const char    *cal_job_summary_get_level   (CalJobSummary *self);
const char    *cal_job_summary_get_track   (CalJobSummary *self);
gint64         cal_job_summary_get_updated (CalJobSummary *self);

G_END_DECLS
