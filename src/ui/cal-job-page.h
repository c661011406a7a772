/* cal-job-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"
#include "cal-jd-analyzer.h"

G_BEGIN_DECLS

#define CAL_TYPE_JOB_PAGE (cal_job_page_get_type ())

G_DECLARE_FINAL_TYPE (CalJobPage, cal_job_page, CAL, JOB_PAGE, AdwBin)

void           cal_job_page_setup          (CalJobPage    *self,
                                            CalContext    *context,
                                            CalJdAnalyzer *analyzer);
void           cal_job_page_set_job        (CalJobPage    *self,
                                            CalJob        *job);
CalJob        *cal_job_page_get_job        (CalJobPage    *self);
CalJdAnalysis *cal_job_page_get_analysis   (CalJobPage    *self);
void           cal_job_page_choose_cv      (CalJobPage    *self);
char          *cal_job_page_dup_level      (CalJobPage    *self);
char          *cal_job_page_dup_track      (CalJobPage    *self);

char          *cal_job_dup_override        (CalJob        *job,
                                            const char    *key);

G_END_DECLS
