/* cal-process-event.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_PROCESS_EVENT (cal_process_event_get_type ())

G_DECLARE_FINAL_TYPE (CalProcessEvent, cal_process_event, CAL, PROCESS_EVENT, GObject)

CalProcessEvent *cal_process_event_new            (void);
gint64           cal_process_event_get_id         (CalProcessEvent *self);
void             cal_process_event_set_id         (CalProcessEvent *self,
                                                   gint64           id);
gint64           cal_process_event_get_process_id (CalProcessEvent *self);
void             cal_process_event_set_process_id (CalProcessEvent *self,
                                                   gint64           process_id);
const char      *cal_process_event_get_from_stage (CalProcessEvent *self);
void             cal_process_event_set_from_stage (CalProcessEvent *self,
                                                   const char      *from_stage);
const char      *cal_process_event_get_to_stage   (CalProcessEvent *self);
void             cal_process_event_set_to_stage   (CalProcessEvent *self,
                                                   const char      *to_stage);
const char      *cal_process_event_get_note       (CalProcessEvent *self);
void             cal_process_event_set_note       (CalProcessEvent *self,
                                                   const char      *note);
gint64           cal_process_event_get_created    (CalProcessEvent *self);
void             cal_process_event_set_created    (CalProcessEvent *self,
                                                   gint64           created);
gboolean         cal_process_event_get_dirty      (CalProcessEvent *self);
void             cal_process_event_set_dirty      (CalProcessEvent *self,
                                                   gboolean         dirty);