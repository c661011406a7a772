/* cal-story-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-calibration-panel.h"
#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_STORY_EDITOR (cal_story_editor_get_type ())

G_DECLARE_FINAL_TYPE (CalStoryEditor, cal_story_editor, CAL, STORY_EDITOR, AdwBin)

GtkWidget           *cal_story_editor_new                (void);
void                 cal_story_editor_set_context        (CalStoryEditor *self,
                                                          CalContext     *context);
CalStory            *cal_story_editor_get_story          (CalStoryEditor *self);
void                 cal_story_editor_set_story          (CalStoryEditor *self,
                                                          CalStory       *story);
void                 cal_story_editor_focus_title        (CalStoryEditor *self);
gboolean             cal_story_editor_link_question      (CalStoryEditor *self,
                                                          CalQuestion    *question,
                                                          GError        **error);
CalCalibrationPanel *cal_story_editor_get_panel          (CalStoryEditor *self);

G_END_DECLS
