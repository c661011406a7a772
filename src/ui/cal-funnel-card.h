/* cal-funnel-card.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_FUNNEL_CARD (cal_funnel_card_get_type ())

G_DECLARE_FINAL_TYPE (CalFunnelCard, cal_funnel_card, CAL, FUNNEL_CARD, GtkBox)

GtkWidget *cal_funnel_card_new            (CalProcess *process,
                                           CalJob     *job,
                                           int         days_in_stage,
                                           int         quiet_days);
gint64     cal_funnel_card_get_process_id (CalFunnelCard *self);
GMenuModel *cal_funnel_card_get_menu      (CalFunnelCard *self);

G_END_DECLS
