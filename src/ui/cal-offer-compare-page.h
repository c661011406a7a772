/* cal-offer-compare-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cal-context.h"

G_BEGIN_DECLS

#define CAL_TYPE_OFFER_COMPARE_PAGE (cal_offer_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (CalOfferComparePage, cal_offer_compare_page, CAL, OFFER_COMPARE_PAGE, GtkBox)

GtkWidget *cal_offer_compare_page_new    (void);
void       cal_offer_compare_page_reload (CalOfferComparePage *self,
                                          CalContext          *context);

G_END_DECLS
