/* cal-calibration-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-calibration.h"

G_BEGIN_DECLS

#define CAL_TYPE_CALIBRATION_PANEL (cal_calibration_panel_get_type ())

G_DECLARE_FINAL_TYPE (CalCalibrationPanel, cal_calibration_panel, CAL, CALIBRATION_PANEL, GtkBox)

GtkWidget      *cal_calibration_panel_new             (void);
void            cal_calibration_panel_update          (CalCalibrationPanel *self,
                                                       const char          *situation,
                                                       const char          *task,
                                                       const char          *action,
                                                       const char          *result,
                                                       const char          *target_level);
CalCalibration *cal_calibration_panel_get_calibration (CalCalibrationPanel *self);
const char     *cal_calibration_panel_get_verdict     (CalCalibrationPanel *self);
void            cal_calibration_panel_set_track       (CalCalibrationPanel *self,
                                                       const char          *track);

G_END_DECLS
