/* cal-stories-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cal-coverage-view.h"
#include "cal-section.h"
#include "cal-story-editor.h"

G_BEGIN_DECLS

#define CAL_TYPE_STORIES_VIEW (cal_stories_view_get_type ())

G_DECLARE_FINAL_TYPE (CalStoriesView, cal_stories_view, CAL, STORIES_VIEW, CalSection)

GtkWidget       *cal_stories_view_new          (void);
void             cal_stories_view_reload       (CalStoriesView *self);
gboolean         cal_stories_view_get_loading  (CalStoriesView *self);
const char      *cal_stories_view_get_page     (CalStoriesView *self);
GListModel      *cal_stories_view_get_stories  (CalStoriesView *self);
CalStoryEditor  *cal_stories_view_get_editor   (CalStoriesView *self);
CalCoverageView *cal_stories_view_get_coverage (CalStoriesView *self);
gboolean         cal_stories_view_open_story   (CalStoriesView *self,
                                                gint64          story_id);

G_END_DECLS
