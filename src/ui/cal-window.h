/* cal-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-application.h"
#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_WINDOW (cal_window_get_type ())

G_DECLARE_FINAL_TYPE (CalWindow, cal_window, CAL, WINDOW, AdwApplicationWindow)

CalWindow  *cal_window_new                 (CalApplication *application,
                                            CalContext     *context);
CalContext *cal_window_get_context         (CalWindow      *self);
void        cal_window_show_section        (CalWindow      *self,
                                            const char     *name);
const char *cal_window_get_visible_section (CalWindow      *self);
void        cal_window_add_toast           (CalWindow      *self,
                                            AdwToast       *toast);
gboolean    cal_window_show_job            (CalWindow      *self,
                                            gint64          job_id);

G_END_DECLS
