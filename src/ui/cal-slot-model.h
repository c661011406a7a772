/* cal-slot-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cal-list-slot.h"

G_BEGIN_DECLS

#define CAL_TYPE_SLOT_MODEL (cal_slot_model_get_type ())

G_DECLARE_FINAL_TYPE (CalSlotModel, cal_slot_model, CAL, SLOT_MODEL, GObject)

CalSlotModel *cal_slot_model_new (GListModel *source,
                                  guint       chunk,
                                  guint       warm);

G_END_DECLS
