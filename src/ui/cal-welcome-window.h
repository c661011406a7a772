/* cal-welcome-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"
#include "cal-job.h"

G_BEGIN_DECLS

#define CAL_TYPE_WELCOME_WINDOW (cal_welcome_window_get_type ())

G_DECLARE_FINAL_TYPE (CalWelcomeWindow, cal_welcome_window, CAL, WELCOME_WINDOW, AdwWindow)

CalWelcomeWindow *cal_welcome_window_new         (GtkWindow        *parent,
                                                  CalContext       *context);
void              cal_welcome_window_try_example (CalWelcomeWindow *self);
gboolean          cal_welcome_window_get_busy    (CalWelcomeWindow *self);

G_END_DECLS
