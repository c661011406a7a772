/* cal-job.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_JOB (cal_job_get_type ())

G_DECLARE_FINAL_TYPE (CalJob, cal_job, CAL, JOB, GObject)

CalJob     *cal_job_new             (void);
gint64      cal_job_get_id          (CalJob     *self);
void        cal_job_set_id          (CalJob     *self,
                                     gint64      id);
const char *cal_job_get_company     (CalJob     *self);
void        cal_job_set_company     (CalJob     *self,
                                     const char *company);
const char *cal_job_get_title       (CalJob     *self);
void        cal_job_set_title       (CalJob     *self,
                                     const char *title);
const char *cal_job_get_track       (CalJob     *self);
void        cal_job_set_track       (CalJob     *self,
                                     const char *track);
const char *cal_job_get_level       (CalJob     *self);
void        cal_job_set_level       (CalJob     *self,
                                     const char *level);
const char *cal_job_get_location    (CalJob     *self);
void        cal_job_set_location    (CalJob     *self,
                                     const char *location);
const char *cal_job_get_remote      (CalJob     *self);
void        cal_job_set_remote      (CalJob     *self,
                                     const char *remote);
const char *cal_job_get_source_text (CalJob     *self);
void        cal_job_set_source_text (CalJob     *self,
                                     const char *source_text);
const char *cal_job_get_analysis    (CalJob     *self);
void        cal_job_set_analysis    (CalJob     *self,
                                     const char *analysis);
const char *cal_job_get_overrides   (CalJob     *self);
void        cal_job_set_overrides   (CalJob     *self,
                                     const char *overrides);
gint64      cal_job_get_created     (CalJob     *self);
void        cal_job_set_created     (CalJob     *self,
                                     gint64      created);
gint64      cal_job_get_updated     (CalJob     *self);
void        cal_job_set_updated     (CalJob     *self,
                                     gint64      updated);
gboolean    cal_job_get_dirty       (CalJob     *self);
void        cal_job_set_dirty       (CalJob     *self,
                                     gboolean    dirty);