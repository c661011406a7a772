/* cal-stories-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-section.h"

G_BEGIN_DECLS

#define CAL_TYPE_STORIES_VIEW (cal_stories_view_get_type ())

G_DECLARE_FINAL_TYPE (CalStoriesView, cal_stories_view, CAL, STORIES_VIEW, CalSection)

GtkWidget *cal_stories_view_new (void);

G_END_DECLS
