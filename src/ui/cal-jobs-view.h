/* cal-jobs-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_JOBS_VIEW (cal_jobs_view_get_type ())

G_DECLARE_FINAL_TYPE (CalJobsView, cal_jobs_view, CAL, JOBS_VIEW, CalSection)

GtkWidget  *cal_jobs_view_new        (void);
const char *cal_jobs_view_get_mode   (CalJobsView *self);
gboolean    cal_jobs_view_show_job   (CalJobsView *self,
                                      gint64       job_id);
void        cal_jobs_view_reload     (CalJobsView *self);

G_END_DECLS
