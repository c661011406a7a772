/* cal-offer-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-store.h"

G_BEGIN_DECLS

#define CAL_TYPE_OFFER_DIALOG (cal_offer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CalOfferDialog, cal_offer_dialog, CAL, OFFER_DIALOG, AdwWindow)

GtkWidget *cal_offer_dialog_new (CalStore *store,
                                 gint64    process_id);

G_END_DECLS
