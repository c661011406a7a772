/* cal-story-question-picker.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_STORY_QUESTION_PICKER (cal_story_question_picker_get_type ())

G_DECLARE_FINAL_TYPE (CalStoryQuestionPicker, cal_story_question_picker, CAL, STORY_QUESTION_PICKER, GtkPopover)

GtkWidget  *cal_story_question_picker_new      (void);
void        cal_story_question_picker_populate (CalStoryQuestionPicker *self,
                                                CalStore               *store,
                                                const char             *track);
GListModel *cal_story_question_picker_get_model (CalStoryQuestionPicker *self);

G_END_DECLS
