/* cal-question.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_QUESTION (cal_question_get_type ())

G_DECLARE_FINAL_TYPE (CalQuestion, cal_question, CAL, QUESTION, GObject)

CalQuestion *cal_question_new            (void);
gint64       cal_question_get_id         (CalQuestion *self);
void         cal_question_set_id         (CalQuestion *self,
                                          gint64       id);
const char  *cal_question_get_text       (CalQuestion *self);
void         cal_question_set_text       (CalQuestion *self,
                                          const char  *text);
const char  *cal_question_get_source     (CalQuestion *self);
void         cal_question_set_source     (CalQuestion *self,
                                          const char  *source);
gint64       cal_question_get_job_id     (CalQuestion *self);
void         cal_question_set_job_id     (CalQuestion *self,
                                          gint64       job_id);
const char  *cal_question_get_round      (CalQuestion *self);
void         cal_question_set_round      (CalQuestion *self,
                                          const char  *round);
const char  *cal_question_get_competency (CalQuestion *self);
void         cal_question_set_competency (CalQuestion *self,
                                          const char  *competency);
const char  *cal_question_get_why        (CalQuestion *self);
void         cal_question_set_why        (CalQuestion *self,
                                          const char  *why);
gint64       cal_question_get_created    (CalQuestion *self);
void         cal_question_set_created    (CalQuestion *self,
                                          gint64       created);
gboolean     cal_question_get_dirty      (CalQuestion *self);
void         cal_question_set_dirty      (CalQuestion *self,
                                          gboolean     dirty);