/* cal-autosave.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_AUTOSAVE (cal_autosave_get_type ())

G_DECLARE_FINAL_TYPE (CalAutosave, cal_autosave, CAL, AUTOSAVE, GObject)

CalAutosave *cal_autosave_new          (CalStore     *store,
                                        GSettings    *settings);
CalStore    *cal_autosave_get_store    (CalAutosave  *self);
guint        cal_autosave_get_interval (CalAutosave  *self);
void         cal_autosave_set_interval (CalAutosave  *self,
                                        guint         msec);
gboolean     cal_autosave_get_pending  (CalAutosave  *self);
void         cal_autosave_watch        (CalAutosave  *self,
                                        gpointer      object);
void         cal_autosave_unwatch      (CalAutosave  *self,
                                        gpointer      object);
void         cal_autosave_mark         (CalAutosave  *self,
                                        gpointer      object);
gboolean     cal_autosave_flush        (CalAutosave  *self,
                                        GError      **error);

G_END_DECLS
