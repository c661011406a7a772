/* cal-level-meter.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CAL_TYPE_LEVEL_METER (cal_level_meter_get_type ())

G_DECLARE_FINAL_TYPE (CalLevelMeter, cal_level_meter, CAL, LEVEL_METER, GtkWidget)

GtkWidget *cal_level_meter_new       (void);
double     cal_level_meter_get_level (CalLevelMeter *self);
void       cal_level_meter_set_level (CalLevelMeter *self,
                                      double         level_db);

G_END_DECLS
