/* cal-cv-gaps-group.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-jd-analyzer.h"
#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_CV_GAPS_GROUP (cal_cv_gaps_group_get_type ())

G_DECLARE_FINAL_TYPE (CalCvGapsGroup, cal_cv_gaps_group, CAL, CV_GAPS_GROUP, AdwBin)

void     cal_cv_gaps_group_setup        (CalCvGapsGroup *self,
                                         CalStore       *store,
                                         CalJdAnalyzer  *analyzer);
void     cal_cv_gaps_group_set_analysis (CalCvGapsGroup *self,
                                         CalJdAnalysis  *analysis);
void     cal_cv_gaps_group_choose_cv    (CalCvGapsGroup *self);
void     cal_cv_gaps_group_import_file  (CalCvGapsGroup *self,
                                         GFile          *file);
void     cal_cv_gaps_group_reload       (CalCvGapsGroup *self);
gboolean cal_cv_gaps_group_get_busy     (CalCvGapsGroup *self);

G_END_DECLS
