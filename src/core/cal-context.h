/* cal-context.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-autosave.h"
#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_CONTEXT (cal_context_get_type ())

G_DECLARE_FINAL_TYPE (CalContext, cal_context, CAL, CONTEXT, GObject)

CalContext  *cal_context_new          (CalStore   *store,
                                       GSettings  *settings);
CalStore    *cal_context_get_store    (CalContext *self);
GSettings   *cal_context_get_settings (CalContext *self);
CalAutosave *cal_context_get_autosave (CalContext *self);

G_END_DECLS
