/* cal-offer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CAL_TYPE_OFFER (cal_offer_get_type ())

G_DECLARE_FINAL_TYPE (CalOffer, cal_offer, CAL, OFFER, GObject)

CalOffer   *cal_offer_new             (void);
gint64      cal_offer_get_id          (CalOffer   *self);
void        cal_offer_set_id          (CalOffer   *self,
                                       gint64      id);
gint64      cal_offer_get_process_id  (CalOffer   *self);
void        cal_offer_set_process_id  (CalOffer   *self,
                                       gint64      process_id);
double      cal_offer_get_base_salary (CalOffer   *self);
void        cal_offer_set_base_salary (CalOffer   *self,
                                       double      base_salary);
double      cal_offer_get_bonus       (CalOffer   *self);
void        cal_offer_set_bonus       (CalOffer   *self,
                                       double      bonus);
double      cal_offer_get_equity      (CalOffer   *self);
void        cal_offer_set_equity      (CalOffer   *self,
                                       double      equity);
const char *cal_offer_get_vesting     (CalOffer   *self);
void        cal_offer_set_vesting     (CalOffer   *self,
                                       const char *vesting);
const char *cal_offer_get_currency    (CalOffer   *self);
void        cal_offer_set_currency    (CalOffer   *self,
                                       const char *currency);
const char *cal_offer_get_deadline    (CalOffer   *self);
void        cal_offer_set_deadline    (CalOffer   *self,
                                       const char *deadline);
const char *cal_offer_get_notes       (CalOffer   *self);
void        cal_offer_set_notes       (CalOffer   *self,
                                       const char *notes);
double      cal_offer_get_sign_on      (CalOffer   *self);
void        cal_offer_set_sign_on      (CalOffer   *self,
                                        double sign_on);
double      cal_offer_get_bonus_pct    (CalOffer   *self);
void        cal_offer_set_bonus_pct    (CalOffer   *self,
                                        double bonus_pct);
double      cal_offer_get_equity_grant (CalOffer   *self);
void        cal_offer_set_equity_grant (CalOffer   *self,
                                        double equity_grant);
double      cal_offer_get_equity_units (CalOffer   *self);
void        cal_offer_set_equity_units (CalOffer   *self,
                                        double equity_units);
double      cal_offer_get_equity_price (CalOffer   *self);
void        cal_offer_set_equity_price (CalOffer   *self,
                                        double equity_price);
int         cal_offer_get_vesting_years (CalOffer   *self);
void        cal_offer_set_vesting_years (CalOffer   *self,
                                        int vesting_years);
int         cal_offer_get_cliff_months (CalOffer   *self);
void        cal_offer_set_cliff_months (CalOffer   *self,
                                        int cliff_months);
const char *cal_offer_get_schedule     (CalOffer   *self);
void        cal_offer_set_schedule     (CalOffer   *self,
                                        const char *schedule);
const char *cal_offer_get_benefits     (CalOffer   *self);
void        cal_offer_set_benefits     (CalOffer   *self,
                                        const char *benefits);
gint64      cal_offer_get_created     (CalOffer   *self);
void        cal_offer_set_created     (CalOffer   *self,
                                       gint64      created);
gint64      cal_offer_get_updated     (CalOffer   *self);
void        cal_offer_set_updated     (CalOffer   *self,
                                       gint64      updated);
gboolean    cal_offer_get_dirty       (CalOffer   *self);
void        cal_offer_set_dirty       (CalOffer   *self,
                                       gboolean    dirty);