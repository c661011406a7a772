/* cal-offer-math.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cal-offer-math"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "cal-offer-math.h"

G_DEFINE_QUARK (cal-offer-math-error-quark, cal_offer_math_error)

/* Percentages that add up to within this of 100 are taken as 100: people
 * write 33.3/33.3/33.4 or 33/33/34. */
#define SCHEDULE_TOLERANCE 0.5

/**
 * cal_offer_math_parse_schedule:
 * @text: (nullable): yearly percentages separated by commas, semicolons,
 *   slashes or spaces ("40,30,20,10"); empty for an even schedule
 * @years: the vesting years, 1…%CAL_OFFER_MATH_MAX_YEARS
 * @percent: (out caller-allocates) (array fixed-size=10): the share of
 *   the grant per year, in percent
 * @error: return location for a #GError
 *
 * Returns: whether @text is a schedule for @years years adding up to 100 %
 */
gboolean
cal_offer_math_parse_schedule (const char  *text,
                               int          years,
                               double      *percent,
                               GError     **error)
{
  g_auto(GStrv) parts = NULL;
  double total = 0;
  int n = 0;

  if (years < 1 || years > CAL_OFFER_MATH_MAX_YEARS)
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("Vesting must last between 1 and %d years."), CAL_OFFER_MATH_MAX_YEARS);
      return FALSE;
    }

  if (text == NULL || *text == '\0' || g_ascii_strcasecmp (text, "even") == 0)
    {
      for (int y = 0; y < years; y++)
        percent[y] = 100.0 / years;
      return TRUE;
    }

  parts = g_strsplit_set (text, ",;/ %", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *end = NULL;
      double value;

      if (*parts[i] == '\0')
        continue;
      value = g_ascii_strtod (parts[i], &end);
      if (end == parts[i] || *end != '\0' || !isfinite (value) || value < 0)
        {
          g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                       _("“%s” in the vesting schedule is not a percentage. Write yearly "
                         "percentages such as 40, 30, 20, 10."), parts[i]);
          return FALSE;
        }
      if (n == years)
        {
          n++;
          break;
        }
      percent[n++] = value;
      total += value;
    }

  if (n != years)
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("The vesting schedule lists %d yearly percentages but the grant vests over "
                     "%d years. Give one percentage per year."), n, years);
      return FALSE;
    }
  if (fabs (total - 100.0) > SCHEDULE_TOLERANCE)
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("The vesting schedule adds up to %.1f %%, not 100 %%."), total);
      return FALSE;
    }

  /* Scale the rounding away so the whole grant vests exactly. */
  for (int y = 0; y < years; y++)
    percent[y] *= 100.0 / total;

  return TRUE;
}

/**
 * cal_offer_math_grant_value:
 * @offer: a #CalOffer
 *
 * Returns: units × price when both are given, else the grant value
 */
double
cal_offer_math_grant_value (CalOffer *offer)
{
  g_return_val_if_fail (CAL_IS_OFFER (offer), 0);

  if (cal_offer_get_equity_units (offer) > 0 && cal_offer_get_equity_price (offer) > 0)
    return cal_offer_get_equity_units (offer) * cal_offer_get_equity_price (offer);
  return cal_offer_get_equity_grant (offer);
}

/**
 * cal_offer_math_check:
 * @offer: a #CalOffer
 * @error: return location for a #GError
 *
 * Returns: whether the terms of @offer make sense together
 */
gboolean
cal_offer_math_check (CalOffer  *offer,
                      GError   **error)
{
  double percent[CAL_OFFER_MATH_MAX_YEARS];
  int years = cal_offer_get_vesting_years (offer);
  const char *currency = cal_offer_get_currency (offer);

  if (*currency == '\0')
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("The offer has no currency. Give its currency code, such as EUR or USD."));
      return FALSE;
    }
  if (cal_offer_get_bonus_pct (offer) > 1000)
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("A bonus target of %.0f %% of base is not plausible. Give it as a percentage, "
                     "such as 15."), cal_offer_get_bonus_pct (offer));
      return FALSE;
    }
  if ((cal_offer_get_equity_units (offer) > 0) != (cal_offer_get_equity_price (offer) > 0))
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("Equity given as units needs both the number of units and the price of one."));
      return FALSE;
    }

  if (cal_offer_math_grant_value (offer) <= 0)
    return TRUE;

  if (!cal_offer_math_parse_schedule (cal_offer_get_schedule (offer), years, percent, error))
    return FALSE;
  if (cal_offer_get_cliff_months (offer) > years * 12)
    {
      g_set_error (error, CAL_OFFER_MATH_ERROR, CAL_OFFER_MATH_ERROR_INVALID,
                   _("The cliff (%d months) is longer than the vesting period (%d years)."),
                   cal_offer_get_cliff_months (offer), years);
      return FALSE;
    }

  return TRUE;
}

/**
 * cal_offer_math_totals:
 * @offer: a #CalOffer
 * @error: return location for a #GError
 *
 * Within a year the grant accrues evenly month by month at that year's
 * share of the schedule. Nothing vests before the cliff; at the cliff
 * everything accrued so far vests at once, and after it each month vests
 * as it accrues.
 *
 * Returns: (transfer full): the totals, or %NULL if the terms are impossible
 */
CalOfferTotals *
cal_offer_math_totals (CalOffer  *offer,
                       GError   **error)
{
  g_autoptr(CalOfferTotals) totals = NULL;
  double percent[CAL_OFFER_MATH_MAX_YEARS];
  int years = cal_offer_get_vesting_years (offer);
  int cliff = cal_offer_get_cliff_months (offer);
  double equity_total = 0;

  g_return_val_if_fail (CAL_IS_OFFER (offer), NULL);

  if (!cal_offer_math_check (offer, error))
    return NULL;

  totals = g_new0 (CalOfferTotals, 1);
  totals->currency = g_strdup (cal_offer_get_currency (offer));
  totals->base = cal_offer_get_base_salary (offer);
  totals->bonus = totals->base * cal_offer_get_bonus_pct (offer) / 100.0;
  totals->sign_on = cal_offer_get_sign_on (offer);
  totals->grant = cal_offer_math_grant_value (offer);
  totals->years = 1;

  if (totals->grant > 0)
    {
      double accrued = 0;

      totals->years = years;
      cal_offer_math_parse_schedule (cal_offer_get_schedule (offer), years, percent, NULL);

      for (int month = 1; month <= years * 12; month++)
        {
          int year = (month - 1) / 12;

          accrued += totals->grant * percent[year] / 100.0 / 12.0;
          if (month < cliff)
            continue;
          totals->equity_by_year[year] += accrued;
          accrued = 0;
        }
    }

  for (int y = 0; y < totals->years; y++)
    equity_total += totals->equity_by_year[y];

  totals->first_year = totals->base + totals->bonus + totals->sign_on + totals->equity_by_year[0];
  totals->yearly_average = totals->base + totals->bonus +
                           (totals->sign_on + equity_total) / totals->years;

  return g_steal_pointer (&totals);
}

void
cal_offer_totals_free (CalOfferTotals *totals)
{
  if (totals == NULL)
    return;
  g_free (totals->currency);
  g_free (totals);
}

/**
 * cal_offer_math_describe_vesting:
 * @offer: a #CalOffer
 *
 * Returns: (transfer full): the vesting terms in words, "" without equity
 */
char *
cal_offer_math_describe_vesting (CalOffer *offer)
{
  int years = cal_offer_get_vesting_years (offer);
  int cliff = cal_offer_get_cliff_months (offer);
  const char *schedule = cal_offer_get_schedule (offer);
  g_autoptr(GString) text = g_string_new (NULL);

  if (cal_offer_math_grant_value (offer) <= 0)
    return g_strdup ("");

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", years), years);
  if (cliff > 0)
    {
      g_string_append (text, ", ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%d-month cliff", "%d-month cliff", cliff), cliff);
    }
  g_string_append (text, ", ");
  if (*schedule == '\0')
    g_string_append (text, _("even"));
  else
    g_string_append_printf (text, "%s %%", schedule);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

double
cal_offer_totals_field (CalOfferTotals *totals,
                        guint           field)
{
  switch (field)
    {
    case CAL_OFFER_FIELD_BASE: return totals->base;
    case CAL_OFFER_FIELD_BONUS: return totals->bonus;
    case CAL_OFFER_FIELD_SIGN_ON: return totals->sign_on;
    case CAL_OFFER_FIELD_GRANT: return totals->grant;
    case CAL_OFFER_FIELD_FIRST_YEAR: return totals->first_year;
    case CAL_OFFER_FIELD_AVERAGE: return totals->yearly_average;
    default: g_return_val_if_reached (0);
    }
}

/**
 * cal_offer_math_compare:
 * @offers: (element-type CalOffer): the offers to compare
 *
 * Ranks offers within each currency only. Offers in different currencies
 * are listed side by side but never summed or ranked against each other:
 * that would need an exchange rate, which Calibrd neither has nor guesses.
 *
 * Returns: (transfer full): the comparison
 */
CalOfferComparison *
cal_offer_math_compare (GListModel *offers)
{
  CalOfferComparison *c = g_new0 (CalOfferComparison, 1);
  guint n = g_list_model_get_n_items (offers);

  c->offers = g_ptr_array_new_with_free_func (g_object_unref);
  c->totals = g_ptr_array_new_with_free_func ((GDestroyNotify) cal_offer_totals_free);
  c->currencies = g_ptr_array_new_with_free_func (g_free);
  c->rank = g_array_sized_new (FALSE, TRUE, sizeof (guint), n);
  c->best_first_year = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n);
  c->best_average = g_array_sized_new (FALSE, TRUE, sizeof (gboolean), n);
  g_array_set_size (c->rank, n);
  g_array_set_size (c->best_first_year, n);
  g_array_set_size (c->best_average, n);

  for (guint i = 0; i < n; i++)
    {
      CalOffer *offer = g_list_model_get_item (offers, i);
      const char *currency = cal_offer_get_currency (offer);

      g_ptr_array_add (c->offers, offer);
      g_ptr_array_add (c->totals, cal_offer_math_totals (offer, NULL));
      if (!g_ptr_array_find_with_equal_func (c->currencies, currency, g_str_equal, NULL))
        g_ptr_array_add (c->currencies, g_strdup (currency));
    }
  c->mixed_currencies = c->currencies->len > 1;

  for (guint i = 0; i < n; i++)
    {
      CalOfferTotals *ti = g_ptr_array_index (c->totals, i);
      guint rank = 1, peers = 0;
      gboolean best_first = TRUE, best_avg = TRUE;

      if (ti == NULL)
        continue;

      for (guint j = 0; j < n; j++)
        {
          CalOfferTotals *tj = g_ptr_array_index (c->totals, j);

          if (j == i || tj == NULL || g_strcmp0 (tj->currency, ti->currency) != 0)
            continue;
          peers++;
          if (tj->yearly_average > ti->yearly_average)
            rank++;
          if (tj->first_year >= ti->first_year)
            best_first = FALSE;
          if (tj->yearly_average >= ti->yearly_average)
            best_avg = FALSE;
        }

      g_array_index (c->rank, guint, i) = rank;
      g_array_index (c->best_first_year, gboolean, i) = peers > 0 && best_first;
      g_array_index (c->best_average, gboolean, i) = peers > 0 && best_avg;
    }

  return c;
}

/**
 * cal_offer_comparison_differs:
 * @comparison: a comparison
 * @currency: compare only offers in this currency
 * @field: a CAL_OFFER_FIELD_* value
 *
 * Returns: whether the offers in @currency disagree on @field, so that
 *   row is worth highlighting
 */
gboolean
cal_offer_comparison_differs (CalOfferComparison *comparison,
                              const char         *currency,
                              guint               field)
{
  gboolean have = FALSE;
  double first = 0;

  for (guint i = 0; i < comparison->totals->len; i++)
    {
      CalOfferTotals *t = g_ptr_array_index (comparison->totals, i);
      double v;

      if (t == NULL || g_strcmp0 (t->currency, currency) != 0)
        continue;
      v = cal_offer_totals_field (t, field);
      if (!have)
        {
          first = v;
          have = TRUE;
        }
      else if (fabs (v - first) > 0.005)
        return TRUE;
    }

  return FALSE;
}

void
cal_offer_comparison_free (CalOfferComparison *comparison)
{
  if (comparison == NULL)
    return;
  g_ptr_array_unref (comparison->offers);
  g_ptr_array_unref (comparison->totals);
  g_ptr_array_unref (comparison->currencies);
  g_array_unref (comparison->rank);
  g_array_unref (comparison->best_first_year);
  g_array_unref (comparison->best_average);
  g_free (comparison);
}
