/* cal-offer-math.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Offer arithmetic. Every amount stays in the offer's own currency: no
 * function here converts, and comparisons only rank offers that share a
 * currency. */

#pragma once

#include <gio/gio.h>

#include "cal-offer.h"

G_BEGIN_DECLS

#define CAL_OFFER_MATH_ERROR (cal_offer_math_error_quark ())

/**
 * CalOfferMathError:
 * @CAL_OFFER_MATH_ERROR_INVALID: a term of the offer is impossible (the
 *   message says which and why)
 */
typedef enum
{
  CAL_OFFER_MATH_ERROR_INVALID,
} CalOfferMathError;

GQuark cal_offer_math_error_quark (void);

#define CAL_OFFER_MATH_MAX_YEARS 10

/**
 * CalOfferTotals:
 * @currency: the offer's currency, as entered
 * @years: the period the average runs over: the vesting years, or 1
 * @base: yearly base
 * @bonus: yearly target bonus (base × bonus %)
 * @sign_on: one-off sign-on
 * @grant: the whole equity grant
 * @equity_by_year: what vests in each year 1…@years
 * @first_year: base + bonus + sign-on + equity vesting in year one
 * @yearly_average: (base + bonus) per year, plus sign-on and the whole
 *   grant spread over @years
 */
typedef struct
{
  char   *currency;
  int     years;
  double  base;
  double  bonus;
  double  sign_on;
  double  grant;
  double  equity_by_year[CAL_OFFER_MATH_MAX_YEARS];
  double  first_year;
  double  yearly_average;
} CalOfferTotals;

gboolean        cal_offer_math_parse_schedule (const char      *text,
                                               int              years,
                                               double          *percent,
                                               GError         **error);
double          cal_offer_math_grant_value    (CalOffer        *offer);
gboolean        cal_offer_math_check          (CalOffer        *offer,
                                               GError         **error);
CalOfferTotals *cal_offer_math_totals         (CalOffer        *offer,
                                               GError         **error);
void            cal_offer_totals_free         (CalOfferTotals  *totals);
char           *cal_offer_math_describe_vesting (CalOffer      *offer);

/**
 * CalOfferComparison:
 * @offers: (element-type CalOffer): the offers, as given
 * @totals: (element-type CalOfferTotals): their totals, same order; an
 *   offer with impossible terms has %NULL here
 * @currencies: the distinct currencies, in order of first appearance
 * @rank: per offer, its rank by yearly average among offers of the same
 *   currency (1 = highest), 0 when it has no totals
 * @best_first_year: per offer, whether it has the highest first year of
 *   its currency (and there is more than one offer in that currency)
 * @best_average: likewise for the yearly average
 * @mixed_currencies: more than one currency, so nothing is summed or
 *   ranked across all offers
 */
typedef struct
{
  GPtrArray *offers;
  GPtrArray *totals;
  GPtrArray *currencies;
  GArray    *rank;
  GArray    *best_first_year;
  GArray    *best_average;
  gboolean   mixed_currencies;
} CalOfferComparison;

CalOfferComparison *cal_offer_math_compare         (GListModel          *offers);
void                cal_offer_comparison_free      (CalOfferComparison  *comparison);
gboolean            cal_offer_comparison_differs   (CalOfferComparison  *comparison,
                                                    const char          *currency,
                                                    guint                field);

/* Fields for cal_offer_comparison_differs(). */
enum
{
  CAL_OFFER_FIELD_BASE,
  CAL_OFFER_FIELD_BONUS,
  CAL_OFFER_FIELD_SIGN_ON,
  CAL_OFFER_FIELD_GRANT,
  CAL_OFFER_FIELD_FIRST_YEAR,
  CAL_OFFER_FIELD_AVERAGE,
  CAL_OFFER_N_FIELDS
};

double cal_offer_totals_field (CalOfferTotals *totals,
                               guint           field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalOfferTotals, cal_offer_totals_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CalOfferComparison, cal_offer_comparison_free)

G_END_DECLS
