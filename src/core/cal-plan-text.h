/* cal-plan-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-job.h"
#include "cal-plan.h"
#include "cal-plan-item.h"

G_BEGIN_DECLS

/* The three phases of a 90-day plan, in order; the ids are what the
 * plan_items table stores. */
#define CAL_PLAN_N_PHASES 3

const char *cal_plan_phase_id       (guint        index);
int         cal_plan_phase_index    (const char  *phase);
const char *cal_plan_phase_get_name (const char  *phase);
const char *cal_plan_phase_get_days (const char  *phase);
const char *cal_plan_priority_label (int          priority);

char       *cal_plan_format_title   (CalJob      *job);
char       *cal_plan_to_markdown    (CalPlan     *plan,
                                     GListModel  *items,
                                     CalJob      *job);

G_END_DECLS
