/* cal-practice-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_PRACTICE_VIEW (cal_practice_view_get_type ())

G_DECLARE_FINAL_TYPE (CalPracticeView, cal_practice_view, CAL, PRACTICE_VIEW, CalSection)

GtkWidget *cal_practice_view_new (void);

G_END_DECLS
