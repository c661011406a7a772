/* cal-coverage-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_COVERAGE_VIEW (cal_coverage_view_get_type ())

G_DECLARE_FINAL_TYPE (CalCoverageView, cal_coverage_view, CAL, COVERAGE_VIEW, AdwBin)

GtkWidget *cal_coverage_view_new             (void);
void       cal_coverage_view_set_context     (CalCoverageView *self,
                                              CalContext      *context);
void       cal_coverage_view_reload          (CalCoverageView *self);
gint64     cal_coverage_view_get_job_id      (CalCoverageView *self);
void       cal_coverage_view_select_job      (CalCoverageView *self,
                                              gint64           job_id);
guint      cal_coverage_view_get_n_uncovered (CalCoverageView *self);

G_END_DECLS
