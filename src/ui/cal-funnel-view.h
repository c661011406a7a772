/* cal-funnel-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_FUNNEL_VIEW (cal_funnel_view_get_type ())

G_DECLARE_FINAL_TYPE (CalFunnelView, cal_funnel_view, CAL, FUNNEL_VIEW, CalSection)

GtkWidget *cal_funnel_view_new (void);

G_END_DECLS
