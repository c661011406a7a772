/* cal-practice.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_PRACTICE (cal_practice_get_type ())

G_DECLARE_FINAL_TYPE (CalPractice, cal_practice, CAL, PRACTICE, GObject)

CalPractice *cal_practice_new               (void);
gint64       cal_practice_get_id            (CalPractice *self);
void         cal_practice_set_id            (CalPractice *self,
                                             gint64       id);
gint64       cal_practice_get_question_id   (CalPractice *self);
void         cal_practice_set_question_id   (CalPractice *self,
                                             gint64       question_id);
const char  *cal_practice_get_question_text (CalPractice *self);
void         cal_practice_set_question_text (CalPractice *self,
                                             const char  *question_text);
gint64       cal_practice_get_story_id      (CalPractice *self);
void         cal_practice_set_story_id      (CalPractice *self,
                                             gint64       story_id);
gint64       cal_practice_get_job_id        (CalPractice *self);
void         cal_practice_set_job_id        (CalPractice *self,
                                             gint64       job_id);
const char  *cal_practice_get_audio_path    (CalPractice *self);
void         cal_practice_set_audio_path    (CalPractice *self,
                                             const char  *audio_path);
double       cal_practice_get_duration      (CalPractice *self);
void         cal_practice_set_duration      (CalPractice *self,
                                             double       duration);
const char  *cal_practice_get_transcript    (CalPractice *self);
void         cal_practice_set_transcript    (CalPractice *self,
                                             const char  *transcript);
const char  *cal_practice_get_report        (CalPractice *self);
void         cal_practice_set_report        (CalPractice *self,
                                             const char  *report);
const char  *cal_practice_get_mode          (CalPractice *self);
void         cal_practice_set_mode          (CalPractice *self,
                                             const char  *mode);
gint64       cal_practice_get_created       (CalPractice *self);
void         cal_practice_set_created       (CalPractice *self,
                                             gint64       created);
gboolean     cal_practice_get_dirty         (CalPractice *self);
void         cal_practice_set_dirty         (CalPractice *self,
                                             gboolean     dirty);