/* cal-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_APPLICATION (cal_application_get_type ())

G_DECLARE_FINAL_TYPE (CalApplication, cal_application, CAL, APPLICATION, AdwApplication)

CalApplication *cal_application_new          (const char        *application_id,
                                              GApplicationFlags  flags);
GSettings      *cal_application_get_settings (CalApplication    *self);
CalContext     *cal_application_get_context  (CalApplication    *self);
gboolean        cal_application_restore_backup (CalApplication  *self,
                                                const char      *backup);

G_END_DECLS
