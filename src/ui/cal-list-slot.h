/* cal-list-slot.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CAL_TYPE_LIST_SLOT (cal_list_slot_get_type ())

G_DECLARE_FINAL_TYPE (CalListSlot, cal_list_slot, CAL, LIST_SLOT, GObject)

gpointer  cal_list_slot_get_item (CalListSlot *self);
void      cal_list_slot_set_item (CalListSlot *self,
                                  gpointer     item);

G_END_DECLS
