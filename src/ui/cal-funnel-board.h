/* cal-funnel-board.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_FUNNEL_BOARD (cal_funnel_board_get_type ())

G_DECLARE_FINAL_TYPE (CalFunnelBoard, cal_funnel_board, CAL, FUNNEL_BOARD, GtkBox)

GtkWidget *cal_funnel_board_new        (void);
void       cal_funnel_board_rebuild    (CalFunnelBoard *self,
                                        CalStore       *store,
                                        GListModel     *processes,
                                        guint           quiet_days,
                                        const GDate    *today,
                                        GDateTime      *now);
gboolean   cal_funnel_board_get_narrow (CalFunnelBoard *self);
void       cal_funnel_board_set_narrow (CalFunnelBoard *self,
                                        gboolean        narrow);
GtkWidget *cal_funnel_board_get_column (CalFunnelBoard *self,
                                        const char     *stage);

G_END_DECLS
