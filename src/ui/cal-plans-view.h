/* cal-plans-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_PLANS_VIEW (cal_plans_view_get_type ())

G_DECLARE_FINAL_TYPE (CalPlansView, cal_plans_view, CAL, PLANS_VIEW, CalSection)

GtkWidget *cal_plans_view_new (void);

G_END_DECLS
