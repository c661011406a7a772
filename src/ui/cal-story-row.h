/* cal-story-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-story.h"

G_BEGIN_DECLS

#define CAL_TYPE_STORY_ROW (cal_story_row_get_type ())

G_DECLARE_FINAL_TYPE (CalStoryRow, cal_story_row, CAL, STORY_ROW, GtkBox)

GtkWidget *cal_story_row_new          (void);
void       cal_story_row_set_story    (CalStoryRow *self,
                                       CalStory    *story);
char      *cal_story_format_edited    (gint64       updated,
                                       gint64       now);

G_END_DECLS
