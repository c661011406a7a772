/* cal-story.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_STORY (cal_story_get_type ())

G_DECLARE_FINAL_TYPE (CalStory, cal_story, CAL, STORY, GObject)

CalStory           *cal_story_new              (void);
gint64              cal_story_get_id           (CalStory           *self);
void                cal_story_set_id           (CalStory           *self,
                                                gint64              id);
const char         *cal_story_get_title        (CalStory           *self);
void                cal_story_set_title        (CalStory           *self,
                                                const char         *title);
const char         *cal_story_get_situation    (CalStory           *self);
void                cal_story_set_situation    (CalStory           *self,
                                                const char         *situation);
const char         *cal_story_get_task         (CalStory           *self);
void                cal_story_set_task         (CalStory           *self,
                                                const char         *task);
const char         *cal_story_get_action       (CalStory           *self);
void                cal_story_set_action       (CalStory           *self,
                                                const char         *action);
const char         *cal_story_get_result       (CalStory           *self);
void                cal_story_set_result       (CalStory           *self,
                                                const char         *result);
const char         *cal_story_get_target_level (CalStory           *self);
void                cal_story_set_target_level (CalStory           *self,
                                                const char         *target_level);
const char         *cal_story_get_track        (CalStory           *self);
void                cal_story_set_track        (CalStory           *self,
                                                const char         *track);
const char * const *cal_story_get_tags         (CalStory           *self);
void                cal_story_set_tags         (CalStory           *self,
                                                const char * const *tags);
gboolean            cal_story_get_body_loaded  (CalStory           *self);
void                cal_story_set_body_loaded  (CalStory           *self,
                                                gboolean            body_loaded);
gint64              cal_story_get_created      (CalStory           *self);
void                cal_story_set_created      (CalStory           *self,
                                                gint64              created);
gint64              cal_story_get_updated      (CalStory           *self);
void                cal_story_set_updated      (CalStory           *self,
                                                gint64              updated);
gboolean            cal_story_get_dirty        (CalStory           *self);
void                cal_story_set_dirty        (CalStory           *self,
                                                gboolean            dirty);