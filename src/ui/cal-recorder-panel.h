/* cal-recorder-panel.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-recorder.h"

G_BEGIN_DECLS

#define CAL_TYPE_RECORDER_PANEL (cal_recorder_panel_get_type ())

G_DECLARE_FINAL_TYPE (CalRecorderPanel, cal_recorder_panel, CAL, RECORDER_PANEL, AdwBin)

GtkWidget   *cal_recorder_panel_new          (void);
void         cal_recorder_panel_set_settings (CalRecorderPanel *self,
                                              GSettings        *settings);
CalRecorder *cal_recorder_panel_get_recorder (CalRecorderPanel *self);
gboolean     cal_recorder_panel_get_busy     (CalRecorderPanel *self);
void         cal_recorder_panel_start        (CalRecorderPanel *self);
void         cal_recorder_panel_stop         (CalRecorderPanel *self);
void         cal_recorder_panel_discard      (CalRecorderPanel *self);
void         cal_recorder_panel_show_error   (CalRecorderPanel *self,
                                              const GError     *error);
const char  *cal_recorder_panel_get_error    (CalRecorderPanel *self);
void         cal_recorder_panel_set_min_max_duration (CalRecorderPanel *self,
                                                      double            seconds);

G_END_DECLS
