/* cal-coach-report-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define CAL_TYPE_COACH_REPORT_VIEW (cal_coach_report_view_get_type ())

G_DECLARE_FINAL_TYPE (CalCoachReportView, cal_coach_report_view, CAL, COACH_REPORT_VIEW, AdwBin)

GtkWidget *cal_coach_report_view_new        (void);
void       cal_coach_report_view_set_report (CalCoachReportView *self,
                                             JsonObject         *report,
                                             double              target_s,
                                             double              pace_min_wpm,
                                             double              pace_max_wpm);

char      *cal_coach_report_format_verdict  (const char         *verdict);
char      *cal_coach_report_format_level    (const char         *level_id);

G_END_DECLS
