/* cal-story-split.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAL_TYPE_STORY_SPLIT (cal_story_split_get_type ())

G_DECLARE_FINAL_TYPE (CalStorySplit, cal_story_split, CAL, STORY_SPLIT, GtkWidget)

GtkWidget *cal_story_split_new             (void);
void       cal_story_split_set_start_child (CalStorySplit *self,
                                            GtkWidget     *child);
void       cal_story_split_set_end_child   (CalStorySplit *self,
                                            GtkWidget     *child);
gboolean   cal_story_split_get_side_by_side (CalStorySplit *self);
void       cal_story_split_refresh_text_views (CalStorySplit *self);

G_END_DECLS
