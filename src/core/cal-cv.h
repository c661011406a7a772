/* cal-cv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_CV (cal_cv_get_type ())

G_DECLARE_FINAL_TYPE (CalCv, cal_cv, CAL, CV, GObject)

CalCv      *cal_cv_new           (void);
gint64      cal_cv_get_id        (CalCv      *self);
void        cal_cv_set_id        (CalCv      *self,
                                  gint64      id);
const char *cal_cv_get_text      (CalCv      *self);
void        cal_cv_set_text      (CalCv      *self,
                                  const char *text);
const char *cal_cv_get_file_name (CalCv      *self);
void        cal_cv_set_file_name (CalCv      *self,
                                  const char *file_name);
gint64      cal_cv_get_imported  (CalCv      *self);
void        cal_cv_set_imported  (CalCv      *self,
                                  gint64      imported);
gboolean    cal_cv_get_dirty     (CalCv      *self);
void        cal_cv_set_dirty     (CalCv      *self,
                                  gboolean    dirty);