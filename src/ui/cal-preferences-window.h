/* cal-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CAL_TYPE_PREFERENCES_WINDOW (cal_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CalPreferencesWindow, cal_preferences_window, CAL, PREFERENCES_WINDOW, AdwPreferencesWindow)

CalPreferencesWindow *cal_preferences_window_new (GSettings *settings);

G_END_DECLS
