/* cal-calibrator.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cal-calibration.h"
#include "cal-lexicon.h"
#include "cal-scan.h"

G_BEGIN_DECLS

#define CAL_CALIBRATOR_ERROR (cal_calibrator_error_quark ())

typedef enum
{
  CAL_CALIBRATOR_ERROR_UNKNOWN_LEVEL,
  CAL_CALIBRATOR_ERROR_INVALID_TEXT,
  CAL_CALIBRATOR_ERROR_NO_LEXICON,
} CalCalibratorError;

#define CAL_TYPE_CALIBRATOR (cal_calibrator_get_type ())

G_DECLARE_FINAL_TYPE (CalCalibrator, cal_calibrator, CAL, CALIBRATOR, GObject)

GQuark          cal_calibrator_error_quark      (void);

CalCalibrator  *cal_calibrator_new              (CalLexicon     *lexicon);
CalLexicon     *cal_calibrator_get_lexicon      (CalCalibrator  *self);

CalCalibration *cal_calibrator_calibrate_story  (CalCalibrator  *self,
                                                 const char     *situation,
                                                 const char     *task,
                                                 const char     *action,
                                                 const char     *result,
                                                 const char     *target_level,
                                                 GError        **error);
CalCalibration *cal_calibrator_calibrate_text   (CalCalibrator  *self,
                                                 const char     *text,
                                                 const char     *target_level,
                                                 GError        **error);
CalCalibration *cal_calibrator_calibrate_scan   (CalCalibrator  *self,
                                                 const CalScan  *scan,
                                                 gboolean        spoken,
                                                 const char     *target_level,
                                                 GError        **error);

G_END_DECLS
