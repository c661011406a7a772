/* cal-practice-history.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-practice.h"

G_BEGIN_DECLS

#define CAL_TYPE_PRACTICE_HISTORY (cal_practice_history_get_type ())

G_DECLARE_FINAL_TYPE (CalPracticeHistory, cal_practice_history, CAL, PRACTICE_HISTORY, AdwBin)

GtkWidget *cal_practice_history_new           (void);
void       cal_practice_history_set_practices (CalPracticeHistory *self,
                                               GListModel         *practices,
                                               gint64              selected_id,
                                               double              pace_min_wpm,
                                               double              pace_max_wpm);
guint      cal_practice_history_get_n_attempts (CalPracticeHistory *self);

G_END_DECLS
