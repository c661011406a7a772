/* test-offer-math.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Offer arithmetic: vesting with a cliff, front-loaded schedules, units ×
 * price, currencies kept apart.
 */

#include "config.h"

#include "cal-offer-math.h"

static CalOffer *
offer (const char *currency, double base, double bonus_pct, double sign_on,
       double grant, int years, int cliff, const char *schedule)
{
  CalOffer *o = cal_offer_new ();

  cal_offer_set_currency (o, currency);
  cal_offer_set_base_salary (o, base);
  cal_offer_set_bonus_pct (o, bonus_pct);
  cal_offer_set_sign_on (o, sign_on);
  cal_offer_set_equity_grant (o, grant);
  cal_offer_set_vesting_years (o, years);
  cal_offer_set_cliff_months (o, cliff);
  cal_offer_set_schedule (o, schedule);
  return o;
}

static void
test_four_years_twelve_month_cliff (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalOffer) o = offer ("USD", 200000, 15, 20000, 400000, 4, 12, "");
  g_autoptr(CalOfferTotals) t = cal_offer_math_totals (o, &error);

  g_assert_no_error (error);
  g_assert_cmpint (t->years, ==, 4);
  for (int y = 0; y < 4; y++)
    g_assert_cmpfloat_with_epsilon (t->equity_by_year[y], 100000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->bonus, 30000, 0.01);
  /* 200k + 30k + 20k sign-on + 100k vesting at the cliff. */
  g_assert_cmpfloat_with_epsilon (t->first_year, 350000, 0.01);
  /* 230k a year + (20k + 400k) / 4. */
  g_assert_cmpfloat_with_epsilon (t->yearly_average, 335000, 0.01);
  g_assert_cmpstr (t->currency, ==, "USD");
}

static void
test_cliff_longer_than_a_year (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalOffer) o = offer ("EUR", 100000, 0, 0, 48000, 4, 18, NULL);
  g_autoptr(CalOfferTotals) t = cal_offer_math_totals (o, &error);

  g_assert_no_error (error);
  /* Nothing before month 18; then months 1–18 vest at once (18k). */
  g_assert_cmpfloat_with_epsilon (t->equity_by_year[0], 0, 0.01);
  g_assert_cmpfloat_with_epsilon (t->equity_by_year[1], 24000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->equity_by_year[2], 12000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->first_year, 100000, 0.01);

  /* A cliff beyond the vesting period is refused. */
  cal_offer_set_cliff_months (o, 60);
  g_assert_null (cal_offer_math_totals (o, &error));
  g_assert_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID);
}

static void
test_no_cliff_accrues_monthly (void)
{
  g_autoptr(CalOffer) o = offer ("EUR", 0, 0, 0, 120000, 4, 0, "");
  g_autoptr(CalOfferTotals) t = cal_offer_math_totals (o, NULL);

  g_assert_cmpfloat_with_epsilon (t->equity_by_year[0], 30000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->yearly_average, 30000, 0.01);
}

static void
test_front_loaded (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalOffer) o = offer ("USD", 150000, 10, 0, 200000, 4, 12, "40, 30, 20, 10");
  g_autoptr(CalOfferTotals) t = cal_offer_math_totals (o, &error);
  double percent[CAL_OFFER_MATH_MAX_YEARS];

  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (t->equity_by_year[0], 80000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->equity_by_year[3], 20000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->first_year, 150000 + 15000 + 80000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->yearly_average, 165000 + 50000, 0.01);

  /* Schedules that do not fit are refused with a reason. */
  g_assert_false (cal_offer_math_parse_schedule ("50,50", 4, percent, &error));
  g_assert_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cal_offer_math_parse_schedule ("40,30,20,5", 4, percent, &error));
  g_assert_nonnull (strstr (error->message, "95.0"));
  g_clear_error (&error);
  g_assert_false (cal_offer_math_parse_schedule ("40,thirty,20,10", 4, percent, &error));
  g_clear_error (&error);
  g_assert_true (cal_offer_math_parse_schedule ("33.3/33.3/33.4", 3, percent, &error));
  g_assert_cmpfloat_with_epsilon (percent[0] + percent[1] + percent[2], 100, 1e-9);
}

static void
test_units_times_price (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalOffer) o = offer ("GBP", 90000, 0, 0, 0, 4, 12, "");
  g_autoptr(CalOfferTotals) t = NULL;

  cal_offer_set_equity_units (o, 1000);
  cal_offer_set_equity_price (o, 48);
  g_assert_cmpfloat_with_epsilon (cal_offer_math_grant_value (o), 48000, 0.001);
  t = cal_offer_math_totals (o, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (t->equity_by_year[0], 12000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->first_year, 102000, 0.01);
  g_assert_cmpstr (t->currency, ==, "GBP");

  /* Units without a price are not a grant. */
  cal_offer_set_equity_price (o, 0);
  g_assert_false (cal_offer_math_check (o, &error));
  g_assert_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID);
}

static void
test_no_equity_no_currency (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CalOffer) o = offer ("CHF", 120000, 10, 10000, 0, 0, 0, "");
  g_autoptr(CalOfferTotals) t = cal_offer_math_totals (o, &error);

  g_assert_no_error (error);
  g_assert_cmpint (t->years, ==, 1);
  g_assert_cmpfloat_with_epsilon (t->first_year, 142000, 0.01);
  g_assert_cmpfloat_with_epsilon (t->yearly_average, 142000, 0.01);

  cal_offer_set_currency (o, "");
  g_assert_null (cal_offer_math_totals (o, &error));
  g_assert_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID);
}

static void
test_compare_keeps_currencies_apart (void)
{
  g_autoptr(GListStore) offers = g_list_store_new (CAL_TYPE_OFFER);
  g_autoptr(CalOfferComparison) c = NULL;
  g_autoptr(CalOffer) a = offer ("EUR", 100000, 5, 0, 0, 0, 0, "");
  g_autoptr(CalOffer) b = offer ("EUR", 110000, 0, 0, 0, 0, 0, "");
  g_autoptr(CalOffer) u = offer ("USD", 500000, 0, 0, 0, 0, 0, "");

  g_list_store_append (offers, a);
  g_list_store_append (offers, b);
  g_list_store_append (offers, u);
  c = cal_offer_math_compare (G_LIST_MODEL (offers));

  g_assert_true (c->mixed_currencies);
  g_assert_cmpuint (c->currencies->len, ==, 2);
  /* The USD offer is far larger in number but is ranked only among USD. */
  g_assert_cmpuint (g_array_index (c->rank, guint, 0), ==, 2);
  g_assert_cmpuint (g_array_index (c->rank, guint, 1), ==, 1);
  g_assert_cmpuint (g_array_index (c->rank, guint, 2), ==, 1);
  g_assert_true (g_array_index (c->best_average, gboolean, 1));
  g_assert_false (g_array_index (c->best_average, gboolean, 0));
  /* Alone in its currency, it is nobody's best. */
  g_assert_false (g_array_index (c->best_average, gboolean, 2));

  g_assert_true (cal_offer_comparison_differs (c, "EUR", CAL_OFFER_FIELD_BASE));
  g_assert_true (cal_offer_comparison_differs (c, "EUR", CAL_OFFER_FIELD_BONUS));
  g_assert_false (cal_offer_comparison_differs (c, "EUR", CAL_OFFER_FIELD_SIGN_ON));
  g_assert_false (cal_offer_comparison_differs (c, "USD", CAL_OFFER_FIELD_BASE));

  /* Currencies are kept as given, never converted. */
  g_assert_cmpstr (((CalOfferTotals *) g_ptr_array_index (c->totals, 2))->currency, ==, "USD");
  g_assert_cmpfloat (((CalOfferTotals *) g_ptr_array_index (c->totals, 2))->base, ==, 500000);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/offer-math/four-years-twelve-month-cliff", test_four_years_twelve_month_cliff);
  g_test_add_func ("/offer-math/cliff-longer-than-a-year", test_cliff_longer_than_a_year);
  g_test_add_func ("/offer-math/no-cliff-accrues-monthly", test_no_cliff_accrues_monthly);
  g_test_add_func ("/offer-math/front-loaded", test_front_loaded);
  g_test_add_func ("/offer-math/units-times-price", test_units_times_price);
  g_test_add_func ("/offer-math/no-equity-no-currency", test_no_equity_no_currency);
  g_test_add_func ("/offer-math/compare-keeps-currencies-apart", test_compare_keeps_currencies_apart);

  return g_test_run ();
}
