/* cal-process.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_PROCESS (cal_process_get_type ())

G_DECLARE_FINAL_TYPE (CalProcess, cal_process, CAL, PROCESS, GObject)

CalProcess *cal_process_new                  (void);
gint64      cal_process_get_id               (CalProcess *self);
void        cal_process_set_id               (CalProcess *self,
                                              gint64      id);
gint64      cal_process_get_job_id           (CalProcess *self);
void        cal_process_set_job_id           (CalProcess *self,
                                              gint64      job_id);
const char *cal_process_get_stage            (CalProcess *self);
void        cal_process_set_stage            (CalProcess *self,
                                              const char *stage);
const char *cal_process_get_outcome          (CalProcess *self);
void        cal_process_set_outcome          (CalProcess *self,
                                              const char *outcome);
const char *cal_process_get_started_on       (CalProcess *self);
void        cal_process_set_started_on       (CalProcess *self,
                                              const char *started_on);
const char *cal_process_get_ended_on         (CalProcess *self);
void        cal_process_set_ended_on         (CalProcess *self,
                                              const char *ended_on);
const char *cal_process_get_last_activity_on (CalProcess *self);
void        cal_process_set_last_activity_on (CalProcess *self,
                                              const char *last_activity_on);
const char *cal_process_get_next_step        (CalProcess *self);
void        cal_process_set_next_step        (CalProcess *self,
                                              const char *next_step);
const char *cal_process_get_next_step_due    (CalProcess *self);
void        cal_process_set_next_step_due    (CalProcess *self,
                                              const char *next_step_due);
const char *cal_process_get_recruiter_name   (CalProcess *self);
void        cal_process_set_recruiter_name   (CalProcess *self,
                                              const char *recruiter_name);
const char *cal_process_get_recruiter_email  (CalProcess *self);
void        cal_process_set_recruiter_email  (CalProcess *self,
                                              const char *recruiter_email);
const char *cal_process_get_source           (CalProcess *self);
void        cal_process_set_source           (CalProcess *self,
                                              const char *source);
const char *cal_process_get_notes            (CalProcess *self);
void        cal_process_set_notes            (CalProcess *self,
                                              const char *notes);
gint64      cal_process_get_created          (CalProcess *self);
void        cal_process_set_created          (CalProcess *self,
                                              gint64      created);
gint64      cal_process_get_updated          (CalProcess *self);
void        cal_process_set_updated          (CalProcess *self,
                                              gint64      updated);
gboolean    cal_process_get_dirty            (CalProcess *self);
void        cal_process_set_dirty            (CalProcess *self,
                                              gboolean    dirty);